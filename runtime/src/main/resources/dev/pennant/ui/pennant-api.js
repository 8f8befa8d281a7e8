/*
 * The "Use via API" page: for each endpoint in /gradio_api/info, its parameters and ready-to-run
 * snippets for @gradio/client (JavaScript), gradio_client (Python) and curl (the two-step /call
 * API), with the app's real URL (config.root), parameter names and example values. Every text goes
 * through textContent.
 *
 * Hooks for tests:
 *   section.pn-endpoint[data-api-name="{api_name}"]   one per endpoint (api_name without slash)
 *   pre.pn-snippet-js / .pn-snippet-python / .pn-snippet-curl   the snippets' text
 *   table.pn-params tr[data-parameter="{name}"]        one row per parameter
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;

  function el(tag, className, text) {
    return Pennant.el(tag, { className: className || null }, text);
  }

  function isFile(parameter) {
    return ["Image", "File"].indexOf(parameter.component) >= 0;
  }

  /* An example file the reader replaces with their own; the clients upload local paths. */
  var EXAMPLE_FILE = "example.png";

  function jsValue(parameter) {
    return isFile(parameter) ? 'handle_file("./' + EXAMPLE_FILE + '")' : JSON.stringify(parameter.example_input === undefined ? null : parameter.example_input);
  }

  function pyLiteral(value) {
    if (value === null || value === undefined) return "None";
    if (value === true) return "True";
    if (value === false) return "False";
    if (typeof value === "number" || typeof value === "string") return JSON.stringify(value);
    if (Array.isArray(value)) return "[" + value.map(pyLiteral).join(", ") + "]";
    return "{" + Object.keys(value).map(function (k) { return JSON.stringify(k) + ": " + pyLiteral(value[k]); }).join(", ") + "}";
  }

  function pyValue(parameter) {
    return isFile(parameter) ? 'handle_file("' + EXAMPLE_FILE + '")' : pyLiteral(parameter.example_input);
  }

  /* Python and JavaScript identifiers; other names are quoted (JS) or passed positionally (Python). */
  function identifier(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
  }

  function javascript(root, apiName, parameters) {
    var files = parameters.some(isFile);
    var lines = ['import { Client' + (files ? ", handle_file" : "") + ' } from "@gradio/client";', "",
      "const client = await Client.connect(" + JSON.stringify(root) + ");",
      "const result = await client.predict(" + JSON.stringify(apiName) + ", {"];
    parameters.forEach(function (p) {
      lines.push("  " + (identifier(p.parameter_name) ? p.parameter_name : JSON.stringify(p.parameter_name)) + ": " + jsValue(p) + ",");
    });
    lines.push("});", "", "console.log(result.data);");
    return lines.join("\n");
  }

  function python(root, apiName, parameters) {
    var files = parameters.some(isFile);
    var keywords = parameters.every(function (p) { return identifier(p.parameter_name); });
    var lines = ["from gradio_client import Client" + (files ? ", handle_file" : ""), "",
      "client = Client(" + JSON.stringify(root + "/") + ")", "result = client.predict("];
    parameters.forEach(function (p) {
      lines.push("    " + (keywords ? p.parameter_name + "=" : "") + pyValue(p) + ",");
    });
    lines.push("    api_name=" + JSON.stringify(apiName) + ",", ")", "print(result)");
    return lines.join("\n");
  }

  function shellQuote(text) {
    return "'" + text.replace(/'/g, "'\\''") + "'";
  }

  function curl(root, apiName, parameters) {
    var name = apiName.replace(/^\//, "");
    var lines = [];
    var data = parameters.map(function (p) {
      if (!isFile(p)) return p.example_input === undefined ? null : p.example_input;
      return { path: "<a path returned by the upload>", meta: { _type: "gradio.FileData" } };
    });
    if (parameters.some(isFile)) {
      lines.push("# Files are uploaded first; the answer lists their server paths:",
        "curl -s -F " + shellQuote("files=@" + EXAMPLE_FILE) + " " + root + "/gradio_api/upload", "");
    }
    lines.push("EVENT_ID=$(curl -s -X POST " + root + "/gradio_api/call/" + name + " \\",
      '  -H "Content-Type: application/json" \\',
      "  -d " + shellQuote(JSON.stringify({ data: data })) + " \\",
      "  | awk -F'\"' '{ print $4 }')",
      "curl -s -N " + root + "/gradio_api/call/" + name + "/$EVENT_ID");
    return lines.join("\n");
  }

  function snippet(title, className, text) {
    var wrap = el("div", "pn-snippet-block");
    wrap.appendChild(el("h3", null, title));
    var pre = el("pre", "pn-snippet " + className);
    pre.appendChild(el("code", null, text));
    wrap.appendChild(pre);
    return wrap;
  }

  function parameterTable(parameters) {
    var table = el("table", "pn-params");
    var head = el("tr");
    ["Parameter", "Type", "Default", "Component"].forEach(function (h) { head.appendChild(el("th", null, h)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    parameters.forEach(function (p) {
      var row = el("tr");
      row.setAttribute("data-parameter", p.parameter_name);
      row.appendChild(el("td")).appendChild(el("code", null, p.parameter_name));
      row.appendChild(el("td")).appendChild(el("code", null, p.python_type ? p.python_type.type : ""));
      row.appendChild(el("td", null, p.parameter_has_default ? JSON.stringify(p.parameter_default) : "required"));
      row.appendChild(el("td", null, p.component + ' "' + p.label + '"'));
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  function render(config, info) {
    var root = String(config.root || (location.protocol + "//" + location.host)).replace(/\/+$/, "");
    var main = document.getElementById("pn-api");
    main.textContent = "";
    document.title = "API · " + (config.title || "Pennant");
    var endpoints = info.named_endpoints || {};
    Object.keys(endpoints).forEach(function (apiName) {
      var endpoint = endpoints[apiName];
      var parameters = endpoint.parameters || [];
      var section = el("section", "pn-endpoint");
      section.setAttribute("data-api-name", apiName.replace(/^\//, ""));
      section.appendChild(el("h2", null, apiName));
      if (endpoint.description) section.appendChild(el("p", "pn-description", endpoint.description));
      section.appendChild(el("h3", null, "Parameters"));
      section.appendChild(parameterTable(parameters));
      var returns = (endpoint.returns || []).map(function (r) { return r.label + " (" + r.component + ")"; }).join(", ");
      section.appendChild(el("p", null, "Returns: " + returns));
      section.appendChild(snippet("JavaScript (@gradio/client)", "pn-snippet-js", javascript(root, apiName, parameters)));
      section.appendChild(snippet("Python (gradio_client)", "pn-snippet-python", python(root, apiName, parameters)));
      section.appendChild(snippet("curl", "pn-snippet-curl", curl(root, apiName, parameters)));
      main.appendChild(section);
    });
  }

  function getJson(url) {
    return Pennant.fetchJson(url, null, "Could not load " + url);
  }

  Promise.all([getJson("config"), getJson("gradio_api/info")]).then(function (both) {
    render(both[0], both[1]);
  }, function (error) {
    var main = document.getElementById("pn-api");
    main.textContent = "";
    main.appendChild(el("div", "pn-error", error.message)).setAttribute("role", "alert");
  });
})();
