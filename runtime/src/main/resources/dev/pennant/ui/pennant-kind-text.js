/*
 * Renderers for the text kinds (contract in pennant-renderers.js):
 *   textbox  input: <input type=text>, or a <textarea> when props.lines > 1 (placeholder from props);
 *            output: the same, readonly. Any kind without a renderer of its own is drawn as a textbox.
 *   number   input: <input type=number>, stepping by 1 when props.precision is 0; read() is a number,
 *            null when empty, or the typed text when it is not a number (the server explains);
 *            output: a readonly textbox.
 */
(function () {
  "use strict";

  var R = window.Pennant.renderers;
  var text = window.Pennant.text;

  function multiline(props) {
    return Number(props.lines) > 1;
  }

  function textboxInput(component) {
    var names = R.names(component, "input");
    var props = names.props;
    var control = multiline(props)
      ? R.control(names, "textarea", { rows: props.lines, placeholder: props.placeholder || null })
      : R.control(names, "input", { type: "text", placeholder: props.placeholder || null });
    function set(value) { control.value = text(value); }
    return {
      field: R.labelled(names, control),
      read: function () { return control.value; },
      set: set,
      reset: function () { set(props.value); }
    };
  }

  function textboxOutput(component) {
    var names = R.names(component, "output");
    var props = names.props;
    var control = multiline(props)
      ? R.control(names, "textarea", { rows: props.lines, readonly: true })
      : R.control(names, "input", { type: "text", readonly: true });
    return {
      field: R.labelled(names, control),
      show: function (value) { control.value = text(value); }
    };
  }

  function numberInput(component) {
    var names = R.names(component, "input");
    var props = names.props;
    var control = R.control(names, "input", { type: "number", step: props.precision === 0 ? "1" : "any", inputmode: "decimal" });
    function set(value) { control.value = text(value); }
    return {
      field: R.labelled(names, control),
      read: function () {
        if (control.value === "") return null;
        var n = Number(control.value);
        return isFinite(n) ? n : control.value;
      },
      set: set,
      reset: function () { set(props.value); }
    };
  }

  R.register("textbox", { input: textboxInput, output: textboxOutput });
  R.register("number", { input: numberInput, output: textboxOutput });
})();
