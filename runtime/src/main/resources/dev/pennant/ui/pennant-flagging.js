/*
 * Adds to the page that pennant.js rendered (it fires "pennant:rendered" with the /config document):
 *   - the examples table under each interface's inputs; clicking a row (or Enter/Space on it) fills
 *     the inputs with that row's values;
 *   - "Logged in as {user} · Log out" when the app has a login.
 *
 * Hooks for tests:
 *   #pn-examples-{dep}  (div.pn-examples)       one per interface that has examples, heading "Examples"
 *   tr.pn-example[data-index="{k}"]              the k-th example row; cells in input order
 *   img.pn-example-thumb                         an image example's thumbnail (its cell); clicking the row
 *                                                loads the image into the input as if it had been uploaded
 *   #pn-user (.pn-user), #pn-logout              the user bar and its "Log out" link
 */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, String(attrs[key]));
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function shown(value) {
    if (value === null || value === undefined) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  }

  function isFileData(value) {
    return value !== null && typeof value === "object" && typeof value.path === "string";
  }

  /* A table cell: a thumbnail for an image example, the file name for a file, else the value as text. */
  function cell(component, value) {
    var td = el("td");
    if (isFileData(value) && component && component.type === "image" && window.Pennant && window.Pennant.fileUrl) {
      td.appendChild(el("img", { className: "pn-example-thumb", src: window.Pennant.fileUrl(value), alt: value.orig_name || "" }));
    } else {
      td.textContent = isFileData(value) ? String(value.orig_name || "") : shown(value);
    }
    return td;
  }

  /* Sets an input rendered by pennant.js (ids #pn-input-{id}) to a value, as a user would. */
  function fill(component, value) {
    if (window.Pennant && window.Pennant.loadFile && window.Pennant.loadFile(component.id, value)) return;
    var id = "pn-input-" + component.id;
    var control = document.getElementById(id);
    if (!control) return;
    if (component.type === "radio") {
      control.querySelectorAll("input[type=radio]").forEach(function (radio) {
        radio.checked = value !== null && radio.value === String(value);
      });
      return;
    }
    if (control.type === "checkbox") {
      control.checked = value === true;
    } else {
      control.value = value === null || value === undefined ? "" : String(value);
    }
    var readout = document.getElementById(id + "-number");   // a slider's number box
    if (readout) readout.value = control.value;
    control.dispatchEvent(new Event("input", { bubbles: true }));
    control.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function examplesTable(page, dependency, byId) {
    var box = el("div", { className: "pn-examples", id: "pn-examples-" + page.dependency });
    var headingId = "pn-examples-" + page.dependency + "-heading";
    box.appendChild(el("h3", { id: headingId }, "Examples"));
    var scroll = el("div", { className: "pn-examples-scroll" });
    var table = el("table", { "aria-labelledby": headingId });
    var head = el("tr");
    (page.examples_headers || []).forEach(function (header) { head.appendChild(el("th", { scope: "col" }, header)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    page.examples.forEach(function (row, k) {
      var tr = el("tr", { className: "pn-example", "data-index": k, tabindex: 0, role: "button",
        "aria-label": "Use example " + (k + 1) + ": " + row.map(function (value) {
          return isFileData(value) ? String(value.orig_name || "") : shown(value);
        }).join(", ") });
      row.forEach(function (value, i) { tr.appendChild(cell(byId[dependency.inputs[i]], value)); });
      function use() {
        dependency.inputs.forEach(function (id, i) { fill(byId[id], row[i]); });
      }
      tr.addEventListener("click", use);
      tr.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); use(); }
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    scroll.appendChild(table);
    box.appendChild(scroll);
    return box;
  }

  function userBar(config) {
    var bar = el("div", { className: "pn-user", id: "pn-user" });
    bar.appendChild(el("span", null, "Logged in as " + config.username));
    bar.appendChild(el("a", { href: "logout", id: "pn-logout" }, "Log out"));
    var app = document.querySelector(".pn-app");
    app.insertBefore(bar, app.firstChild);
  }

  document.addEventListener("pennant:rendered", function (event) {
    var config = event.detail;
    var byId = {};
    config.components.forEach(function (c) { byId[c.id] = c; });
    ((config.pennant && config.pennant.interfaces) || []).forEach(function (page) {
      if (!page.examples || !page.examples.length) return;
      var dependency = config.dependencies.filter(function (d) { return d.id === page.dependency; })[0];
      var section = document.getElementById("pn-interface-" + page.dependency);
      var inputsPanel = section && section.querySelector(".pn-inputs-panel");
      if (dependency && inputsPanel) inputsPanel.appendChild(examplesTable(page, dependency, byId));
    });
    if (config.auth_required && config.username) userBar(config);
  });
})();
