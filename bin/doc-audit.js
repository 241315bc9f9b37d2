#!/usr/bin/env node
// `npx doc-audit …` (and npm start / npm run demo): runs the TypeScript CLI through tsx, no build step.
// Node 20 is supported until the SDK's January 2027 cut-off; the SDK's notice about it is not news to users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
require('tsx/cjs');
require('../local/cli.ts');
