#!/usr/bin/env node
// `npx doc-audit …`: runs the TypeScript CLI through tsx (no build step).
require('tsx/cjs');
require('../local/cli.ts');
