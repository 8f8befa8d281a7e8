/*
 * The queue transport: runs one prediction through Gradio's queue (POST gradio_api/queue/join, then the
 * event stream gradio_api/queue/data) and reports what happens through callbacks. It draws nothing; the
 * page decides what a status looks like.
 *
 * The transport contract, shared with pennant-run.js:
 *   Pennant.transports.queue(request, listener)   request {apiName, fnIndex, data}; data are the inputs'
 *                                                 values as Gradio's JSON
 *   listener callbacks, each optional, in this order:
 *     queued(rank)              waiting in the queue; rank = how many are ahead (0: next)
 *     started()                 the method is running
 *     progress(fraction, desc)  the method reported progress: fraction in [0, 1] or null when unknown,
 *                               desc its text or null
 *     completed(result)         {data, event_id}: the outputs as Gradio's JSON, and the id to flag
 *     failed(error)             an Error whose message is for the user (the server's when it sent one)
 *   Exactly one of completed and failed is called, and last.
 *   Pennant.transports.listener(listener)   the listener with every callback present (the missing ones do
 *                                           nothing), for transports to call without checking
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var CALLBACKS = ["queued", "started", "progress", "completed", "failed"];
  var LOST = "The connection to the server was lost; submit again";

  function fullListener(listener) {
    var full = {};
    CALLBACKS.forEach(function (name) {
      full[name] = listener && typeof listener[name] === "function" ? listener[name].bind(listener) : function () {};
    });
    return full;
  }

  /* Reads the event stream until this event's process_completed; resolves with {data, event_id}. */
  function readStream(url, eventId, on) {
    return fetch(url, { headers: { Accept: "text/event-stream" }, credentials: "same-origin" }).then(function (response) {
      if (!response.ok) return Pennant.refusal(response);
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      var outcome = null;

      function handle(message) {
        if (message.event_id !== eventId) return;
        if (message.msg === "estimation") {
          on.queued(typeof message.rank === "number" ? message.rank : 0);
        } else if (message.msg === "process_starts") {
          on.started();
        } else if (message.msg === "progress" && message.progress_data && message.progress_data.length) {
          var entry = message.progress_data[0];
          on.progress(typeof entry.progress === "number" ? entry.progress : null, entry.desc ? String(entry.desc) : null);
        } else if (message.msg === "process_completed") {
          outcome = message.success
            ? { data: message.output.data, event_id: message.event_id }
            : new Error(message.output && message.output.error ? String(message.output.error) : "Error");
        }
      }

      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) {
            if (outcome === null) throw new Error(LOST);
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
        }, function () {
          throw new Error(LOST);
        });
      }
      return pump();
    });
  }

  function queue(request, listener) {
    var on = fullListener(listener);
    var sessionHash = Pennant.randomHash(); // one stream per submission: tabs never share a stream
    Pennant.postJson("gradio_api/queue/join", {
      data: request.data, event_data: null, fn_index: request.fnIndex, trigger_id: null, session_hash: sessionHash
    }).then(function (joined) {
      return readStream("gradio_api/queue/data?session_hash=" + encodeURIComponent(sessionHash), joined.event_id, on);
    }).then(on.completed, on.failed);
  }

  Pennant.transports = { listener: fullListener, queue: queue };
})();
