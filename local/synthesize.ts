import { App } from 'aws-cdk-lib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDocAuditStacks } from '../lib/doc-audit-app';

export type CfnTemplate = {
  Resources: Record<string, { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, any> }>;
  Outputs?: Record<string, { Value: unknown; Export?: { Name: unknown } }>;
};

const PROJECT_ROOT = join(__dirname, '..');

/**
 * Synthesises the CDK app exactly as `npx cdk synth` does (same context from cdk.json), except that Lambda
 * bundling is skipped: locally the handlers run from source. Returns each stack's template by stack name.
 */
export function synthesizeTemplates(): Record<string, CfnTemplate> {
  const outdir = mkdtempSync(join(tmpdir(), 'doc-audit-synth-'));
  try {
    return synthesize(outdir, false);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Synthesises with bundling, as `npx cdk synth` does, into `outdir` (inside the project, so that the
 * bundles resolve the AWS SDK from node_modules as the Lambda runtime provides it). The local runtime can
 * then run the very artefacts that would be deployed.
 */
export function synthesizeBundled(outdir = join(PROJECT_ROOT, 'cdk.out.local')): { templates: Record<string, CfnTemplate>; outdir: string } {
  rmSync(outdir, { recursive: true, force: true });
  return { templates: synthesize(outdir, true), outdir };
}

function synthesize(outdir: string, bundled: boolean): Record<string, CfnTemplate> {
  const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf-8')) as { context?: Record<string, unknown> };
  const context = { ...cdkJson.context, 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true, ...(bundled ? {} : { 'aws:cdk:bundling-stacks': [] }) };
  const app = new App({ outdir, context });
  const { stateful, pipeline } = addDocAuditStacks(app);
  const assembly = app.synth();
  return Object.fromEntries([stateful, pipeline].map((s) => [s.stackName, assembly.getStackByName(s.stackName).template as CfnTemplate]));
}
