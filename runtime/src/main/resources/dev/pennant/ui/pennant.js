/*
 * Pennant's page: reads /config and renders one section per interface (tabs when there are several),
 * and the "Logged in as" bar when the app has a login. Loaded last; the scripts before it are:
 *   pennant-core.js         shared helpers (element, JSON requests and their errors, FileData, hashes)
 *   pennant-renderers.js    the renderer registry and its contract; pennant-kind-*.js register the kinds
 *   pennant-queue.js, pennant-run.js   the transports; pennant-progress.js the progress bar they feed
 *   pennant-flagging.js     the flag buttons; pennant-examples.js the examples table
 *   pennant-interface.js    one interface: inputs, outputs, Submit, Clear
 *
 * Stable hooks for tests (ids use the component id from /config, sections the dependency id; each
 * script above lists its own):
 *   #pn-title, #pn-description                 page title and description
 *   #pn-input-{id}, #pn-output-{id}            an input control, an output; classes pn-input / pn-output,
 *                                              data-label="{label}", named by their label
 *   #pn-tabs, button.pn-tab#pn-tab-{dep}       the tabs (role=tab; arrow keys move between them)
 *   #pn-user (.pn-user), #pn-logout            the user bar and its "Log out" link
 *   document event "pennant:rendered"          fired after rendering, detail = the /config document
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

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
    var sections = pages.map(function (page) { return Pennant.interfaceSection(config, page, byId, several); });
    sections.forEach(function (s) { main.appendChild(s); });
    if (several) buildTabs(pages, sections);
    if (config.auth_required && config.username) userBar(config.username);
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

  function userBar(username) {
    var bar = el("div", { className: "pn-user", id: "pn-user" });
    bar.appendChild(el("span", null, "Logged in as " + username));
    bar.appendChild(el("a", { href: "logout", id: "pn-logout" }, "Log out"));
    var app = document.querySelector(".pn-app");
    app.insertBefore(bar, app.firstChild);
  }

  function fail(message) {
    var main = document.getElementById("pn-main");
    main.textContent = "";
    main.appendChild(el("div", { className: "pn-error", role: "alert" }, message));
    document.getElementById("pn-title").textContent = "Pennant";
  }

  Pennant.fetchJson("config", null, "Could not load the app").then(render).catch(function (e) { fail(e.message); });
})();
