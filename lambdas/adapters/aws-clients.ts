import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV } from '../config';

/**
 * SDK clients, one per container. Endpoints come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables,
 * which the local runtime sets to its loopback servers; on AWS they are unset and the defaults apply.
 */
let s3: S3Client | undefined;
let documents: DynamoDBDocumentClient | undefined;
let sfn: SFNClient | undefined;

export function s3Client(): S3Client {
  // Local S3-compatible servers answer on an IP address, where virtual-hosted bucket names cannot work.
  s3 ??= new S3Client({ forcePathStyle: process.env[ENV.s3ForcePathStyle] === 'true' });
  return s3;
}

export function dynamoDocumentClient(): DynamoDBDocumentClient {
  documents ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return documents;
}

export function sfnClient(): SFNClient {
  sfn ??= new SFNClient({});
  return sfn;
}
