/**
 * Round 15: what a scoring change does to the lists themselves, beyond the labelled pairs. Every name (primary and
 * alias) of every OFAC-SDN organisation is searched against an index of those organisations; a hit at or over the
 * match threshold on ANOTHER entry (another ent_num) is a cross-entity hit: sister companies, regional branches, or a
 * word the scorer reads wrongly. The labelled pairs sample such negatives; this counts all of them.
 *
 *   npx tsx bench/screen/list-cross-hits.ts --save        # keep the hits as the baseline ($TMPDIR by default)
 *   npx tsx bench/screen/list-cross-hits.ts               # count, and the hits that appeared or went since the baseline
 *
 * --baseline FILE picks the baseline file. Reads data/lists through load-lists.ts; about 10 s.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NameIndex } from '../../lambdas/domain/screening/name-matching/name-index';
import { DEFAULT_PARAMS } from '../../lambdas/domain/screening/name-matching/score-names';
import { loadSnapshot } from './load-lists';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const baselinePath = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : join(tmpdir(), 'list-cross-hits-baseline.json');
  const { entities } = await loadSnapshot();
  const organisations = entities.filter((e) => e.list === 'OFAC-SDN' && e.type !== 'individual');
  const index = new NameIndex(organisations);
  const hits: string[] = [];
  for (const entity of organisations) {
    for (const name of entity.names) {
      for (const hit of index.search({ name: name.value }, { limit: 5 })) {
        if (hit.entryId !== entity.entryId && hit.score >= DEFAULT_PARAMS.matchThreshold) hits.push(`${name.value} || ${hit.matchedName.value}`);
      }
    }
  }
  console.log(`${organisations.length} OFAC-SDN organisations; ${hits.length} cross-entity hits at ≥ ${DEFAULT_PARAMS.matchThreshold}`);
  if (args.includes('--save')) {
    writeFileSync(baselinePath, JSON.stringify(hits));
    console.log(`baseline → ${baselinePath}`);
  } else if (existsSync(baselinePath)) {
    const before = new Set(JSON.parse(readFileSync(baselinePath, 'utf-8')) as string[]);
    const now = new Set(hits);
    for (const hit of now) if (!before.has(hit)) console.log(`+ ${hit}`);
    for (const hit of before) if (!now.has(hit)) console.log(`- ${hit}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
