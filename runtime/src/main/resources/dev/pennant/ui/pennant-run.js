/*
 * The direct transport: one POST to gradio_api/run/{api_name}, for an interface whose /config dependency
 * says queue: false (as Gradio's own page skips the queue then). Same contract as pennant-queue.js:
 *   Pennant.transports.run(request, listener)   calls started(), then completed(result) or failed(error).
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var sessionHash = Pennant.randomHash();

  Pennant.transports.run = function (request, listener) {
    var on = Pennant.transports.listener(listener);
    on.started();
    Pennant.postJson("gradio_api/run/" + encodeURIComponent(request.apiName), {
      data: request.data, event_data: null, fn_index: request.fnIndex, trigger_id: null, session_hash: sessionHash
    }).then(function (result) {
      on.completed({ data: result.data, event_id: result.event_id });
    }, on.failed);
  };
})();
