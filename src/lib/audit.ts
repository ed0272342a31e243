import type { PayloadRequest } from 'payload'
import type { AuditAction } from './auditActions'

export interface AuditEntry {
  /** a code with a label in auditActions.ts */
  action: AuditAction
  collection: string
  docId: number | string
  before?: unknown
  after?: unknown
  reason?: string
}

/**
 * Appends to the read-only audit log inside the caller's transaction. Written straight through the database adapter:
 * the log has no hooks or rules to run, and nothing reads the row back, so Payload's create (validation, field hooks,
 * reading the new row back) would only add work to every save that is audited, submissions in a deadline rush included.
 */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const now = new Date().toISOString()
  await req.payload.db.create({
    collection: 'auditLogs',
    data: {
      action: entry.action,
      targetCollection: entry.collection,
      targetId: String(entry.docId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
      actor: (req.user?.id as number | undefined) ?? null,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}
