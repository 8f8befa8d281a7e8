/*
 * Runs the page's predictions through Gradio's queue (POST gradio_api/queue/join, then the event
 * stream gradio_api/queue/data), so the page can show the queue position and the method's
 * progress while it runs. Loaded before pennant.js, which calls
 *   window.PennantQueue.predict(page, data, panel) -> Promise<{data, event_id}>
 * (rejected with an Error whose message is the server's) instead of POSTing to gradio_api/run.
 *
 * Hooks for tests:
 *   #pn-progress-{dep} (.pn-progress)   shown while a prediction waits or runs, hidden otherwise
 *   #pn-progress-bar-{dep}              its <progress>, labelled by a <label for>; value = the
 *                                       fraction reported by the method, no value while unknown
 *   #pn-progress-label-{dep}            the label: "Waiting: N ahead", "Running…", or the method's
 *                                       description with the percentage
 */
(function () {
  "use strict";

  function randomHash() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return b.toString(36); }).join("").slice(0, 11);
  }

  function progressBar(panel, dep) {
    var box = document.getElementById("pn-progress-" + dep);
    if (!box) {
      box = document.createElement("div");
      box.className = "pn-progress";
      box.id = "pn-progress-" + dep;
      var label = document.createElement("label");
      label.id = "pn-progress-label-" + dep;
      label.htmlFor = "pn-progress-bar-" + dep;
      var bar = document.createElement("progress");
      bar.id = "pn-progress-bar-" + dep;
      bar.max = 1;
      box.appendChild(label);
      box.appendChild(bar);
      box.hidden = true;
      panel.insertBefore(box, panel.firstChild);
    }
    var labelNode = box.querySelector("label");
    var barNode = box.querySelector("progress");
    return {
      show: function (text, fraction) {
        labelNode.textContent = text;
        if (typeof fraction === "number") barNode.value = fraction;
        else barNode.removeAttribute("value"); // indeterminate
        box.hidden = false;
      },
      hide: function () { box.hidden = true; }
    };
  }

  function describe(entry) {
    var percent = typeof entry.progress === "number" ? Math.round(entry.progress * 100) + "%" : "";
    var text = entry.desc ? String(entry.desc) : "Running…";
    return percent ? text + " " + percent : text;
  }

  function failure(json, status) {
    var message = json && typeof json.error === "string" ? json.error : "Request failed (HTTP " + status + ")";
    return new Error(message);
  }

  function readStream(url, eventId, bar) {
    return fetch(url, { headers: { Accept: "text/event-stream" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (json) { throw failure(json, response.status); });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      var outcome = null;

      function handle(message) {
        if (message.event_id !== eventId) return;
        if (message.msg === "estimation") {
          bar.show(message.rank > 0 ? "Waiting: " + message.rank + " ahead" : "Starting…", null);
        } else if (message.msg === "process_starts") {
          bar.show("Running…", null);
        } else if (message.msg === "progress" && message.progress_data && message.progress_data.length) {
          var entry = message.progress_data[0];
          bar.show(describe(entry), typeof entry.progress === "number" ? entry.progress : null);
        } else if (message.msg === "process_completed") {
          outcome = message.success
            ? { data: message.output.data, event_id: message.event_id }
            : new Error(message.output && message.output.error ? String(message.output.error) : "Error");
        }
      }

      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            if (outcome === null) throw new Error("The connection to the server was lost; submit again");
            if (outcome instanceof Error) throw outcome;
            return outcome;
          }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split("\n\n");
          buffer = blocks.pop();
          blocks.forEach(function (block) {
            if (block.indexOf("data:") === 0) handle(JSON.parse(block.slice(5)));
          });
          return pump();
        });
      }
      return pump();
    });
  }

  function predict(page, data, panel) {
    var sessionHash = randomHash(); // one stream per submission: tabs never share a stream
    var bar = progressBar(panel, page.dependency);
    bar.show("Starting…", null);
    return fetch("gradio_api/queue/join", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ data: data, event_data: null, fn_index: page.dependency, trigger_id: null, session_hash: sessionHash })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) throw failure(json, response.status);
        return readStream("gradio_api/queue/data?session_hash=" + encodeURIComponent(sessionHash), json.event_id, bar);
      });
    }).then(function (result) {
      bar.hide();
      return result;
    }, function (error) {
      bar.hide();
      throw error;
    });
  }

  window.PennantQueue = { predict: predict };
})();
