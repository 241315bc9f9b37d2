import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord, Finding } from '../domain/audit-record';

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

  /** Every screened record of every tenant (retroactive screening reads them all, page by page). */
  async *scanScreened(): AsyncIterable<AuditRecord> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(new ScanCommand({
        TableName: this.tableName,
        FilterExpression: 'begins_with(sk, :doc) AND #status = :screened',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':doc': 'DOC#', ':screened': 'screened' },
        ExclusiveStartKey: startKey,
      }));
      for (const item of page.Items ?? []) yield stripKeys(item);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  /** Appends retroactive findings; existing findings are never rewritten, and only screened records change. */
  async addFindings(record: AuditRecord, findings: Finding[], decision: Pick<AuditRecord, 'decision' | 'decisionReasons'>, listVersions: Record<string, string>, now: string): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: this.key(record.tenant, record.documentId),
      UpdateExpression: 'SET findings = list_append(findings, :new), decision = :decision, decisionReasons = :reasons, listVersions = :versions, rescreenedAt = :now, updatedAt = :now',
      ConditionExpression: '#status = :screened',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':new': findings, ':decision': decision.decision, ':reasons': decision.decisionReasons, ':versions': listVersions, ':now': now, ':screened': 'screened',
      },
    }));
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

export interface RescreenWrites {
  scanScreened(): AsyncIterable<AuditRecord>;
  addFindings(record: AuditRecord, findings: Finding[], decision: Pick<AuditRecord, 'decision' | 'decisionReasons'>, listVersions: Record<string, string>, now: string): Promise<void>;
}

function stripKeys(item: Record<string, unknown>): AuditRecord {
  const { pk: _pk, sk: _sk, ...record } = item;
  return record as unknown as AuditRecord;
}
