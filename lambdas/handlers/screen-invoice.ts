import { s3Client } from '../adapters/aws-clients';
import { loadScreeners } from '../adapters/list-files';
import { S3ListSnapshots } from '../adapters/s3-list-snapshots';
import { S3ObjectStore } from '../adapters/s3-object-store';
import { ENV, requireString } from '../config';
import type { Screeners } from '../domain/screening/screen-invoice';
import type { PipelineState } from '../use-cases/pipeline-state';
import { screenStage } from '../use-cases/pipeline-stages';

const objects = new S3ObjectStore(s3Client());
const snapshots = new S3ListSnapshots(s3Client(), requireString(process.env, ENV.bucket));
let loaded: { tag?: string; screeners: Promise<Screeners> } | undefined;

/**
 * The list index is built at cold start — from the latest published list snapshot when there is one, else
 * from the lists bundled with the code — and rebuilt as soon as a newer snapshot is published. The pointer
 * is checked on every document (one HEAD request): a document screened after a publication must never use
 * the old lists, or retroactive screening, which ran at publication, would never revisit it.
 */
async function currentScreeners(): Promise<Screeners> {
  const tag = await snapshots.currentTag();
  if (!loaded || tag !== loaded.tag) {
    const screeners = (async () => loadScreeners({ snapshot: tag ? await snapshots.current() : undefined }))();
    loaded = { tag, screeners };
    screeners.catch(() => (loaded = undefined));
  }
  return loaded.screeners;
}

export const handler = async (state: PipelineState): Promise<PipelineState> =>
  screenStage(state, { objects, screeners: await currentScreeners() });
