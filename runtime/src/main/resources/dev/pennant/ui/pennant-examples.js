/*
 * The examples table under an interface's inputs. Clicking a row, or Enter or Space on it, fills the
 * inputs with that row's values through their renderers' set(value).
 *   Pennant.examples.table(page, components, inputs) -> the table's box, or null without examples
 *     page        the interface's entry in /config's pennant.interfaces (examples, examples_headers)
 *     components  the input components, in input order; inputs: their built renderers, same order
 * Each cell is drawn by the kind's example renderer (an image's thumbnail, a file's name) or as text.
 * Hooks for tests:
 *   #pn-examples-{dep} (div.pn-examples)   heading "Examples"
 *   tr.pn-example[data-index="{k}"]         the k-th row (role=button, focusable); cells in input order
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  function summary(value) {
    return Pennant.isFileData(value) ? String(value.orig_name || "") : Pennant.text(value);
  }

  function cell(component, value) {
    var td = el("td");
    var drawn = Pennant.renderers.example(component, value);
    if (drawn instanceof Node) td.appendChild(drawn); else td.textContent = drawn;
    return td;
  }

  function row(values, k, components, inputs) {
    var tr = el("tr", {
      className: "pn-example", "data-index": k, tabindex: 0, role: "button",
      "aria-label": "Use example " + (k + 1) + ": " + values.map(summary).join(", ")
    });
    values.forEach(function (value, i) { tr.appendChild(cell(components[i], value)); });
    function use() {
      inputs.forEach(function (input, i) { input.set(values[i] === undefined ? null : values[i]); });
    }
    tr.addEventListener("click", use);
    tr.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); use(); }
    });
    return tr;
  }

  function table(page, components, inputs) {
    if (!page.examples || !page.examples.length) return null;
    var box = el("div", { className: "pn-examples", id: "pn-examples-" + page.dependency });
    var headingId = "pn-examples-" + page.dependency + "-heading";
    box.appendChild(el("h3", { id: headingId }, "Examples"));
    var scroll = el("div", { className: "pn-examples-scroll" });
    var grid = el("table", { "aria-labelledby": headingId });
    var head = el("tr");
    (page.examples_headers || []).forEach(function (header) { head.appendChild(el("th", { scope: "col" }, header)); });
    grid.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    page.examples.forEach(function (values, k) { body.appendChild(row(values, k, components, inputs)); });
    grid.appendChild(body);
    scroll.appendChild(grid);
    box.appendChild(scroll);
    return box;
  }

  Pennant.examples = { table: table };
})();
