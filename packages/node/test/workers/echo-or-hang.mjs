// A stand-in worker for pool tests: answers "check" jobs, hangs forever on a file named "hang",
// fills its heap on one named "oom",
// and answers "timing" with the Node flags and heap limit it runs with.
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
parentPort.on("message", (message) => {
  if (message.type === "timing") {
    const totals = { execArgv: process.execArgv.join(" "), heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576) };
    return parentPort.postMessage({ type: "timing", task: message.task, totals });
  }
  if (message.type === "prepare") return parentPort.postMessage({ type: "prepared", task: message.task });
  if (message.file?.shown === "hang") for (;;);
  if (message.file?.shown === "oom") {
    const held = [];
    for (;;) held.push(new Array(100_000).fill(held.length));
  }
  parentPort.postMessage({ type: "checked", task: message.task, check: { result: { path: message.file.shown, findings: [], errors: [] } } });
});
