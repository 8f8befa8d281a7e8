// Calls the running sepia filter and image classifier the way a Gradio user would, with Gradio's own
// JavaScript client: handle_file uploads the picture to /gradio_api/upload, predict sends its FileData.
// Usage: node images.mjs http://127.0.0.1:PORT /path/to/warm.png WIDTH HEIGHT   (exit code 0 when every check passes)
import assert from "node:assert/strict";
import { Client, handle_file } from "@gradio/client";

const [url, picture, width, height] = process.argv.slice(2);
assert.ok(url && picture && width && height, "usage: node images.mjs <app url> <png file> <width> <height>");

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  assert.deepEqual(Array.from(bytes.slice(0, 8)), PNG_SIGNATURE, "the PNG signature");
  assert.equal(new TextDecoder().decode(bytes.slice(12, 16)), "IHDR", "a PNG starts with its header chunk");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

const client = await Client.connect(url, { events: ["data", "status"] });

// The classifier through the queue (sse_v3): handle_file uploads, queue/join sends the FileData.
const statuses = [];
let label = null;
for await (const event of client.submit("/classify", { im: handle_file(picture) })) {
  if (event.type === "status") statuses.push(event);
  if (event.type === "data") label = event.data[0];
  if (event.type === "status" && (event.stage === "complete" || event.stage === "error")) break;
}
assert.ok(statuses.length > 0 && statuses.every((s) => s.queue === true), "every status came from the queue: " + JSON.stringify(statuses));
assert.ok(statuses.some((s) => s.stage === "complete"), JSON.stringify(statuses));
assert.equal(label.label, "cat");
console.log("classified:", JSON.stringify(label));

const sepia = await client.predict("/sepia", [handle_file(picture)]);
const image = sepia.data[0];
assert.equal(image.meta._type, "gradio.FileData");
assert.equal(image.mime_type, "image/png");
const download = await fetch(image.url);
assert.equal(download.status, 200);
assert.equal(download.headers.get("content-type"), "image/png");
const bytes = new Uint8Array(await download.arrayBuffer());
assert.equal(bytes.length, image.size, "the download is the file the FileData describes");
assert.deepEqual(pngSize(bytes), [Number(width), Number(height)], "the filtered image has the picture's size");
console.log("sepia image:", image.orig_name, bytes.length, "bytes", width + "x" + height);

// An example of the sepia filter is FileData the server already holds: the client sends it as is.
const example = client.config.pennant.interfaces.find((page) => page.api_name === "sepia").examples[0][0];
const fromExample = await client.predict("/sepia", [example]);
const exampleBytes = new Uint8Array(await (await fetch(fromExample.data[0].url)).arrayBuffer());
assert.deepEqual(pngSize(exampleBytes), [96, 64], "the committed example picture, filtered");
console.log("sepia example:", example.orig_name);

await assert.rejects(
  client.predict("/classify", { im: handle_file(Buffer.from("not a picture")) }),
  (error) => {
    const text = String(error?.message ?? JSON.stringify(error));
    assert.match(text, /not a PNG, JPEG, GIF or BMP image/);
    console.log("text rejected:", text);
    return true;
  }
);

client.close();
console.log("gradio client images: all checks passed");
