/*
 * The JSON renderer (contract in pennant-renderers.js), output only: the value pretty-printed as text in
 * pre#pn-output-{id}.pn-json-output, named by the component label and reachable by keyboard (to scroll).
 */
(function () {
  "use strict";

  var R = window.Pennant.renderers;

  function jsonOutput(component) {
    var parts = R.group(R.names(component, "output"), "pre", "pn-json-output", { role: null, tabindex: 0 });
    return {
      field: parts.field,
      show: function (value) {
        parts.box.textContent = value === null || value === undefined ? "" : JSON.stringify(value, null, 2);
      }
    };
  }

  R.register("json", { output: jsonOutput });
})();
