/*
 * The flag buttons under an interface's outputs, and what they say.
 *   Pennant.flagging.controls(page) -> { nodes, setResult(eventId) }
 *     page       the interface's entry in /config's pennant.interfaces
 *     nodes      the elements to append to the outputs panel (none when the interface is never flagged)
 *     setResult  the event id of the result now shown, or null: the buttons are enabled only with one
 * One "Flag" button, or one per flagging option labelled as configured (data-option = the stored value).
 * A click sends gradio_api/flag/{api_name}; meanwhile the buttons are disabled and the clicked one reads
 * "Saving...". Then the status line says "Flagged (N total)" or "Could not flag: …", and the keyboard
 * focus is back on the button.
 * Hooks for tests: button.pn-flag; #pn-flag-status-{dep} (.pn-flag-status, aria-live=polite).
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  function controls(page) {
    var eventId = null;
    var buttons = [];
    var status = el("p", { className: "pn-flag-status", id: "pn-flag-status-" + page.dependency, "aria-live": "polite" });

    function flag(button, option) {
      if (!eventId) return;
      buttons.forEach(function (b) { b.disabled = true; });
      button.textContent = "Saving...";
      status.classList.remove("pn-failed");
      Pennant.postJson("gradio_api/flag/" + encodeURIComponent(page.api_name), { event_id: eventId, flag_option: option })
        .then(function (result) {
          status.textContent = "Flagged (" + result.count + " total)";
        }, function (failure) {
          status.classList.add("pn-failed");
          status.textContent = "Could not flag: " + failure.message;
        }).then(function () {
          button.textContent = button.dataset.text;
          buttons.forEach(function (b) { b.disabled = eventId === null; });
          // A disabled button loses the focus; give it back unless the user moved on meanwhile.
          if (!button.disabled && (document.activeElement === document.body || document.activeElement === null)) button.focus();
        });
    }

    if (!page.flaggable) {
      var nodes = page.flagging_mode === "auto"
        ? [el("p", { className: "pn-auto-note" }, "Every successful submission is flagged automatically.")] : [];
      return { nodes: nodes, setResult: function () {} };
    }
    var row = el("div", { className: "pn-flag-row" });
    var options = page.flagging_options && page.flagging_options.length ? page.flagging_options : [null];
    options.forEach(function (option) {
      var text = option === null ? "Flag" : option.label;
      var value = option === null ? null : option.value;
      var button = el("button", { type: "button", className: "pn-button pn-flag", disabled: true, "data-option": value }, text);
      button.dataset.text = text;
      button.addEventListener("click", function () { flag(button, value); });
      buttons.push(button);
      row.appendChild(button);
    });

    return {
      nodes: [row, status],
      setResult: function (id) {
        eventId = id;
        buttons.forEach(function (b) { b.disabled = !id; b.textContent = b.dataset.text; });
        status.textContent = "";
        status.classList.remove("pn-failed");
      }
    };
  }

  Pennant.flagging = { controls: controls };
})();
