import type { AfterErrorHook, PayloadRequest } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/** Whether the request comes from a page of the admin panel (it sends the page as Referer). */
function fromAdmin(req: PayloadRequest | undefined): boolean {
  const referer = req?.headers?.get?.('referer')
  if (!referer) return false
  try {
    return new URL(referer).pathname.startsWith('/admin')
  } catch {
    return false
  }
}

/** The admin's toast reads "intro: a, b, c" as a list of field errors and cuts a sentence apart at its commas. */
const forAdminToast = (message: string) => message.replace(/\s*:\s*/g, ' — ')

/**
 * A public refusal (4xx) always answers with its own message. Payload formats an error by its class name, which
 * a production bundle may erase; then the person would read "An unknown error occurred." instead of the rule.
 * For the admin panel the message is also written so that its toast shows it whole.
 */
export const showRefusalMessages: AfterErrorHook = ({ error, result, req }) => {
  const { status, isPublic, data } = error as Error & { status?: number; isPublic?: boolean; data?: Record<string, unknown> | null }
  if (!result || !status || status >= 500 || isPublic === false || !error.message) return
  const errors = result.errors ?? []
  if (!errors.length) return
  const admin = fromAdmin(req)
  if (!admin && !errors.some((e) => e.message === UNKNOWN)) return
  const shown = errors.map((e) => {
    const message = e.message === UNKNOWN ? error.message : (e.message ?? error.message)
    return { ...e, ...(e.message === UNKNOWN && data ? { data } : {}), message: admin ? forAdminToast(message) : message }
  })
  return { response: { ...result, errors: shown }, status }
}
