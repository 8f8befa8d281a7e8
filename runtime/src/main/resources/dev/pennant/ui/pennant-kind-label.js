/*
 * The label renderer (contract in pennant-renderers.js), output only: Gradio's {label, confidences}
 * shown as the top class (p.pn-label-top) and one row per class (li.pn-confidence: name, percentage
 * and a <progress> named after the class), in #pn-output-{id} (a group named by the component label).
 */
(function () {
  "use strict";

  var el = window.Pennant.el;
  var R = window.Pennant.renderers;

  function confidenceRow(c) {
    var confidence = typeof c.confidence === "number" ? c.confidence : 0;
    var item = el("li", { className: "pn-confidence" });
    item.appendChild(el("span", { className: "pn-confidence-name" }, c.label));
    item.appendChild(el("span", { className: "pn-confidence-value" }, Math.round(confidence * 100) + "%"));
    item.appendChild(el("progress", { max: 1, value: Math.max(0, Math.min(1, confidence)), "aria-label": String(c.label) }));
    return item;
  }

  function labelOutput(component) {
    var parts = R.group(R.names(component, "output"), "div", "pn-label-output");
    var box = parts.box;
    return {
      field: parts.field,
      show: function (value) {
        box.textContent = "";
        if (!value || typeof value !== "object") return;
        box.appendChild(el("p", { className: "pn-label-top" }, value.label));
        var list = el("ul", { className: "pn-confidences" });
        (value.confidences || []).forEach(function (c) { list.appendChild(confidenceRow(c)); });
        box.appendChild(list);
      }
    };
  }

  R.register("label", { output: labelOutput });
})();
