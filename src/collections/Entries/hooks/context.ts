import type { PayloadRequest } from 'payload'

/** Set by beforeOperation: whether the current create/update skips access (trusted server code, seed, fixtures). */
const TRUSTED = 'entryOperationTrusted'

export const markTrusted = (req: PayloadRequest, trusted: boolean) => {
  req.context[TRUSTED] = trusted
}

export const isTrusted = (req: PayloadRequest): boolean => req.context[TRUSTED] === true
