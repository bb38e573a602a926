// A stand-in worker for pool tests: answers "check" jobs, hangs forever on a file named "hang".
import { parentPort } from "node:worker_threads";
parentPort.on("message", (message) => {
  if (message.type === "prepare") return parentPort.postMessage({ type: "prepared", task: message.task });
  if (message.file?.shown === "hang") for (;;);
  parentPort.postMessage({ type: "checked", task: message.task, check: { result: { path: message.file.shown, findings: [], errors: [] } } });
});
