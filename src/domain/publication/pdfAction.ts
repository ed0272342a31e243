export interface StoredPublication {
  status?: 'queued' | 'building' | 'ready' | 'failed' | null
  /** hash of the inputs the ready file was built from */
  hash?: string | null
  /** hash of the inputs the queued or running build works on */
  targetHash?: string | null
  hasFile?: boolean
  updatedAt?: string | null
}

/** A build that has not reported for this long is taken as dead and queued again. */
export const STALE_BUILD_MS = 30 * 60 * 1000

export type PdfAction = 'serve' | 'wait' | 'queue' | 'showFailure'

/**
 * What to do with the year's PDF given the current inputs' hash: serve the ready file when it was built from exactly
 * these inputs; wait while a build for these inputs is under way; show the failure of a build for these inputs until
 * staff ask again (`force`), rather than retrying on every visit; otherwise queue a rebuild.
 */
export function pdfAction(stored: StoredPublication | null | undefined, hash: string, now: Date, force = false): PdfAction {
  if (stored?.status === 'ready' && stored.hash === hash && stored.hasFile) return 'serve'
  const sameTarget = stored?.targetHash === hash
  if (sameTarget && (stored?.status === 'queued' || stored?.status === 'building')) {
    const age = stored.updatedAt ? now.getTime() - Date.parse(stored.updatedAt) : 0
    if (age < STALE_BUILD_MS) return 'wait'
  }
  if (sameTarget && stored?.status === 'failed' && !force) return 'showFailure'
  return 'queue'
}
