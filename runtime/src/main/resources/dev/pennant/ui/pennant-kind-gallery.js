/*
 * The renderer for gallery, an output (contract in pennant-renderers.js), built on Pennant.files.
 *
 * Output: #pn-output-{id}.pn-gallery-output, for Gradio's GalleryData (a list of {image: FileData,
 * caption}): figure.pn-gallery-preview with the selected image large, its caption and a.pn-download, then
 * ul.pn-gallery, a grid of props.columns columns of button.pn-gallery-thumb, one per image (its img alt
 * "{label}, image n of N" or the caption). A thumbnail is selected with a click, Enter or Space;
 * ArrowLeft/ArrowRight (and Home/End) move between them. The first image is selected when a result arrives.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  function imageOf(item) {
    return item && Pennant.isFileData(item.image) ? item.image : null;
  }

  function draw(box, value, label, columns) {
    var items = (Array.isArray(value) ? value : []).filter(imageOf);
    if (!items.length) return;
    var preview = el("figure", { className: "pn-gallery-preview" });
    var large = el("img", {});
    var caption = el("figcaption", {});
    var link = el("a", { className: "pn-download" }, "Download");
    preview.appendChild(large);
    preview.appendChild(caption);
    preview.appendChild(link);
    var grid = el("ul", { className: "pn-gallery", "aria-label": label + ": " + items.length + " images" });
    grid.style.setProperty("--pn-gallery-columns", String(Math.max(1, Number(columns) || 2)));
    var thumbs = [];

    function alt(i) {
      return items[i].caption ? String(items[i].caption) : label + ", image " + (i + 1) + " of " + items.length;
    }

    function select(i) {
      var image = imageOf(items[i]);
      large.src = Pennant.fileUrl(image);
      large.alt = alt(i);
      caption.textContent = items[i].caption ? String(items[i].caption) : "";
      caption.hidden = !items[i].caption;
      link.href = Pennant.fileUrl(image);
      link.download = image.orig_name || "image-" + (i + 1) + ".png";
      thumbs.forEach(function (thumb, j) { thumb.setAttribute("aria-pressed", String(i === j)); });
    }

    items.forEach(function (item, i) {
      var thumb = el("button", { type: "button", className: "pn-gallery-thumb", "aria-pressed": "false" });
      thumb.appendChild(el("img", { src: Pennant.fileUrl(imageOf(item)), alt: alt(i) }));
      thumb.addEventListener("click", function () { select(i); });
      thumb.addEventListener("keydown", function (event) {
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: items.length - 1 }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        next = Math.max(0, Math.min(items.length - 1, next));
        thumbs[next].focus();
        select(next);
      });
      thumbs.push(thumb);
      grid.appendChild(el("li")).appendChild(thumb);
    });
    box.appendChild(preview);
    box.appendChild(grid);
    select(0);
  }

  Pennant.renderers.register("gallery", {
    output: function (component) {
      var columns = (component.props || {}).columns;
      return Pennant.files.output(component, "pn-gallery-output", function (box, value, label) {
        draw(box, value, label, columns);
      });
    },
    example: function (component, value) {
      return (Array.isArray(value) ? value : []).map(imageOf).filter(Boolean).map(function (image) {
        return String(image.orig_name || "");
      }).join(", ");
    }
  });
})();
