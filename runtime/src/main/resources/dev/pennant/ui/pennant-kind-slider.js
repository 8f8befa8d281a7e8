/*
 * The slider renderer (contract in pennant-renderers.js): an <input type=range id=pn-input-{id}> named by
 * its label, and beside it a number box #pn-input-{id}-number ("{label} value") that follows it and can be
 * typed into. props.minimum, maximum and step bound both; read() is a number; set(null) is the minimum.
 */
(function () {
  "use strict";

  var el = window.Pennant.el;
  var R = window.Pennant.renderers;

  function sliderInput(component) {
    var names = R.names(component, "input");
    var props = names.props;
    var bounds = {
      min: props.minimum !== undefined ? props.minimum : 0,
      max: props.maximum !== undefined ? props.maximum : 100,
      step: props.step !== undefined ? props.step : 1
    };
    var control = R.control(names, "input", Object.assign({ type: "range" }, bounds));
    var readout = el("input", Object.assign({ type: "number", id: names.id + "-number", "aria-label": names.label + " value" }, bounds));
    control.addEventListener("input", function () { readout.value = control.value; });
    readout.addEventListener("input", function () { if (readout.value !== "") control.value = readout.value; });
    var row = el("div", { className: "pn-slider" });
    row.appendChild(control);
    row.appendChild(readout);
    function set(value) {
      control.value = String(value !== null && value !== undefined ? value : bounds.min);
      readout.value = control.value;
    }
    return {
      field: R.labelled(names, row),
      read: function () { return Number(control.value); },
      set: set,
      reset: function () { set(props.value); }
    };
  }

  R.register("slider", { input: sliderInput });
})();
