/*
 * Renderers for the choice kinds (contract in pennant-renderers.js):
 *   checkbox  input: a checkbox with its label after it; read() is true or false.
 *             output: the same, disabled.
 *   radio     input: a <fieldset id=pn-input-{id}> with a <legend> (the label) and one radio per choice,
 *             #pn-input-{id}-{k}, each named by a <label for> with the choice's text; read() is the
 *             chosen value or null. Arrow keys move between the choices, as in any radio group.
 *   dropdown  input: a <select> with "Select…" (null) and one option per choice.
 * Choices come from props.choices, Gradio's [display, value] pairs (or plain values).
 */
(function () {
  "use strict";

  var el = window.Pennant.el;
  var R = window.Pennant.renderers;

  function choiceValues(props) {
    return (props.choices || []).map(function (pair) {
      return Array.isArray(pair) ? { label: String(pair[0]), value: String(pair[1]) } : { label: String(pair), value: String(pair) };
    });
  }

  function isChoice(value, choice) {
    return value !== null && value !== undefined && String(value) === choice;
  }

  function checkbox(component, side, attrs) {
    var names = R.names(component, side);
    var control = R.control(names, "input", Object.assign({ type: "checkbox" }, attrs));
    return { names: names, control: control, field: R.labelled(names, control, "pn-checkbox", true) };
  }

  function checkboxInput(component) {
    var box = checkbox(component, "input");
    function set(value) { box.control.checked = value === true; }
    return {
      field: box.field,
      read: function () { return box.control.checked; },
      set: set,
      reset: function () { set(box.names.props.value); }
    };
  }

  function checkboxOutput(component) {
    var box = checkbox(component, "output", { disabled: true });
    return {
      field: box.field,
      show: function (value) { box.control.checked = value === true; }
    };
  }

  function radioInput(component) {
    var names = R.names(component, "input");
    var field = el("fieldset", { className: "pn-field pn-input", id: names.id, "data-label": names.label });
    field.appendChild(el("legend", null, names.label));
    var group = el("div", { className: "pn-choices" });
    var radios = choiceValues(names.props).map(function (choice, k) {
      var wrap = el("div", { className: "pn-choice" });
      var radio = el("input", { type: "radio", name: names.id, id: names.id + "-" + k, value: choice.value });
      wrap.appendChild(radio);
      wrap.appendChild(el("label", { "for": names.id + "-" + k }, choice.label));
      group.appendChild(wrap);
      return radio;
    });
    field.appendChild(group);
    function set(value) {
      radios.forEach(function (radio) { radio.checked = isChoice(value, radio.value); });
    }
    return {
      field: field,
      read: function () {
        var checked = radios.filter(function (radio) { return radio.checked; })[0];
        return checked ? checked.value : null;
      },
      set: set,
      reset: function () { set(names.props.value); }
    };
  }

  function dropdownInput(component) {
    var names = R.names(component, "input");
    var control = R.control(names, "select");
    control.appendChild(el("option", { value: "" }, "Select…"));
    choiceValues(names.props).forEach(function (choice) {
      control.appendChild(el("option", { value: choice.value }, choice.label));
    });
    function set(value) {
      var known = Array.prototype.some.call(control.options, function (option) { return isChoice(value, option.value); });
      control.value = known ? String(value) : "";
    }
    return {
      field: R.labelled(names, control),
      read: function () { return control.value === "" ? null : control.value; },
      set: set,
      reset: function () { set(names.props.value); }
    };
  }

  R.register("checkbox", { input: checkboxInput, output: checkboxOutput });
  R.register("radio", { input: radioInput });
  R.register("dropdown", { input: dropdownInput });
})();
