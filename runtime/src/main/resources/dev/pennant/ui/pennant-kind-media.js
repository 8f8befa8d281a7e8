/*
 * The renderers for audio and video (contract in pennant-renderers.js), built on Pennant.files.
 *
 * Input: the file input (accepting audio/* or video/*), and once a file is chosen or set,
 * audio.pn-audio-preview or video.pn-video-preview, a player with controls (play, pause, seek) to check
 * what will be sent.
 * Output: #pn-output-{id}.pn-audio-output holding audio.pn-audio-player, or .pn-video-output holding
 * video.pn-video-player, with controls (props.autoplay and props.loop as Gradio's; an autoplaying video
 * starts muted, as browsers require), then a.pn-download.
 * Example cell: the file name.
 * The players ask the server for byte ranges as they seek; gradio_api/file= answers them.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  function player(tag, className, label, props) {
    var autoplay = !!(props && props.autoplay);
    return el(tag, {
      className: className, controls: true, preload: "metadata", "aria-label": label,
      playsinline: tag === "video" || null, autoplay: autoplay || null, muted: (tag === "video" && autoplay) || null,
      loop: props && props.loop ? true : null
    });
  }

  /* kind: "audio" or "video"; hint: what the drop zone says. */
  function register(kind, hint, fallbackName) {
    function preview(zone, label) {
      var media = player(kind, "pn-" + kind + "-preview", label + " (preview)");
      media.hidden = true;
      zone.appendChild(media);
      return {
        show: function (data) {
          media.hidden = !data;
          if (data) media.src = Pennant.fileUrl(data); else { media.removeAttribute("src"); media.load(); }
        }
      };
    }

    Pennant.renderers.register(kind, {
      input: function (component) {
        return Pennant.files.input(component, { accept: kind + "/*", hint: hint, preview: preview });
      },
      output: function (component) {
        return Pennant.files.output(component, "pn-" + kind + "-output", function (box, value, label) {
          if (!Pennant.isFileData(value)) return;
          var media = player(kind, "pn-" + kind + "-player", label, component.props);
          media.src = Pennant.fileUrl(value);
          box.appendChild(media);
          box.appendChild(Pennant.files.download(value, fallbackName));
        });
      },
      example: Pennant.files.names
    });
  }

  register("audio", "Drop a sound file here or click to upload", "audio.wav");
  register("video", "Drop a video here or click to upload", "video.mp4");
})();
