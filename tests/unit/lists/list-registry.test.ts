import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_IDS, LIST_REGISTRY, type ListFiles, listSource } from '../../../lambdas/domain/lists/list-registry';
import type { ListedEntity } from '../../../lambdas/domain/lists/listed-entity';
import { fixture } from './list-files';

interface ManifestList {
  id: string;
  publishedAt: string;
  files: string[];
}

const dataDir = join(__dirname, '..', '..', '..', 'data');
const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf-8')) as { lists: ManifestList[] };
// The manifest also lists goods data (CHPL…); the sanctions lists are those the registry knows.
const shipped = manifest.lists.filter((l) => (LIST_IDS as string[]).includes(l.id));

/** The shipped files of a list, by the roles its registry entry names. */
function shippedFiles(list: ManifestList): ListFiles {
  const [format] = listSource(list.id).formats;
  return Object.fromEntries(format.files.map((f, i) => [f.role, readFileSync(join(dataDir, list.files[i]))]));
}

describe('list registry', () => {
  test('describes the seven lists, each with publisher, official page and https download addresses', () => {
    expect(LIST_IDS).toEqual(['OFAC-SDN', 'OFAC-CONS', 'UN-SC', 'UK-OFSI', 'UK-FCDO', 'EU-FSF', 'BIS-DPL']);
    for (const source of Object.values(LIST_REGISTRY)) {
      expect(source.publisher).not.toBe('');
      expect(source.page).toMatch(/^https:\/\//);
      expect(source.formats.length).toBeGreaterThan(0);
      expect(source.formats.flatMap((f) => f.files.flatMap((file) => file.urls)).every((url) => url.startsWith('https://'))).toBe(true);
    }
    expect(() => listSource('OFAC-XYZ')).toThrow('unknown list OFAC-XYZ');
  });

  test('the manifest ships each registered list in its first format, files in the registry’s order and names', () => {
    for (const list of shipped) {
      // Prepare
      const source = listSource(list.id);

      // Act
      const expected = source.formats[0].files.map((f) => `lists/${source.folder}/${f.fileName}`);

      // Assess
      expect(list.files).toEqual(expected);
    }
    expect(shipped.map((l) => l.id)).toEqual(['OFAC-SDN', 'OFAC-CONS', 'UN-SC', 'UK-OFSI', 'BIS-DPL']);
  });

  test('a missing file is named in the error', async () => {
    await expect(listSource('UN-SC').formats[0].parse({})).rejects.toThrow('list file "xml" is missing');
  });

  test('parses every shipped snapshot within seconds; dates read from the content agree with the manifest', async () => {
    // Prepare
    const files = shipped.map((list) => ({ list, files: shippedFiles(list) }));
    const started = Date.now();

    // Act
    const parsed = await Promise.all(files.map(async ({ list, files: f }) => ({ list, entities: await listSource(list.id).formats[0].parse(f) })));
    const elapsed = Date.now() - started;
    const dates = await Promise.all(files.map(({ list, files: f }) => listSource(list.id).formats[0].publishedAt(f)));

    // Assess
    const count = (id: string) => parsed.find((p) => p.list.id === id)!.entities.length;
    expect(['OFAC-SDN', 'OFAC-CONS', 'UN-SC', 'UK-OFSI', 'BIS-DPL'].map(count)).toEqual([14965, 442, 1003, 4688, 579]);
    expect(dates).toEqual([undefined, undefined, '2026-02-27', '2025-04-14', undefined]);
    expect(elapsed).toBeLessThan(30_000);
    const all: ListedEntity[] = parsed.flatMap((p) => p.entities);
    expect(new Set(all.map((e) => e.entryId)).size).toBe(all.length);
    expect(all.every((e) => e.names.length > 0 && e.names[0].strength === 'primary')).toBe(true);
  }, 120_000);

  test('the formats without a shipped snapshot parse through the registry too (fixtures)', async () => {
    // Act
    const [sdnXml, sdnAdvanced] = [1, 2].map((i) => LIST_REGISTRY['OFAC-SDN'].formats[i]);
    const results = await Promise.all([
      sdnXml.parse({ xml: fixture('ofac-sdn.xml') }),
      sdnAdvanced.parse({ xml: fixture('ofac-sdn-advanced.xml') }),
      LIST_REGISTRY['EU-FSF'].formats[0].parse({ xml: fixture('eu-fsf.xml') }),
      LIST_REGISTRY['UK-FCDO'].formats[0].parse({ xml: fixture('uk-fcdo.xml') }),
    ]);
    const dates = await Promise.all([
      sdnXml.publishedAt({ xml: fixture('ofac-sdn.xml') }),
      sdnAdvanced.publishedAt({ xml: fixture('ofac-sdn-advanced.xml') }),
      LIST_REGISTRY['EU-FSF'].formats[0].publishedAt({ xml: fixture('eu-fsf.xml') }),
      LIST_REGISTRY['UK-FCDO'].formats[0].publishedAt({ xml: fixture('uk-fcdo.xml') }),
    ]);

    // Assess
    expect(results.map((r) => r.length)).toEqual([4, 3, 3, 4]);
    expect(dates).toEqual(['2024-05-03', '2024-05-03', '2026-02-27', '2026-02-26']);
  });
});
