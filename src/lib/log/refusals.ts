/**
 * Payload logs every error a request ends with at ERROR level with its stack, refusals included (a wrong
 * password, a missing document, a malformed query), so a few minutes of scanning buried real failures under
 * tens of thousands of lines. Refusals (4xx) become one line at info (warn for 429); 5xx keep their stacks.
 *
 * Decided by the HTTP status the error carries, not by its class name: the production bundle minifies class
 * names, so Payload's name-keyed `loggingLevels` does not match there.
 */
import type { Logger } from 'pino'
import { isDatabaseDown } from '../api/databaseDown'

const ERROR = 50

type ErrorLike = { status?: unknown; message?: unknown; originalError?: ErrorLike; extensions?: { statusCode?: unknown } }

/** The 4xx status an error carries (REST errors carry it, GraphQL errors wrap the original), or null. */
export function refusalStatus(value: unknown): number | null {
  if (!value || typeof value !== 'object') return null
  const err = value as ErrorLike
  const status = Number(err.status ?? err.originalError?.status ?? err.extensions?.statusCode)
  return Number.isInteger(status) && status >= 400 && status < 500 ? status : null
}

/** The one line a refusal is logged as. */
export function refusalLine(status: number, err: unknown): string {
  const message = err && typeof err === 'object' && 'message' in err ? String((err as { message: unknown }).message) : ''
  return `[${status}] ${message.replace(/\s+/g, ' ').slice(0, 300)}`
}

/** pino `hooks.logMethod`: error-level calls about a refusal become one info/warn line. */
export function logRefusalsBriefly(this: Logger, args: unknown[], method: (...a: unknown[]) => void, level: number): void {
  if (level === ERROR && args[0] && typeof args[0] === 'object') {
    const first = args[0] as { err?: unknown }
    const err = first.err ?? first
    const status = refusalStatus(err)
    if (status !== null) {
      const line = refusalLine(status, err)
      if (status === 429) this.warn(line)
      else this.info(line)
      return
    }
    // during a database outage every request fails the same way: one line each, not a stack each
    if (isDatabaseDown(err)) {
      this.warn(refusalLine(503, err))
      return
    }
  }
  method.apply(this, args)
}
