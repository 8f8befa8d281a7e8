/*
 * The renderer for audio (contract in pennant-renderers.js), built on Pennant.files.
 *
 * Input: the file input (accepting audio/*), and once a file is chosen or set, audio.pn-audio-preview, a
 * player with controls (play, pause, seek) to hear what will be sent.
 * Output: #pn-output-{id}.pn-audio-output holding audio.pn-audio-player (controls; props.autoplay and
 * props.loop as Gradio's) and a.pn-download.
 * Example cell: the file name.
 */
(function () {
  "use strict";

  var Pennant = window.Pennant;
  var el = Pennant.el;

  /* A player for a file; the browser asks for byte ranges as it seeks. */
  function player(className, label, props) {
    return el("audio", {
      className: className, controls: true, preload: "metadata", "aria-label": label,
      autoplay: props && props.autoplay ? true : null, loop: props && props.loop ? true : null
    });
  }

  function preview(zone, label) {
    var audio = player("pn-audio-preview", label + " (preview)");
    audio.hidden = true;
    zone.appendChild(audio);
    return {
      show: function (data) {
        audio.hidden = !data;
        if (data) audio.src = Pennant.fileUrl(data); else { audio.removeAttribute("src"); audio.load(); }
      }
    };
  }

  Pennant.renderers.register("audio", {
    input: function (component) {
      return Pennant.files.input(component, { accept: "audio/*", hint: "Drop a sound file here or click to upload", preview: preview });
    },
    output: function (component) {
      return Pennant.files.output(component, "pn-audio-output", function (box, value, label) {
        if (!Pennant.isFileData(value)) return;
        var audio = player("pn-audio-player", label, component.props);
        audio.src = Pennant.fileUrl(value);
        box.appendChild(audio);
        box.appendChild(Pennant.files.download(value, "audio.wav"));
      });
    },
    example: Pennant.files.names
  });
})();
