// Calls a running Pennant calculator the way a Gradio user would, with Gradio's own JavaScript client.
// Usage: node calculator.mjs http://127.0.0.1:PORT   (exit code 0 when every check passes)
import assert from "node:assert/strict";
import { Client } from "@gradio/client";

const url = process.argv[2];
assert.ok(url, "usage: node calculator.mjs <app url>");

const client = await Client.connect(url);

// Keyword arguments are mapped through /gradio_api/info parameter names.
const sum = await client.predict("/predict", { num1: 5, operation: "add", num2: 7 });
assert.deepEqual(sum.data, [12]);
console.log("5 add 7 =", JSON.stringify(sum.data));

// Positional arguments work too.
const difference = await client.predict("/predict", [6, "subtract", 1.5]);
assert.deepEqual(difference.data, [4.5]);
console.log("6 subtract 1.5 =", JSON.stringify(difference.data));

// An InterfaceError reaches the caller as a rejected call carrying its message.
await assert.rejects(
  client.predict("/predict", { num1: 1, operation: "divide", num2: 0 }),
  (error) => {
    const text = String(error?.message ?? JSON.stringify(error));
    assert.match(text, /Cannot divide by zero!/);
    console.log("1 divide 0 rejected:", text);
    return true;
  }
);

console.log("gradio client: all checks passed");
