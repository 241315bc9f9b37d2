import { App } from 'aws-cdk-lib';
import { addDocAuditStacks } from '../lib/doc-audit-app';

const app = new App();
addDocAuditStacks(app, {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: 'doc-audit: export-control and sanctions document audit',
});
