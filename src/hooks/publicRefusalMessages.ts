import type { AfterErrorHook } from 'payload'

const HIDDEN = 'An unknown error occurred.'

/**
 * In the production bundle Payload's error formatter can lose the message of a public refusal (an APIError thrown
 * with isPublic: the minified class has no usable name, so the answer became "An unknown error occurred.").
 * A public 4xx keeps its own (Vietnamese) message.
 */
export const publicRefusalMessages: AfterErrorHook = ({ error, result }) => {
  const err = error as { status?: unknown; isPublic?: unknown; message?: unknown; data?: Record<string, unknown> }
  const status = Number(err.status)
  if (!result || err.isPublic !== true || !(status >= 400 && status < 500) || typeof err.message !== 'string') return
  if (result.errors?.length !== 1 || result.errors[0]?.message !== HIDDEN) return
  return { response: { ...result, errors: [{ message: err.message, ...(err.data ? { data: err.data } : {}) }] }, status }
}
