/**
 * Jest's node environment runs each test file in a VM context with typed-array constructors of its own. Native
 * addons create theirs in Node's main context: onnxruntime-node (lambdas/adapters/paddle-han-reader.ts) hands back
 * a main-context Float32Array that onnxruntime-common, loaded inside the VM, refuses ("A float32 tensor's data must
 * be type of function Float32Array"). The typed arrays the tensors use are shared with the main context, as in a
 * plain `node` process.
 */
const { TestEnvironment } = require('jest-environment-node');

class SharedTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ['Float32Array', 'Float64Array', 'Int32Array', 'BigInt64Array']) this.global[name] = globalThis[name];
  }
}

module.exports = SharedTypedArraysEnvironment;
