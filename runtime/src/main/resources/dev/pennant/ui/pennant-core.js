/*
 * Pennant's core, loaded first on every page (the app, the login page, the API page): the helpers
 * the other scripts share, on window.Pennant. No framework and no inline script, so a CSP of
 * script-src 'self' holds. Every text that comes from the server goes through textContent or value,
 * never innerHTML.
 *
 *   Pennant.el(tag, attrs, text)        a new element; attrs maps className or attribute names to values
 *                                       (null, undefined and false leave the attribute out, true sets it empty)
 *   Pennant.fetchJson(url, init, what)  fetch, then the parsed JSON body; rejects with an Error whose message
 *                                       is the server's {"error": …}, else "{what} (HTTP n)" (what defaults to
 *                                       "Request failed"), or "The server could not be reached"
 *   Pennant.postJson(url, body, what)   fetchJson with body sent as JSON
 *   Pennant.refusal(response, what)     for a response that is not ok: a Promise rejected as fetchJson rejects
 *   Pennant.isFileData(value)           whether value is Gradio's FileData ({path, orig_name, …})
 *   Pennant.fileUrl(fileData)           where the page loads a FileData the server holds (gradio_api/file=…)
 *   Pennant.randomHash()                11 random characters, as Gradio's session_hash
 *   Pennant.text(value)                 a value as text: "" for null, JSON for objects and arrays
 */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "className") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function parsed(response) {
    return response.json().catch(function () { return null; });
  }

  function refusal(response, what) {
    return parsed(response).then(function (json) {
      throw new Error(json && typeof json.error === "string" ? json.error
        : (what || "Request failed") + " (HTTP " + response.status + ")");
    });
  }

  function fetchJson(url, init, what) {
    return fetch(url, Object.assign({ credentials: "same-origin" }, init)).then(function (response) {
      return response.ok ? parsed(response) : refusal(response, what);
    }, function () {
      throw new Error("The server could not be reached");
    });
  }

  function postJson(url, body, what) {
    return fetchJson(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }, what);
  }

  function isFileData(value) {
    return value !== null && typeof value === "object" && typeof value.path === "string";
  }

  function fileUrl(value) {
    return "gradio_api/file=" + String(value.path).split("/").map(encodeURIComponent).join("/");
  }

  function randomHash() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return b.toString(36); }).join("").slice(0, 11);
  }

  function text(value) {
    if (value === null || value === undefined) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  window.Pennant = {
    el: el, fetchJson: fetchJson, postJson: postJson, refusal: refusal,
    isFileData: isFileData, fileUrl: fileUrl, randomHash: randomHash, text: text
  };
})();
