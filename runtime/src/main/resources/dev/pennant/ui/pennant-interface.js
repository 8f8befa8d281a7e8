/*
 * One interface: its inputs (with Clear and Submit, and the examples table), its outputs (with the
 * progress bar, the error line and the flag buttons), and what happens on Submit and Clear.
 *   Pennant.interfaceSection(config, page, byId, showTitle) -> section.pn-interface
 * Submit reads every input (uploads in progress finish first), runs the prediction through the queue
 * transport (or /run when the dependency skips the queue), draws its status as a progress bar, then
 * shows the outputs or the error. Clear resets the inputs to their initial values and empties the rest.
 * Hooks for tests (see also pennant.js):
 *   section.pn-interface#pn-interface-{dep}   data-api-name="{api_name}", data-event-id (the shown result's,
 *                                              "" when none), data-state "idle" | "running" | "done" | "error"
 *   button.pn-submit / .pn-clear               "Submit", "Clear"
 *   #pn-error-{dep} (.pn-error, role=alert)    the error message; empty when there is none
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  /* Gradio's rule: a dependency's own queue flag, else the app's enable_queue. */
  function transportFor(config, dep) {
    var queued = dep.queue !== null && dep.queue !== undefined ? dep.queue : config.enable_queue;
    return queued === false ? Pennant.transports.run : Pennant.transports.queue;
  }

  function interfaceSection(config, page, byId, showTitle) {
    var dep = config.dependencies.filter(function (d) { return d.id === page.dependency; })[0];
    var section = el("section", {
      className: "pn-interface", id: "pn-interface-" + page.dependency, "data-api-name": page.api_name,
      "data-event-id": "", "data-state": "idle"
    });
    if (showTitle) {
      section.appendChild(el("h2", { className: "pn-interface-title" }, page.title));
      if (page.description) section.appendChild(el("p", { className: "pn-description" }, page.description));
    }

    var form = el("form", { className: "pn-panel pn-inputs-panel", novalidate: true, "aria-label": "Inputs" });
    var inputComponents = dep.inputs.map(function (id) { return byId[id]; });
    var inputs = inputComponents.map(Pennant.renderers.input);
    inputs.forEach(function (input) { form.appendChild(input.field); });
    var actions = el("div", { className: "pn-actions" });
    var clear = el("button", { type: "button", className: "pn-button pn-clear" }, "Clear");
    var submit = el("button", { type: "submit", className: "pn-button pn-primary pn-submit" }, "Submit");
    actions.appendChild(clear);
    actions.appendChild(submit);
    form.appendChild(actions);
    var examples = Pennant.examples.table(page, inputComponents, inputs);
    if (examples) form.appendChild(examples);

    var panel = el("div", { className: "pn-panel pn-outputs-panel", role: "region", "aria-label": "Outputs" });
    var progress = Pennant.progressBar(page.dependency);
    panel.appendChild(progress.element);
    var outputs = dep.outputs.map(function (id) { return Pennant.renderers.output(byId[id]); });
    outputs.forEach(function (output) { panel.appendChild(output.field); });
    var error = el("div", { className: "pn-error", id: "pn-error-" + page.dependency, role: "alert" });
    panel.appendChild(error);
    var flagging = Pennant.flagging.controls(page);
    flagging.nodes.forEach(function (node) { panel.appendChild(node); });

    var columns = el("div", { className: "pn-columns" });
    columns.appendChild(form);
    columns.appendChild(panel);
    section.appendChild(columns);
    if (page.article) section.appendChild(el("div", { className: "pn-article" }, page.article));

    function setResult(eventId) {
      section.dataset.eventId = eventId || "";
      flagging.setResult(eventId);
    }

    function finish(state) {
      section.dataset.state = state;
      progress.hide();
      submit.disabled = false;
      panel.classList.remove("pn-busy");
      panel.removeAttribute("aria-busy");
    }

    function showOutputs(values) {
      outputs.forEach(function (output, i) { output.show(values && values[i] !== undefined ? values[i] : null); });
    }

    var listener = {
      queued: progress.queued,
      started: progress.started,
      progress: progress.progress,
      completed: function (result) {
        showOutputs(result.data);
        setResult(result.event_id || null);
        finish("done");
      },
      failed: function (failure) {
        showOutputs(null);
        error.textContent = failure.message;
        finish("error");
      }
    };

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit.disabled = true;
      panel.classList.add("pn-busy");
      panel.setAttribute("aria-busy", "true");
      error.textContent = "";
      setResult(null);
      section.dataset.state = "running";
      progress.starting();
      Promise.all(inputs.map(function (input) { return input.read(); })).then(function (data) {
        transportFor(config, dep)({ apiName: page.api_name, fnIndex: page.dependency, data: data }, listener);
      }, listener.failed);
    });

    clear.addEventListener("click", function () {
      inputs.forEach(function (input) { input.reset(); });
      showOutputs(null);
      error.textContent = "";
      setResult(null);
      section.dataset.state = "idle";
    });

    return section;
  }

  Pennant.interfaceSection = interfaceSection;
})();
