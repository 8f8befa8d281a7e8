/*
 * Image, file and JSON components for Pennant's page, registered through window.Pennant.renderers
 * (see pennant.js). Files are uploaded to gradio_api/upload as soon as they are chosen or dropped;
 * the input's value is then Gradio's FileData {path, orig_name, meta: {_type: "gradio.FileData"}},
 * which the page sends to gradio_api/run. Outputs are shown from gradio_api/file=<path>.
 *
 * Hooks for tests, in addition to pennant.js's:
 *   #pn-input-{id}                 the <input type=file> of an image or file input; its <label> is the component label
 *   img.pn-image-preview           the preview of a chosen image (inside the input's field)
 *   .pn-upload-status              "cat.png" once uploaded, or the upload's error (role=alert on error)
 *   #pn-output-{id} (.pn-image-output / .pn-file-output / .pn-json-output)
 *   #pn-output-{id} img            an image output, once shown; a.pn-download downloads it
 *   #pn-output-{id} a.pn-download  a file output's download link
 *   pre.pn-json-output             a JSON output, pretty-printed as text
 *
 * window.Pennant.loadFile(componentId, fileData) fills an image or file input with a file the server
 * already holds (the examples table uses it); window.Pennant.fileUrl(fileData) is its download URL.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  if (!Pennant) return;
  var el = Pennant.el;
  var loaders = {};   // component id -> load(FileData) of each image or file input

  function fileUrl(value) {
    return "gradio_api/file=" + String(value.path).split("/").map(encodeURIComponent).join("/");
  }

  function upload(file) {
    var form = new FormData();
    form.append("files", file, file.name);
    return fetch("gradio_api/upload", { method: "POST", body: form, credentials: "same-origin" })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (json) {
          if (!response.ok || !Array.isArray(json) || typeof json[0] !== "string") {
            var message = json && typeof json.error === "string" ? json.error : "Upload failed (HTTP " + response.status + ")";
            throw new Error(message);
          }
          return { path: json[0], orig_name: file.name, meta: { _type: "gradio.FileData" } };
        });
      });
  }

  function sizeText(bytes) {
    if (typeof bytes !== "number") return "";
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + " KB";
    return (bytes / 1024 / 1024).toFixed(1) + " MB";
  }

  /* An image or file input: click to choose or drop a file; it is uploaded at once. */
  function fileInput(component, isImage) {
    var props = component.props || {};
    var id = "pn-input-" + component.id;
    var label = String(props.label || "");
    var field = el("div", { className: "pn-field pn-file-field" });
    field.appendChild(el("label", { "for": id }, label));
    var zone = el("div", { className: "pn-drop" });
    var control = el("input", {
      type: "file", id: id, className: "pn-input", "data-label": label, accept: isImage ? "image/*" : null
    });
    var hint = el("p", { className: "pn-drop-hint" }, isImage ? "Drop an image here or click to upload" : "Drop a file here or click to upload");
    var preview = el("img", { className: "pn-image-preview", alt: label, hidden: true });
    var status = el("p", { className: "pn-upload-status", "aria-live": "polite" });
    zone.appendChild(hint);
    zone.appendChild(control);
    if (isImage) zone.appendChild(preview);
    field.appendChild(zone);
    field.appendChild(status);

    var value = null;
    var pending = null;
    var generation = 0;

    function show(data) {
      value = data;
      status.classList.remove("pn-failed");
      status.removeAttribute("role");
      status.textContent = data ? data.orig_name || "" : "";
      if (isImage) {
        preview.hidden = !data;
        if (data) preview.src = fileUrl(data); else preview.removeAttribute("src");
      }
      zone.classList.toggle("pn-has-file", !!data);
    }

    function choose(file) {
      if (!file) return;
      var mine = ++generation;
      show(null);
      status.textContent = "Uploading " + file.name + "…";
      pending = upload(file).then(function (data) {
        if (mine === generation) show(data);
        return data;
      }, function (failure) {
        if (mine === generation) {
          show(null);
          status.classList.add("pn-failed");
          status.setAttribute("role", "alert");
          status.textContent = label + ": " + failure.message;
        }
        throw new Error(label + ": " + failure.message);
      });
      pending.catch(function () { /* reported in the status line and again on Submit */ });
      pending.then(function () { if (mine === generation) pending = null; }, function () { if (mine === generation) pending = null; });
    }

    control.addEventListener("change", function () { choose(control.files && control.files[0]); });
    zone.addEventListener("click", function (event) { if (event.target !== control) control.click(); });
    zone.addEventListener("dragover", function (event) { event.preventDefault(); zone.classList.add("pn-dragging"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("pn-dragging"); });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("pn-dragging");
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length) choose(files[0]);
    });

    function load(data) { generation++; pending = null; control.value = ""; show(data); }
    loaders[component.id] = load;

    return {
      field: field,
      read: function () { return pending || value; },
      reset: function () { generation++; pending = null; control.value = ""; show(null); },
      load: load
    };
  }

  // A labelled group that shows one file output; show() empties it and says whether value is FileData.
  function fileOutputBox(component, kindClass) {
    var id = "pn-output-" + component.id;
    var label = String((component.props || {}).label || "");
    var field = el("div", { className: "pn-field" });
    field.appendChild(el("span", { className: "pn-field-label", id: id + "-label" }, label));
    var box = el("div", { className: "pn-output " + kindClass, id: id, "data-label": label, role: "group", "aria-labelledby": id + "-label" });
    field.appendChild(box);
    return {
      field: field,
      box: box,
      label: label,
      clear: function (value) {
        box.textContent = "";
        return !!value && typeof value === "object" && typeof value.path === "string";
      }
    };
  }

  function imageOutput(component) {
    var output = fileOutputBox(component, "pn-image-output");
    var box = output.box;
    return {
      field: output.field,
      show: function (value) {
        if (!output.clear(value)) return;
        box.appendChild(el("img", { src: fileUrl(value), alt: output.label }));
        box.appendChild(el("a", { className: "pn-download", href: fileUrl(value), download: value.orig_name || "image.png" }, "Download"));
      }
    };
  }

  function fileOutput(component) {
    var output = fileOutputBox(component, "pn-file-output");
    var box = output.box;
    return {
      field: output.field,
      show: function (value) {
        if (!output.clear(value)) return;
        var name = value.orig_name || "file";
        box.appendChild(el("a", { className: "pn-download", href: fileUrl(value), download: name }, name));
        var size = sizeText(value.size);
        if (size) box.appendChild(el("span", { className: "pn-file-size" }, " " + size));
      }
    };
  }

  function jsonOutput(component) {
    var props = component.props || {};
    var id = "pn-output-" + component.id;
    var label = String(props.label || "");
    var field = el("div", { className: "pn-field" });
    field.appendChild(el("span", { className: "pn-field-label", id: id + "-label" }, label));
    var pre = el("pre", { className: "pn-output pn-json-output", id: id, "data-label": label, "aria-labelledby": id + "-label", tabindex: 0 });
    field.appendChild(pre);
    return {
      field: field,
      show: function (value) {
        pre.textContent = value === null || value === undefined ? "" : JSON.stringify(value, null, 2);
      }
    };
  }

  Pennant.renderers.image = {
    input: function (component) { return fileInput(component, true); },
    output: imageOutput
  };
  Pennant.renderers.file = {
    input: function (component) { return fileInput(component, false); },
    output: fileOutput
  };
  Pennant.renderers.json = { output: jsonOutput };
  Pennant.fileUrl = fileUrl;
  /* Fills an image or file input with a FileData the server holds (an example); false for other inputs. */
  Pennant.loadFile = function (componentId, data) {
    if (!loaders[componentId]) return false;
    loaders[componentId](data && typeof data === "object" && typeof data.path === "string" ? data : null);
    return true;
  };
})();
