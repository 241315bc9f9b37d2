// Build step for Lambda bundles: parse the shipped lists once, so functions load JSON at cold start.
import { writeParsedLists } from '../lambdas/adapters/list-files';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: tsx scripts/write-parsed-lists.ts <data dir>');
writeParsedLists(dataDir).then(() => console.log(`parsed lists written to ${dataDir}`));
