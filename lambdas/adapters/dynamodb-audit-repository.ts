import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../domain/audit-record';

/**
 * Audit records in one DynamoDB table: partition per tenant (isolation by key), one item per document.
 * Every write is conditional, so retries and duplicate deliveries can never turn a terminal record back.
 */
export class DynamoDbAuditRepository {
  constructor(private readonly db: DynamoDBDocumentClient, private readonly tableName: string) {}

  private key(tenant: string, documentId: string) {
    return { pk: `TENANT#${tenant}`, sk: `DOC#${documentId}` };
  }

  /** Creates the `received` record; when one exists already, returns it instead. */
  async claim(record: AuditRecord): Promise<{ claimed: true } | { claimed: false; existing: AuditRecord }> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.tableName,
        Item: { ...this.key(record.tenant, record.documentId), ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      }));
      return { claimed: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(record.tenant, record.documentId);
      if (!existing) throw error;
      return { claimed: false, existing };
    }
  }

  async get(tenant: string, documentId: string): Promise<AuditRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: this.key(tenant, documentId), ConsistentRead: true }));
    return result.Item ? stripKeys(result.Item) : undefined;
  }

  /**
   * Writes the terminal record. Allowed over a `received` record or the same terminal status (a retried
   * stage writing the same outcome); a screened record is never overwritten by a failure, nor the reverse.
   * Returns false when the condition refused the write.
   */
  async writeTerminal(record: AuditRecord): Promise<boolean> {
    try {
      await this.db.send(new PutCommand({
        TableName: this.tableName,
        Item: { ...this.key(record.tenant, record.documentId), ...record },
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :received OR #status = :same',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':received': 'received', ':same': record.status },
      }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async listByTenant(tenant: string): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :doc)',
        ExpressionAttributeValues: { ':pk': `TENANT#${tenant}`, ':doc': 'DOC#' },
        ExclusiveStartKey: startKey,
      }));
      records.push(...(page.Items ?? []).map(stripKeys));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return records;
  }
}

function stripKeys(item: Record<string, unknown>): AuditRecord {
  const { pk: _pk, sk: _sk, ...record } = item;
  return record as unknown as AuditRecord;
}
