/*
 * Pennant's page: reads /config and renders one panel per interface (tabs when several).
 * No framework and no inline script, so a CSP of script-src 'self' holds. Every text that comes
 * from the config (titles, labels, choices, description, article, messages) goes through
 * textContent or value, never innerHTML.
 *
 * Stable hooks for tests (ids use the component id from /config, panels the dependency id):
 *   #pn-title, #pn-description                 page title and description
 *   section.pn-interface#pn-interface-{dep}    one per interface; data-api-name="{api_name}"
 *   #pn-input-{id}                             an input control (radio: the <fieldset>); class pn-input,
 *                                              data-label="{label}"; every control has <label for> = its label
 *   #pn-input-{id}-{k}                         the k-th radio button; its <label> is the choice text
 *   #pn-output-{id}                            an output (readonly <input>/<textarea>, checkbox, or
 *                                              div.pn-label-output); class pn-output, data-label="{label}"
 *   .pn-label-top, li.pn-confidence            a Label output's top class and confidence rows
 *   button.pn-submit / .pn-clear / .pn-flag    "Submit", "Clear", "Flag", or one button per option labelled as configured (data-option = stored value)
 *   #pn-error-{dep}  (.pn-error, role=alert)   error message; empty when there is none
 *   #pn-flag-status-{dep} (.pn-flag-status, aria-live=polite)   "Flagged (N total)" after a flag
 *   section[data-event-id]                     the event id of the shown result ("" when none)
 *   section[data-state]                        "idle" | "running" | "done" | "error"
 *   document event "pennant:rendered"           fired after rendering, detail = the /config document
 *   #pn-progress-{dep}                         progress bar while a prediction runs (see pennant-queue.js)
 *
 * Other scripts add component types through window.Pennant.renderers[type] = { input, output }:
 * input(component) returns { field, read, reset } and output(component) returns { field, show },
 * like buildInput/buildOutput below; read() may return a Promise (e.g. an upload in progress).
 * window.Pennant.el is the element helper. pennant-files.js registers image, file and json.
 */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "className") node.className = value;
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function choiceValues(props) {
    return (props.choices || []).map(function (pair) {
      return Array.isArray(pair) ? { label: String(pair[0]), value: String(pair[1]) } : { label: String(pair), value: String(pair) };
    });
  }

  function postJson(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var message = json && typeof json.error === "string" ? json.error : "Request failed (HTTP " + response.status + ")";
          throw new Error(message);
        }
        return json;
      });
    });
  }

  function randomHash() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return b.toString(36); }).join("").slice(0, 11);
  }

  var sessionHash = randomHash();
  var renderers = {};
  window.Pennant = { renderers: renderers, el: el };

  /* ---------- inputs ---------- */

  function buildInput(component) {
    if (renderers[component.type] && renderers[component.type].input) return renderers[component.type].input(component);
    var props = component.props || {};
    var id = "pn-input-" + component.id;
    var label = String(props.label || "");
    var type = component.type;
    var field, control, read, reset;

    if (type === "radio") {
      field = el("fieldset", { className: "pn-field pn-input", id: id, "data-label": label });
      field.appendChild(el("legend", null, label));
      var group = el("div", { className: "pn-choices" });
      var radios = choiceValues(props).map(function (choice, k) {
        var wrap = el("div", { className: "pn-choice" });
        var radio = el("input", { type: "radio", name: id, id: id + "-" + k, value: choice.value });
        wrap.appendChild(radio);
        wrap.appendChild(el("label", { "for": id + "-" + k }, choice.label));
        group.appendChild(wrap);
        return radio;
      });
      field.appendChild(group);
      read = function () {
        var checked = radios.filter(function (r) { return r.checked; })[0];
        return checked ? checked.value : null;
      };
      reset = function () {
        radios.forEach(function (r) { r.checked = props.value !== null && r.value === String(props.value); });
      };
      reset();
      return { field: field, read: read, reset: reset };
    }

    field = el("div", { className: type === "checkbox" ? "pn-field pn-checkbox" : "pn-field" });
    var labelNode = el("label", { "for": id }, label);

    if (type === "checkbox") {
      control = el("input", { type: "checkbox", id: id, className: "pn-input", "data-label": label });
      field.appendChild(control);
      field.appendChild(labelNode);
      read = function () { return control.checked; };
      reset = function () { control.checked = props.value === true; };
    } else if (type === "dropdown") {
      control = el("select", { id: id, className: "pn-input", "data-label": label });
      control.appendChild(el("option", { value: "" }, "Select…"));
      choiceValues(props).forEach(function (choice) {
        control.appendChild(el("option", { value: choice.value }, choice.label));
      });
      field.appendChild(labelNode);
      field.appendChild(control);
      read = function () { return control.value === "" ? null : control.value; };
      reset = function () { control.value = props.value === null || props.value === undefined ? "" : String(props.value); };
    } else if (type === "slider") {
      var min = props.minimum !== undefined ? props.minimum : 0;
      var max = props.maximum !== undefined ? props.maximum : 100;
      var step = props.step !== undefined ? props.step : 1;
      var row = el("div", { className: "pn-slider" });
      control = el("input", { type: "range", id: id, className: "pn-input", "data-label": label, min: min, max: max, step: step });
      var readout = el("input", { type: "number", id: id + "-number", min: min, max: max, step: step, "aria-label": label + " value" });
      control.addEventListener("input", function () { readout.value = control.value; });
      readout.addEventListener("input", function () { if (readout.value !== "") control.value = readout.value; });
      row.appendChild(control);
      row.appendChild(readout);
      field.appendChild(labelNode);
      field.appendChild(row);
      read = function () { return Number(control.value); };
      reset = function () { control.value = String(props.value !== null && props.value !== undefined ? props.value : min); readout.value = control.value; };
    } else if (type === "textbox" && Number(props.lines) > 1) {
      control = el("textarea", { id: id, className: "pn-input", "data-label": label, rows: props.lines, placeholder: props.placeholder || null });
      field.appendChild(labelNode);
      field.appendChild(control);
      read = function () { return control.value; };
      reset = function () { control.value = props.value || ""; };
    } else if (type === "number") {
      control = el("input", { type: "number", id: id, className: "pn-input", "data-label": label, step: props.precision === 0 ? "1" : "any", inputmode: "decimal" });
      field.appendChild(labelNode);
      field.appendChild(control);
      read = function () {
        if (control.value === "") return null;
        var n = Number(control.value);
        return isFinite(n) ? n : control.value;
      };
      reset = function () { control.value = props.value === null || props.value === undefined ? "" : String(props.value); };
    } else {
      control = el("input", { type: "text", id: id, className: "pn-input", "data-label": label, placeholder: props.placeholder || null });
      field.appendChild(labelNode);
      field.appendChild(control);
      read = function () { return control.value; };
      reset = function () { control.value = props.value || ""; };
    }
    reset();
    return { field: field, read: read, reset: reset };
  }

  /* ---------- outputs ---------- */

  function buildOutput(component) {
    if (renderers[component.type] && renderers[component.type].output) return renderers[component.type].output(component);
    var props = component.props || {};
    var id = "pn-output-" + component.id;
    var label = String(props.label || "");
    var type = component.type;
    var field, control, show;

    if (type === "label") {
      field = el("div", { className: "pn-field" });
      var heading = el("span", { className: "pn-field-label", id: id + "-label" }, label);
      control = el("div", { className: "pn-output pn-label-output", id: id, "data-label": label, role: "group", "aria-labelledby": id + "-label" });
      field.appendChild(heading);
      field.appendChild(control);
      show = function (value) {
        control.textContent = "";
        if (!value || typeof value !== "object") return;
        control.appendChild(el("p", { className: "pn-label-top" }, value.label === null || value.label === undefined ? "" : value.label));
        var list = el("ul", { className: "pn-confidences" });
        (value.confidences || []).forEach(function (c) {
          var confidence = typeof c.confidence === "number" ? c.confidence : 0;
          var item = el("li", { className: "pn-confidence" });
          item.appendChild(el("span", { className: "pn-confidence-name" }, c.label));
          item.appendChild(el("span", { className: "pn-confidence-value" }, Math.round(confidence * 100) + "%"));
          item.appendChild(el("progress", { max: 1, value: Math.max(0, Math.min(1, confidence)), "aria-label": String(c.label) }));
          list.appendChild(item);
        });
        control.appendChild(list);
      };
      return { field: field, show: show };
    }

    if (type === "checkbox") {
      field = el("div", { className: "pn-field pn-checkbox" });
      control = el("input", { type: "checkbox", id: id, className: "pn-output", "data-label": label, disabled: true });
      field.appendChild(control);
      field.appendChild(el("label", { "for": id }, label));
      show = function (value) { control.checked = value === true; };
      return { field: field, show: show };
    }

    field = el("div", { className: "pn-field" });
    field.appendChild(el("label", { "for": id }, label));
    if (type === "textbox" && Number(props.lines) > 1) {
      control = el("textarea", { id: id, className: "pn-output", "data-label": label, rows: props.lines, readonly: true });
    } else {
      control = el("input", { type: "text", id: id, className: "pn-output", "data-label": label, readonly: true });
    }
    field.appendChild(control);
    show = function (value) {
      control.value = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    };
    return { field: field, show: show };
  }

  /* ---------- one interface ---------- */

  function buildInterface(config, page, byId, showTitle) {
    var dep = config.dependencies.filter(function (d) { return d.id === page.dependency; })[0];
    var section = el("section", {
      className: "pn-interface", id: "pn-interface-" + page.dependency, "data-api-name": page.api_name,
      "data-event-id": "", "data-state": "idle"
    });
    if (showTitle) {
      section.appendChild(el("h2", { className: "pn-interface-title" }, page.title));
      if (page.description) section.appendChild(el("p", { className: "pn-description" }, page.description));
    }

    var columns = el("div", { className: "pn-columns" });
    var form = el("form", { className: "pn-panel pn-inputs-panel", novalidate: true, "aria-label": "Inputs" });
    var inputs = dep.inputs.map(function (id) { return buildInput(byId[id]); });
    inputs.forEach(function (input) { form.appendChild(input.field); });
    var actions = el("div", { className: "pn-actions" });
    var clear = el("button", { type: "button", className: "pn-button pn-clear" }, "Clear");
    var submit = el("button", { type: "submit", className: "pn-button pn-primary pn-submit" }, "Submit");
    actions.appendChild(clear);
    actions.appendChild(submit);
    form.appendChild(actions);

    var panel = el("div", { className: "pn-panel pn-outputs-panel", role: "region", "aria-label": "Outputs" });
    var outputs = dep.outputs.map(function (id) { return buildOutput(byId[id]); });
    outputs.forEach(function (output) { panel.appendChild(output.field); });
    var error = el("div", { className: "pn-error", id: "pn-error-" + page.dependency, role: "alert" });
    panel.appendChild(error);

    var flagButtons = [];
    var status = el("p", { className: "pn-flag-status", id: "pn-flag-status-" + page.dependency, "aria-live": "polite" });
    if (page.flaggable) {
      var flagRow = el("div", { className: "pn-flag-row" });
      var options = page.flagging_options && page.flagging_options.length ? page.flagging_options : [null];
      options.forEach(function (option) {
        var text = option === null ? "Flag" : option.label;
        var value = option === null ? null : option.value;
        var button = el("button", { type: "button", className: "pn-button pn-flag", disabled: true, "data-option": value }, text);
        button.dataset.text = text;
        button.addEventListener("click", function () { flag(button, value); });
        flagButtons.push(button);
        flagRow.appendChild(button);
      });
      panel.appendChild(flagRow);
      panel.appendChild(status);
    } else if (page.flagging_mode === "auto") {
      panel.appendChild(el("p", { className: "pn-auto-note" }, "Every successful submission is flagged automatically."));
    }

    columns.appendChild(form);
    columns.appendChild(panel);
    section.appendChild(columns);
    if (page.article) section.appendChild(el("div", { className: "pn-article" }, page.article));

    var eventId = null;

    function setState(state) { section.dataset.state = state; }

    function setResult(id) {
      eventId = id;
      section.dataset.eventId = id || "";
      flagButtons.forEach(function (b) { b.disabled = !id; b.textContent = b.dataset.text; });
      status.textContent = "";
      status.classList.remove("pn-failed");
    }

    function clearOutputs() {
      outputs.forEach(function (o) { o.show(null); });
      error.textContent = "";
      setResult(null);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit.disabled = true;
      panel.classList.add("pn-busy");
      panel.setAttribute("aria-busy", "true");
      error.textContent = "";
      setResult(null);
      setState("running");
      // Uploads in progress finish first; pennant-queue.js then runs the prediction through the queue,
      // with a progress bar; /run is the fallback.
      Promise.all(inputs.map(function (input) { return input.read(); })).then(function (data) {
        return window.PennantQueue ? window.PennantQueue.predict(page, data, panel) : postJson("gradio_api/run/" + encodeURIComponent(page.api_name), {
          data: data, event_data: null, fn_index: page.dependency, trigger_id: null, session_hash: sessionHash
        });
      }).then(function (result) {
        (result.data || []).forEach(function (value, i) { if (outputs[i]) outputs[i].show(value); });
        setResult(result.event_id || null);
        setState("done");
      }, function (failure) {
        outputs.forEach(function (o) { o.show(null); });
        error.textContent = failure.message;
        setState("error");
      }).then(function () {
        submit.disabled = false;
        panel.classList.remove("pn-busy");
        panel.removeAttribute("aria-busy");
      });
    });

    clear.addEventListener("click", function () {
      inputs.forEach(function (input) { input.reset(); });
      clearOutputs();
      setState("idle");
    });

    function flag(button, option) {
      if (!eventId) return;
      var flaggedEvent = eventId;
      flagButtons.forEach(function (b) { b.disabled = true; });
      button.textContent = "Saving...";
      status.classList.remove("pn-failed");
      postJson("gradio_api/flag/" + encodeURIComponent(page.api_name), { event_id: flaggedEvent, flag_option: option })
        .then(function (result) {
          status.textContent = "Flagged (" + result.count + " total)";
        }, function (failure) {
          status.classList.add("pn-failed");
          status.textContent = "Could not flag: " + failure.message;
        }).then(function () {
          button.textContent = button.dataset.text;
          flagButtons.forEach(function (b) { b.disabled = eventId === null; });
        });
    }

    return section;
  }

  /* ---------- page ---------- */

  function render(config) {
    var pages = (config.pennant && config.pennant.interfaces) || [];
    var byId = {};
    config.components.forEach(function (c) { byId[c.id] = c; });
    var main = document.getElementById("pn-main");
    main.textContent = "";

    var title = config.title || "Pennant";
    document.title = title;
    document.getElementById("pn-title").textContent = title;
    var description = document.getElementById("pn-description");
    if (pages.length === 1 && pages[0].description) {
      description.textContent = pages[0].description;
      description.hidden = false;
    }

    var several = pages.length > 1;
    var sections = pages.map(function (page) { return buildInterface(config, page, byId, several); });
    sections.forEach(function (s) { main.appendChild(s); });
    if (several) buildTabs(pages, sections);
    // Extensions (pennant-flagging.js: examples, the user bar) add to the rendered page.
    document.dispatchEvent(new CustomEvent("pennant:rendered", { detail: config }));
  }

  function buildTabs(pages, sections) {
    var tablist = document.getElementById("pn-tabs");
    tablist.hidden = false;
    var tabs = pages.map(function (page, i) {
      var tab = el("button", {
        type: "button", role: "tab", className: "pn-tab", id: "pn-tab-" + page.dependency,
        "aria-controls": sections[i].id
      }, page.title);
      sections[i].setAttribute("role", "tabpanel");
      sections[i].setAttribute("aria-labelledby", tab.id);
      tab.addEventListener("click", function () { select(i); });
      tab.addEventListener("keydown", function (event) {
        var next = event.key === "ArrowRight" ? i + 1 : event.key === "ArrowLeft" ? i - 1 : null;
        if (next === null) return;
        next = (next + tabs.length) % tabs.length;
        select(next);
        tabs[next].focus();
      });
      tablist.appendChild(tab);
      return tab;
    });
    function select(index) {
      tabs.forEach(function (tab, i) {
        tab.setAttribute("aria-selected", String(i === index));
        tab.tabIndex = i === index ? 0 : -1;
        sections[i].hidden = i !== index;
      });
    }
    select(0);
  }

  function fail(message) {
    var main = document.getElementById("pn-main");
    main.textContent = "";
    main.appendChild(el("div", { className: "pn-error", role: "alert" }, message));
    document.getElementById("pn-title").textContent = "Pennant";
  }

  fetch("config", { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error("Could not load the app (HTTP " + response.status + ")");
      return response.json();
    })
    .then(render, function (e) { fail(e.message); });
})();
