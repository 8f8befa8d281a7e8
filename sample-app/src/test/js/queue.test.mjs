// Gradio's own JavaScript client drives a running Pennant calculator through the queue (sse_v3).
// Run by JUnit (GradioQueueClientTest): PENNANT_URL=http://127.0.0.1:PORT node --test queue.test.mjs
import assert from "node:assert/strict";
import { test } from "node:test";
import { Client } from "@gradio/client";

const url = process.env.PENNANT_URL;
assert.ok(url, "set PENNANT_URL to the app's address");

test("the calculator answers through the queue, with queue status events", async () => {
  const client = await Client.connect(url, { events: ["data", "status"] });
  assert.equal(client.config.dependencies[0].queue, true, "the app asks clients to use the queue");
  const statuses = [];
  let data = null;
  for await (const event of client.submit("/predict", { num1: 5, operation: "add", num2: 7 })) {
    if (event.type === "status") statuses.push(event);
    if (event.type === "data") data = event.data;
    if (event.type === "status" && (event.stage === "complete" || event.stage === "error")) break;
  }
  assert.deepEqual(data, [12]);
  assert.ok(statuses.every((s) => s.queue === true), "every status came from the queue");
  assert.ok(statuses.some((s) => s.stage === "complete"), JSON.stringify(statuses));
  client.close();
});

test("an InterfaceError rejects the call with its message", async () => {
  const client = await Client.connect(url);
  await assert.rejects(client.predict("/predict", { num1: 1, operation: "divide", num2: 0 }), (error) => {
    assert.match(String(error.message), /Cannot divide by zero!/);
    return true;
  });
  // The client (and the server) still work after an error.
  const result = await client.predict("/predict", [6, "subtract", 1.5]);
  assert.deepEqual(result.data, [4.5]);
  client.close();
});

test("a value the calculator cannot take rejects the call naming the input", async () => {
  const client = await Client.connect(url);
  await assert.rejects(client.predict("/predict", { num1: 1, operation: "modulo", num2: 2 }), (error) => {
    assert.match(String(error.message), /operation/);
    return true;
  });
  client.close();
});

test("two concurrent predictions on one client both get their own answer", async () => {
  const client = await Client.connect(url);
  const [sum, product] = await Promise.all([
    client.predict("/predict", { num1: 2, operation: "add", num2: 3 }),
    client.predict("/predict", { num1: 4, operation: "multiply", num2: 5 }),
  ]);
  assert.deepEqual(sum.data, [5]);
  assert.deepEqual(product.data, [20]);
  client.close();
});

test("two clients predicting at once both get their own answer", async () => {
  const [a, b] = await Promise.all([Client.connect(url), Client.connect(url)]);
  const [x, y] = await Promise.all([
    a.predict("/predict", [10, "subtract", 4]),
    b.predict("/predict", [9, "divide", 3]),
  ]);
  assert.deepEqual(x.data, [6]);
  assert.deepEqual(y.data, [3]);
  a.close();
  b.close();
});
