import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * A public refusal (4xx) always answers with its own message. Payload formats an error by its class name, which
 * a production bundle may erase; then the person would read "An unknown error occurred." instead of the rule.
 */
export const showRefusalMessages: AfterErrorHook = ({ error, result }) => {
  const { status, isPublic } = error as Error & { status?: number; isPublic?: boolean }
  if (!result || !status || status >= 500 || isPublic === false || !error.message) return
  const errors = result.errors ?? []
  if (!errors.length || !errors.some((e) => e.message === UNKNOWN)) return
  return { response: { ...result, errors: errors.map((e) => (e.message === UNKNOWN ? { ...e, message: error.message } : e)) } }
}
