// Calls the sound, video, gallery and several-file demos the way a Gradio user would, with Gradio's own
// JavaScript client: handle_file uploads each file (a list of them for several files), predict sends FileData.
// Usage: node media.mjs http://127.0.0.1:PORT sound.wav video.mp4 photo.png a.txt b.txt   (exit code 0 when every check passes)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Client, handle_file } from "@gradio/client";

const [url, sound, video, photo, first, second] = process.argv.slice(2);
assert.ok(url && sound && video && photo && first && second, "usage: node media.mjs <app url> <wav> <mp4> <png> <text> <text>");

/** The sample rate and the 16-bit samples of a PCM WAV file. */
function wav(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (at) => new TextDecoder().decode(bytes.slice(at, at + 4));
  assert.equal(text(0), "RIFF");
  assert.equal(text(8), "WAVE");
  let rate = 0;
  for (let at = 12; at + 8 <= bytes.length; at += 8 + view.getUint32(at + 4, true)) {
    if (text(at) === "fmt ") rate = view.getUint32(at + 12, true);
    if (text(at) === "data") {
      const samples = [];
      for (let i = at + 8; i + 1 < at + 8 + view.getUint32(at + 4, true); i += 2) samples.push(view.getInt16(i, true));
      return { rate, samples };
    }
  }
  throw new Error("no data chunk");
}

async function download(file, headers = {}) {
  assert.equal(file.meta._type, "gradio.FileData");
  const response = await fetch(file.url, { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const client = await Client.connect(url);

// Audio: a WAV in, the samples reversed out.
const reversed = (await client.predict("/reverse", { audio: handle_file(sound) })).data[0];
assert.equal(reversed.mime_type, "audio/wav");
const original = wav(new Uint8Array(readFileSync(sound)));
const back = wav((await download(reversed)).bytes);
assert.equal(back.rate, original.rate);
assert.deepEqual(back.samples, original.samples.slice().reverse(), "the same samples, last first");
console.log("reversed:", reversed.orig_name, back.samples.length, "samples at", back.rate, "Hz");

await assert.rejects(client.predict("/reverse", { audio: handle_file(photo) }), (error) => {
  const text = String(error?.message ?? JSON.stringify(error));
  assert.match(text, /Invalid value for input "audio": the file is not WAV, MP3, Ogg, FLAC or M4A sound/);
  console.log("picture refused:", text);
  return true;
});

// Video: an MP4 in and out, its URL answering byte ranges as a player seeks.
const replay = (await client.predict("/replay", { video: handle_file(video) })).data[0];
assert.equal(replay.mime_type, "video/mp4");
const { response: part, bytes: partBytes } = await download(replay, { Range: "bytes=0-99" });
assert.equal(part.status, 206);
assert.equal(part.headers.get("accept-ranges"), "bytes");
assert.equal(part.headers.get("content-range"), "bytes 0-99/" + replay.size);
assert.deepEqual(Array.from(partBytes), Array.from(readFileSync(video).subarray(0, 100)));
console.log("replay:", replay.orig_name, replay.size, "bytes, range", part.headers.get("content-range"));

// Gallery: Gradio's GalleryData, a list of {image: FileData, caption}.
const gallery = (await client.predict("/filters", { photo: handle_file(photo) })).data[0];
assert.equal(gallery.length, 4);
for (const item of gallery) {
  assert.equal(item.caption, null);
  assert.equal(item.image.mime_type, "image/png");
  const { response, bytes } = await download(item.image);
  assert.equal(response.headers.get("content-type"), "image/png");
  assert.deepEqual(Array.from(bytes.slice(1, 4)), [0x50, 0x4e, 0x47]);
}
console.log("gallery:", gallery.length, "images");

// Several files: a list of FileData in, a text, a list and a zip out.
const [sizes, smallestFirst, zip] = (await client.predict("/zip", { files: [handle_file(first), handle_file(second)] })).data;
assert.match(sizes, /in all \d+ bytes$/);
assert.equal(smallestFirst.length, 2);
smallestFirst.forEach((file) => assert.equal(file.meta._type, "gradio.FileData"));
const zipped = (await download(zip)).bytes;
assert.deepEqual(Array.from(zipped.slice(0, 2)), [0x50, 0x4b], "a zip archive");
console.log("zipped:", sizes);

client.close();
console.log("gradio client media: all checks passed");
