// Calls the running sepia filter and image classifier the way a Gradio user would, with Gradio's own
// JavaScript client: handle_file uploads the picture to /gradio_api/upload, predict sends its FileData.
// Usage: node images.mjs http://127.0.0.1:PORT /path/to/warm.png   (exit code 0 when every check passes)
import assert from "node:assert/strict";
import { Client, handle_file } from "@gradio/client";

const [url, picture] = process.argv.slice(2);
assert.ok(url && picture, "usage: node images.mjs <app url> <png file>");

const client = await Client.connect(url);

const label = await client.predict("/classify", { im: handle_file(picture) });
assert.equal(label.data[0].label, "cat");
console.log("classified:", JSON.stringify(label.data[0]));

const sepia = await client.predict("/sepia", [handle_file(picture)]);
const image = sepia.data[0];
assert.equal(image.meta._type, "gradio.FileData");
assert.equal(image.mime_type, "image/png");
const download = await fetch(image.url);
assert.equal(download.status, 200);
const bytes = new Uint8Array(await download.arrayBuffer());
assert.deepEqual(Array.from(bytes.slice(1, 4)), [0x50, 0x4e, 0x47], "a PNG");
console.log("sepia image:", image.orig_name, bytes.length, "bytes");

await assert.rejects(
  client.predict("/classify", { im: handle_file(Buffer.from("not a picture")) }),
  (error) => {
    const text = String(error?.message ?? JSON.stringify(error));
    assert.match(text, /not a PNG, JPEG, GIF or BMP image/);
    console.log("text rejected:", text);
    return true;
  }
);

console.log("gradio client images: all checks passed");
