import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join, relative } from 'node:path';

const PROJECT_ROOT = join(__dirname, '..');

/** The metadata key that records which handler file a function runs; the local runtime reads it back. */
export const ENTRY_METADATA_KEY = 'doc-audit:entry';

export interface PipelineFunctionProps {
  /** File name under lambdas/handlers/, without extension. */
  handler: string;
  description: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Ship the list data (data/) inside the bundle, for functions that screen at cold start. */
  withListData?: boolean;
}

/**
 * A pipeline Lambda with the project's defaults: newest Node.js runtime, local esbuild bundling (no Docker),
 * its own log group with retention, and a role that may only write to that log group. Every other
 * permission is granted explicitly by the stack.
 */
export class PipelineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    const entry = join(PROJECT_ROOT, 'lambdas', 'handlers', `${props.handler}.ts`);
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.DESTROY });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `doc-audit ${props.handler} function`,
    });
    this.role.addToPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn], // the log group's ARN already ends in :* and covers its streams
    }));

    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: 'handler',
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(60),
      role: this.role,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'doc-audit',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.CJS,
        target: 'node22',
        minify: true,
        sourceMap: true,
        // The Lambda runtime provides the SDK; pdf.js's optional native canvas is never used (text only).
        externalModules: ['@aws-sdk/*', '@napi-rs/canvas'],
        // pdf.js (ESM) reads import.meta.url; in a CommonJS bundle it is the bundle file's URL.
        define: { 'import.meta.url': '__doc_audit_import_meta_url' },
        banner: "const __doc_audit_import_meta_url = require('url').pathToFileURL(__filename).href;",
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // Functions that screen get the list data and its parse (JSON), so cold starts skip the xlsx/XML parsing.
          afterBundling: (inputDir: string, outputDir: string) =>
            props.withListData
              ? [`cp -R "${inputDir}/data" "${outputDir}/data"`, `cd "${inputDir}" && node node_modules/tsx/dist/cli.mjs scripts/write-parsed-lists.ts "${outputDir}/data"`]
              : [],
        },
      },
    });
    const cfn = this.function.node.defaultChild as lambda.CfnFunction;
    cfn.addMetadata(ENTRY_METADATA_KEY, relative(PROJECT_ROOT, entry));
  }
}
