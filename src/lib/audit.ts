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

/** Appends to the read-only audit log inside the caller's transaction. */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'auditLogs',
    data: {
      action: entry.action,
      targetCollection: entry.collection,
      targetId: String(entry.docId),
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      reason: entry.reason,
      actor: req.user?.id as number | undefined,
    },
    overrideAccess: true,
    // nothing reads the created row back: no need to populate its actor
    depth: 0,
    req,
  })
}
