// One "warm container" of a local Lambda function: a worker thread with its own environment and memory
// limit that loads the handler module once and serves invocations, as a Lambda execution environment does.
// Plain JavaScript on purpose: it must start without any TypeScript transform, then registers tsx itself.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');

if (workerData.entry.endsWith('.ts')) require('tsx/cjs');
const handlerModule = require(workerData.entry);
const handler = handlerModule[workerData.handlerExport];
if (typeof handler !== 'function') throw new Error(`${workerData.entry} does not export ${workerData.handlerExport}`);

parentPort.on('message', async ({ id, event, deadline, context }) => {
  const lambdaContext = {
    ...context,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
  try {
    const result = await handler(event, lambdaContext);
    parentPort.postMessage({ id, ok: true, result: JSON.stringify(result ?? null) });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      errorType: error instanceof Error ? error.name : 'Error',
      errorMessage: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage({ ready: true });
