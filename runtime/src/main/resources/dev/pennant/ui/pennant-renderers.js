/*
 * The renderer registry: how the page draws each kind of component that /config lists. Every kind,
 * built in or new, is one renderer registered here by a pennant-kind-*.js script; adding a kind to the
 * page is one such script, its <script> tag in index.html (after this file, before pennant-interface.js)
 * and its name in StaticAssets.
 *
 * The contract. Pennant.renderers.register(type, { input, output, example }), each member optional;
 * type is the component's "type" in /config ("number", "image", …), component its /config entry
 * {id, type, props: {label, value, choices, …}}.
 *
 *   input(component) -> { field, read, set, reset }
 *     field       the element placed in the inputs panel. It holds the control, id "pn-input-{id}", class
 *                 pn-input, data-label = the label, named by a <label for> (or a <fieldset> with a <legend>
 *                 and one <label for> per choice), and usable by keyboard.
 *     read()      the value to send, as Gradio's JSON for the kind (what gradio_api/run takes); may return a
 *                 Promise (an upload still in progress) that rejects with a message for the user.
 *     set(value)  shows a value given as that JSON, as /config's examples and the results carry it; null
 *                 shows the kind's blank. The examples table fills inputs through set.
 *     reset()     back to the initial value, props.value from /config (the declared default, or the kind's
 *                 blank). Clear calls it; Pennant.renderers.input calls it once, so the page opens with it.
 *
 *   output(component) -> { field, show }
 *     field       the element placed in the outputs panel; the shown value is in #pn-output-{id}, class
 *                 pn-output, data-label = the label, named by a <label for> or aria-labelledby.
 *     show(value) shows a result value (Gradio's JSON for the kind); show(null) clears it.
 *
 *   example(component, value) -> a Node or a text: the value's cell in the examples table
 *                 (without it: the value as text).
 *
 * A type without an input (or output) renderer is drawn by the textbox's.
 *
 * Helpers for renderers:
 *   Pennant.renderers.names(component, side)  {id: "pn-{side}-{id}", label, props, className: "pn-{side}"},
 *                                            side "input" or "output"
 *   Pennant.renderers.control(names, tag, attrs)   the control element with id, class and data-label
 *   Pennant.renderers.labelled(names, control, extraClass, labelAfter)   a .pn-field holding the control and
 *                                            its <label for> (after the control when labelAfter, as for boxes)
 *   Pennant.renderers.group(names, tag, kindClass, attrs)   {field, box}: a box that is not a form control,
 *                                            named through aria-labelledby by a span.pn-field-label
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;
  var kinds = {};

  function register(type, renderer) {
    kinds[type] = renderer;
  }

  function rendererFor(component, side) {
    var own = kinds[component.type];
    return own && own[side] ? own[side] : kinds.textbox[side];
  }

  function input(component) {
    var built = rendererFor(component, "input")(component);
    built.reset();
    return built;
  }

  function output(component) {
    return rendererFor(component, "output")(component);
  }

  function example(component, value) {
    var own = component && kinds[component.type];
    return own && own.example ? own.example(component, value) : Pennant.text(value);
  }

  function names(component, side) {
    var props = component.props || {};
    return { id: "pn-" + side + "-" + component.id, label: String(props.label || ""), props: props, className: "pn-" + side };
  }

  function control(names, tag, attrs) {
    return el(tag, Object.assign({ id: names.id, className: names.className, "data-label": names.label }, attrs));
  }

  function labelled(names, node, extraClass, labelAfter) {
    var field = el("div", { className: extraClass ? "pn-field " + extraClass : "pn-field" });
    var label = el("label", { "for": names.id }, names.label);
    if (labelAfter) {
      field.appendChild(node);
      field.appendChild(label);
    } else {
      field.appendChild(label);
      field.appendChild(node);
    }
    return field;
  }

  function group(names, tag, kindClass, attrs) {
    var field = el("div", { className: "pn-field" });
    field.appendChild(el("span", { className: "pn-field-label", id: names.id + "-label" }, names.label));
    var box = el(tag, Object.assign({
      id: names.id, className: names.className + " " + kindClass, "data-label": names.label,
      role: "group", "aria-labelledby": names.id + "-label"
    }, attrs));
    field.appendChild(box);
    return { field: field, box: box };
  }

  Pennant.renderers = {
    register: register, input: input, output: output, example: example,
    names: names, control: control, labelled: labelled, group: group
  };
})();
