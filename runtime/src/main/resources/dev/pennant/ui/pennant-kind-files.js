/*
 * Renderers for the file kinds, image and file (contract in pennant-renderers.js).
 *
 * Input: a drop zone holding <input type=file id=pn-input-{id}> (named by the component label); a file
 * chosen or dropped is uploaded to gradio_api/upload at once, and the input's value is then Gradio's
 * FileData {path, orig_name, meta: {_type: "gradio.FileData"}}. read() is that FileData, null, or the
 * upload still in progress (a Promise). set(fileData) shows a file the server already holds (an example)
 * as if it had been uploaded.
 *   img.pn-image-preview    the preview of the chosen image (image inputs)
 *   .pn-upload-status       "cat.png" once uploaded, or the upload's error (role=alert on error)
 * Output: #pn-output-{id}.pn-image-output (the image, then a.pn-download) or .pn-file-output
 * (a.pn-download named after the file, and its size), shown from gradio_api/file=<path>.
 * Example cell: a thumbnail, img.pn-example-thumb, for an image; the file name for a file.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;
  var R = Pennant.renderers;

  function upload(file) {
    var form = new FormData();
    form.append("files", file, file.name);
    return Pennant.fetchJson("gradio_api/upload", { method: "POST", body: form }, "Upload failed").then(function (json) {
      if (!Array.isArray(json) || typeof json[0] !== "string") throw new Error("Upload failed: the server sent no path");
      return { path: json[0], orig_name: file.name, meta: { _type: "gradio.FileData" } };
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
    var names = R.names(component, "input");
    var label = names.label;
    var zone = el("div", { className: "pn-drop" });
    var control = R.control(names, "input", { type: "file", accept: isImage ? "image/*" : null });
    var preview = el("img", { className: "pn-image-preview", alt: label, hidden: true });
    var status = el("p", { className: "pn-upload-status", "aria-live": "polite" });
    zone.appendChild(el("p", { className: "pn-drop-hint" }, isImage ? "Drop an image here or click to upload" : "Drop a file here or click to upload"));
    zone.appendChild(control);
    if (isImage) zone.appendChild(preview);
    var field = R.labelled(names, zone, "pn-file-field");
    field.appendChild(status);

    var value = null;
    var pending = null;
    var generation = 0;   // a newer choice (or set) wins over an upload still in flight

    function show(data) {
      value = data;
      status.classList.remove("pn-failed");
      status.removeAttribute("role");
      status.textContent = data ? data.orig_name || "" : "";
      if (isImage) {
        preview.hidden = !data;
        if (data) preview.src = Pennant.fileUrl(data); else preview.removeAttribute("src");
      }
      zone.classList.toggle("pn-has-file", !!data);
    }

    function failed(message) {
      show(null);
      status.classList.add("pn-failed");
      status.setAttribute("role", "alert");
      status.textContent = message;
    }

    function choose(file) {
      if (!file) return;
      var mine = ++generation;
      show(null);
      status.textContent = "Uploading " + file.name + "…";
      pending = upload(file).then(function (data) {
        if (mine === generation) { show(data); pending = null; }
        return data;
      }, function (failure) {
        var message = label + ": " + failure.message;
        if (mine === generation) { failed(message); pending = null; }
        throw new Error(message);
      });
      pending.catch(function () { /* shown in the status line, and again on Submit */ });
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

    function set(data) {
      generation++;
      pending = null;
      control.value = "";
      show(Pennant.isFileData(data) ? data : null);
    }

    return {
      field: field,
      read: function () { return pending || value; },
      set: set,
      reset: function () { set(names.props.value); }
    };
  }

  /* A labelled box that shows one file output; show(null) leaves it empty. */
  function fileOutput(component, kindClass, draw) {
    var names = R.names(component, "output");
    var parts = R.group(names, "div", kindClass);
    return {
      field: parts.field,
      show: function (value) {
        parts.box.textContent = "";
        if (Pennant.isFileData(value)) draw(parts.box, value, names.label);
      }
    };
  }

  function drawImage(box, value, label) {
    box.appendChild(el("img", { src: Pennant.fileUrl(value), alt: label }));
    box.appendChild(el("a", { className: "pn-download", href: Pennant.fileUrl(value), download: value.orig_name || "image.png" }, "Download"));
  }

  function drawFile(box, value) {
    var name = value.orig_name || "file";
    box.appendChild(el("a", { className: "pn-download", href: Pennant.fileUrl(value), download: name }, name));
    var size = sizeText(value.size);
    if (size) box.appendChild(el("span", { className: "pn-file-size" }, " " + size));
  }

  function fileName(component, value) {
    return Pennant.isFileData(value) ? String(value.orig_name || "") : Pennant.text(value);
  }

  R.register("image", {
    input: function (component) { return fileInput(component, true); },
    output: function (component) { return fileOutput(component, "pn-image-output", drawImage); },
    example: function (component, value) {
      if (!Pennant.isFileData(value)) return fileName(component, value);
      return el("img", { className: "pn-example-thumb", src: Pennant.fileUrl(value), alt: value.orig_name || "" });
    }
  });
  R.register("file", {
    input: function (component) { return fileInput(component, false); },
    output: function (component) { return fileOutput(component, "pn-file-output", drawFile); },
    example: fileName
  });
})();
