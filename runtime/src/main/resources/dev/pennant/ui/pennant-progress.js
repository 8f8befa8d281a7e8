/*
 * The progress bar the page draws while a prediction waits or runs, from the transport's status.
 *   Pennant.progressBar(dep) -> { element, starting(), queued(rank), started(), progress(fraction, desc), hide() }
 * Hooks for tests:
 *   #pn-progress-{dep} (.pn-progress)   shown while a prediction waits or runs, hidden otherwise
 *   #pn-progress-bar-{dep}              its <progress>, named by a <label for>; value = the fraction the
 *                                       method reported, no value while unknown
 *   #pn-progress-label-{dep}            the label: "Starting…", "Waiting: N ahead", "Running…", or the
 *                                       method's description with the percentage
 */
(function () {
  "use strict";

  var el = window.Pennant.el;

  window.Pennant.progressBar = function (dep) {
    var box = el("div", { className: "pn-progress", id: "pn-progress-" + dep, hidden: true });
    var label = el("label", { id: "pn-progress-label-" + dep, "for": "pn-progress-bar-" + dep });
    var bar = el("progress", { id: "pn-progress-bar-" + dep, max: 1 });
    box.appendChild(label);
    box.appendChild(bar);

    function draw(text, fraction) {
      label.textContent = text;
      if (typeof fraction === "number") bar.value = fraction;
      else bar.removeAttribute("value"); // indeterminate
      box.hidden = false;
    }

    return {
      element: box,
      starting: function () { draw("Starting…", null); },
      queued: function (rank) { draw(rank > 0 ? "Waiting: " + rank + " ahead" : "Starting…", null); },
      started: function () { draw("Running…", null); },
      progress: function (fraction, desc) {
        var percent = typeof fraction === "number" ? " " + Math.round(fraction * 100) + "%" : "";
        draw((desc || "Running…") + percent, fraction);
      },
      hide: function () { box.hidden = true; }
    };
  };
})();
