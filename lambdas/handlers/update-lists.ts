import { dynamoDocumentClient, s3Client } from '../adapters/aws-clients';
import { DynamoDbAuditRepository } from '../adapters/dynamodb-audit-repository';
import { listVersion, loadBundledLists, readManifest } from '../adapters/list-files';
import { listSource, readListFiles } from '../adapters/list-parsers';
import { S3ListSnapshots } from '../adapters/s3-list-snapshots';
import { ENV, requireString } from '../config';
import { PartyScreener } from '../domain/screening/party-screener';
import { rescreenRecords } from '../use-cases/rescreen-records';
import { updateLists, type ParsedList, type UpdateListsResult } from '../use-cases/update-lists';
import { logger } from './logger';

/** Where each list's current files are downloaded from: LIST_SOURCES = [{ id, files: { name: url } }]. */
interface ListSource {
  id: string;
  files: Record<string, string>;
}

const bucket = requireString(process.env, ENV.bucket);
const audit = new DynamoDbAuditRepository(dynamoDocumentClient(), requireString(process.env, ENV.table));
const snapshots = new S3ListSnapshots(s3Client(), bucket);
/** LIST_SOURCES overrides the official addresses (a mirror, a proxy); by default every shipped list is fetched. */
const sources: ListSource[] = (() => {
  const configured = JSON.parse(process.env.LIST_SOURCES || '[]') as ListSource[];
  if (configured.length) return configured;
  return readManifest().flatMap(({ id }) => {
    try {
      const format = listSource(id).formats[0];
      return [{ id, files: Object.fromEntries(format.files.filter((f) => !f.optional).map((f) => [f.fileName, f.urls[0]])) }];
    } catch {
      return []; // goods lists are not downloaded: they change with the code
    }
  });
})();

async function download(source: ListSource, retrievedAt: string): Promise<ParsedList> {
  const files: Record<string, Buffer> = {};
  for (const [name, url] of Object.entries(source.files)) {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    if (!response.ok) throw new Error(`${source.id}: GET ${url} answered ${response.status}`);
    files[name] = Buffer.from(await response.arrayBuffer());
  }
  // Files without a date inside are versioned by the day they were retrieved, plus their content hash.
  const read = await readListFiles(source.id, files);
  const publishedAt = read.publishedAt ?? retrievedAt;
  return { id: source.id, publishedAt, version: listVersion(publishedAt, Object.values(files)), entities: read.entities };
}

/**
 * Scheduled daily on AWS (and run by `npx doc-audit lists update` locally): fetch the official lists,
 * publish a new snapshot when any changed, and re-screen recorded documents against what changed.
 * `{ sourceDir }` reads a folder laid out like data/ (manifest.json + files) instead of downloading.
 */
export const handler = async (event: { sourceDir?: string } = {}): Promise<UpdateListsResult> => {
  const now = () => new Date();
  const result = await updateLists({
    fetchLists: () => (event.sourceDir ? loadBundledLists(event.sourceDir) : Promise.all(sources.map((s) => download(s, now().toISOString().slice(0, 10))))),
    baseline: () => loadBundledLists(),
    snapshots,
    rescreen: (changed, listVersions) => rescreenRecords(changed, listVersions, {
      records: () => audit.scanScreened(),
      matcherFor: (entities) => new PartyScreener(entities, listVersions),
      addFindings: (record, findings, decision, versions) => audit.addFindings(record, findings, decision, versions, now().toISOString()),
      now,
    }),
    now,
  });
  logger.info('lists updated', { ...result });
  return result;
};
