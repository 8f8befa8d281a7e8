// @gradio/client receives the progress a Pennant method reports (the sample's slow_count demo).
// Run by JUnit (GradioQueueClientTest): PENNANT_URL=http://127.0.0.1:PORT node --test progress.test.mjs
import assert from "node:assert/strict";
import { test } from "node:test";
import { Client } from "@gradio/client";

const url = process.env.PENNANT_URL;
assert.ok(url, "set PENNANT_URL to the app's address");

test("counting to ten reports progress before the result", async () => {
  const client = await Client.connect(url, { events: ["data", "status"] });
  const progress = [];
  let data = null;
  for await (const event of client.submit("/slow_count", { steps: 10 })) {
    if (event.type === "status" && event.progress_data) progress.push(event.progress_data[0]);
    if (event.type === "data") data = event.data;
    if (event.type === "status" && (event.stage === "complete" || event.stage === "error")) break;
  }
  assert.deepEqual(data, ["Counted to 10"]);
  assert.ok(progress.length >= 2, "several progress updates: " + JSON.stringify(progress));
  assert.ok(progress.every((p) => p.desc === "Counting" && p.progress > 0 && p.progress <= 1), JSON.stringify(progress));
  assert.equal(progress[progress.length - 1].progress, 1, "the final update arrives");
  client.close();
});

test("a slow prediction and a quick one on another client both finish", async () => {
  const [a, b] = await Promise.all([Client.connect(url), Client.connect(url)]);
  const [slow, quick] = await Promise.all([
    a.predict("/slow_count", { steps: 4 }),
    b.predict("/slow_count", { steps: 1 }),
  ]);
  assert.deepEqual(slow.data, ["Counted to 4"]);
  assert.deepEqual(quick.data, ["Counted to 1"]);
  a.close();
  b.close();
});
