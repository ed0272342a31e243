import type { PayloadRequest, RequestContext } from 'payload'

/**
 * The one "trusted write" flag. A write carries it when the server's own code makes it on purpose: the seed
 * loading historic records, the judging use cases' own writes (an organizer's unlock, the assignment sync), and
 * for entries any create or update run with overrideAccess. Hooks that enforce the rules meant for people
 * (a locked score sheet, a closed round, the exemplar and commendation ladders, the entry author rules) let such
 * writes through. It lives on the request context, which Payload hands to every hook of the operation.
 */
const TRUSTED = 'trustedWrite'

/** The context for a trusted write: `payload.update({ …, context: asTrusted(context) })`. */
export const asTrusted = (context: RequestContext = {}): RequestContext => ({ ...context, [TRUSTED]: true })

/** Whether the write running on this request is trusted (hooks: pass `req`; its context is the hook's `context`). */
export const trusted = (req: { context?: RequestContext | null } | null | undefined): boolean => req?.context?.[TRUSTED] === true

/** Sets or clears the flag for the operation about to run on `req` (entries decide it from overrideAccess). */
export const markTrusted = (req: PayloadRequest, value: boolean) => {
  req.context[TRUSTED] = value
}
