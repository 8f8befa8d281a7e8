/*
 * The renderer for video (contract in pennant-renderers.js), built on Pennant.files.
 *
 * Input: the file input (accepting video/*), and once a file is chosen or set, video.pn-video-preview, a
 * player with controls (play, pause, seek) to watch what will be sent.
 * Output: #pn-output-{id}.pn-video-output holding video.pn-video-player (controls; props.autoplay and
 * props.loop as Gradio's; an autoplaying video starts muted, as browsers require) and a.pn-download.
 * Example cell: the file name.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  /* A player for a file; the server answers the byte ranges the browser asks for as it seeks. */
  function player(className, label, props) {
    var autoplay = !!(props && props.autoplay);
    return el("video", {
      className: className, controls: true, preload: "metadata", playsinline: true, "aria-label": label,
      autoplay: autoplay || null, muted: autoplay || null, loop: props && props.loop ? true : null
    });
  }

  function preview(zone, label) {
    var video = player("pn-video-preview", label + " (preview)");
    video.hidden = true;
    zone.appendChild(video);
    return {
      show: function (data) {
        video.hidden = !data;
        if (data) video.src = Pennant.fileUrl(data); else { video.removeAttribute("src"); video.load(); }
      }
    };
  }

  Pennant.renderers.register("video", {
    input: function (component) {
      return Pennant.files.input(component, { accept: "video/*", hint: "Drop a video here or click to upload", preview: preview });
    },
    output: function (component) {
      return Pennant.files.output(component, "pn-video-output", function (box, value, label) {
        if (!Pennant.isFileData(value)) return;
        var video = player("pn-video-player", label, component.props);
        video.src = Pennant.fileUrl(value);
        box.appendChild(video);
        box.appendChild(Pennant.files.download(value, "video.mp4"));
      });
    },
    example: Pennant.files.names
  });
})();
