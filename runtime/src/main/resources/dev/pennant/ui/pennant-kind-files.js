/*
 * Renderers for the file kinds, image and file (contract in pennant-renderers.js), and the file input and
 * output the other file kinds (audio, video, gallery) build on, as Pennant.files.
 *
 * Input: a drop zone holding <input type=file id=pn-input-{id}> (named by the component label); files
 * chosen or dropped are uploaded to gradio_api/upload at once (several in one request), and the input's
 * value is then Gradio's FileData {path, orig_name, meta: {_type: "gradio.FileData"}}, or a list of them
 * for a File with props.file_count "multiple". read() is that value, null, or the upload still in progress
 * (a Promise). set(value) shows files the server already holds (an example) as if they had been uploaded.
 *   img.pn-image-preview    the preview of the chosen image (image inputs)
 *   ul.pn-file-list         the chosen files, each li naming one (several files)
 *   .pn-upload-status       "cat.png" once uploaded, or the upload's error (role=alert on error)
 * Output: #pn-output-{id}.pn-image-output (the image, then a.pn-download) or .pn-file-output
 * (a.pn-download named after the file, and its size; one li each for several files), shown from
 * gradio_api/file=<path>.
 * Example cell: a thumbnail, img.pn-example-thumb, for an image; the file names for files.
 *
 * Pennant.files.input(component, {accept, hint, multiple, preview})   a file input; preview(zone, label)
 *     returns {show(value)}, drawn inside the drop zone under the control, shown null when there is no file
 * Pennant.files.output(component, kindClass, draw)   a labelled box; draw(box, value, label) shows a value
 * Pennant.files.download(value, fallbackName)        a.pn-download for a file
 * Pennant.files.names(value)                          the files' names, for example cells
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;
  var R = Pennant.renderers;

  function upload(files) {
    var form = new FormData();
    files.forEach(function (file) { form.append("files", file, file.name); });
    return Pennant.fetchJson("gradio_api/upload", { method: "POST", body: form }, "Upload failed").then(function (json) {
      if (!Array.isArray(json) || json.length !== files.length || json.some(function (p) { return typeof p !== "string"; })) {
        throw new Error("Upload failed: the server sent no path");
      }
      return json.map(function (path, i) {
        return { path: path, orig_name: files[i].name, meta: { _type: "gradio.FileData" } };
      });
    });
  }

  function sizeText(bytes) {
    if (typeof bytes !== "number") return "";
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + " KB";
    return (bytes / 1024 / 1024).toFixed(1) + " MB";
  }

  function listOf(value) {
    if (Array.isArray(value)) return value.filter(Pennant.isFileData);
    return Pennant.isFileData(value) ? [value] : [];
  }

  function names(value) {
    return listOf(value).map(function (data) { return String(data.orig_name || ""); }).join(", ");
  }

  /* A file input: click to choose or drop files; they are uploaded at once. */
  function fileInput(component, options) {
    var names_ = R.names(component, "input");
    var label = names_.label;
    var multiple = !!options.multiple;
    var zone = el("div", { className: "pn-drop" });
    var control = R.control(names_, "input", { type: "file", accept: options.accept || null, multiple: multiple || null });
    var status = el("p", { className: "pn-upload-status", "aria-live": "polite" });
    zone.appendChild(el("p", { className: "pn-drop-hint" }, options.hint));
    zone.appendChild(control);
    var preview = options.preview ? options.preview(zone, label) : { show: function () {} };
    var field = R.labelled(names_, zone, "pn-file-field");
    field.appendChild(status);

    var value = null;
    var pending = null;
    var generation = 0;   // a newer choice (or set) wins over an upload still in flight

    function show(data) {
      value = data;
      status.classList.remove("pn-failed");
      status.removeAttribute("role");
      status.textContent = names(data);
      preview.show(data);
      zone.classList.toggle("pn-has-file", listOf(data).length > 0);
    }

    function failed(message) {
      show(null);
      status.classList.add("pn-failed");
      status.setAttribute("role", "alert");
      status.textContent = message;
    }

    function choose(files) {
      if (!files.length) return;
      if (!multiple) files = files.slice(0, 1);
      var mine = ++generation;
      show(null);
      status.textContent = "Uploading " + files.map(function (f) { return f.name; }).join(", ") + "…";
      pending = upload(files).then(function (uploaded) {
        var data = multiple ? uploaded : uploaded[0];
        if (mine === generation) { show(data); pending = null; }
        return data;
      }, function (failure) {
        var message = label + ": " + failure.message;
        if (mine === generation) { failed(message); pending = null; }
        throw new Error(message);
      });
      pending.catch(function () { /* shown in the status line, and again on Submit */ });
    }

    control.addEventListener("change", function () { choose(Array.prototype.slice.call(control.files || [])); });
    zone.addEventListener("click", function (event) {
      // a click on a player's controls plays it; anywhere else in the zone chooses a file
      if (event.target !== control && !event.target.closest("audio, video")) control.click();
    });
    zone.addEventListener("dragover", function (event) { event.preventDefault(); zone.classList.add("pn-dragging"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("pn-dragging"); });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("pn-dragging");
      var files = event.dataTransfer && event.dataTransfer.files;
      if (files && files.length) choose(Array.prototype.slice.call(files));
    });

    function set(data) {
      generation++;
      pending = null;
      control.value = "";
      if (multiple) show(Array.isArray(data) ? listOf(data) : Pennant.isFileData(data) ? [data] : null);
      else show(Pennant.isFileData(data) ? data : null);
    }

    return {
      field: field,
      read: function () { return pending || value; },
      set: set,
      reset: function () { set(names_.props.value); }
    };
  }

  /* A labelled box that shows one file output; show(null) leaves it empty. */
  function fileOutput(component, kindClass, draw) {
    var names_ = R.names(component, "output");
    var parts = R.group(names_, "div", kindClass);
    return {
      field: parts.field,
      show: function (value) {
        parts.box.textContent = "";
        if (value !== null && value !== undefined) draw(parts.box, value, names_.label);
      }
    };
  }

  function download(value, fallbackName) {
    var name = value.orig_name || fallbackName;
    return el("a", { className: "pn-download", href: Pennant.fileUrl(value), download: name }, "Download");
  }

  function imagePreview(zone, label) {
    var img = el("img", { className: "pn-image-preview", alt: label, hidden: true });
    zone.appendChild(img);
    return {
      show: function (data) {
        img.hidden = !data;
        if (data) img.src = Pennant.fileUrl(data); else img.removeAttribute("src");
      }
    };
  }

  function fileListPreview(zone) {
    var list = el("ul", { className: "pn-file-list", hidden: true });
    zone.appendChild(list);
    return {
      show: function (data) {
        list.textContent = "";
        listOf(data).forEach(function (file) { list.appendChild(el("li", null, String(file.orig_name || "file"))); });
        list.hidden = !list.firstChild;
      }
    };
  }

  function drawImage(box, value, label) {
    if (!Pennant.isFileData(value)) return;
    box.appendChild(el("img", { src: Pennant.fileUrl(value), alt: label }));
    box.appendChild(download(value, "image.png"));
  }

  function drawFile(box, value) {
    if (!Pennant.isFileData(value)) return;
    var name = value.orig_name || "file";
    box.appendChild(el("a", { className: "pn-download", href: Pennant.fileUrl(value), download: name }, name));
    var size = sizeText(value.size);
    if (size) box.appendChild(el("span", { className: "pn-file-size" }, " " + size));
  }

  function drawFiles(box, value) {
    var list = el("ul", { className: "pn-file-list" });
    listOf(value).forEach(function (file) { drawFile(list.appendChild(el("li")), file); });
    box.appendChild(list);
  }

  function fileNames(component, value) {
    return Array.isArray(value) || Pennant.isFileData(value) ? names(value) : Pennant.text(value);
  }

  function several(component) {
    return (component.props || {}).file_count === "multiple";
  }

  Pennant.files = { input: fileInput, output: fileOutput, download: download, names: fileNames, sizeText: sizeText };

  R.register("image", {
    input: function (component) {
      return fileInput(component, { accept: "image/*", hint: "Drop an image here or click to upload", preview: imagePreview });
    },
    output: function (component) { return fileOutput(component, "pn-image-output", drawImage); },
    example: function (component, value) {
      if (!Pennant.isFileData(value)) return fileNames(component, value);
      return el("img", { className: "pn-example-thumb", src: Pennant.fileUrl(value), alt: value.orig_name || "" });
    }
  });
  R.register("file", {
    input: function (component) {
      return several(component)
        ? fileInput(component, { multiple: true, hint: "Drop files here or click to upload", preview: fileListPreview })
        : fileInput(component, { hint: "Drop a file here or click to upload" });
    },
    output: function (component) {
      return several(component) ? fileOutput(component, "pn-file-output pn-files-output", drawFiles)
        : fileOutput(component, "pn-file-output", drawFile);
    },
    example: fileNames
  });
})();
