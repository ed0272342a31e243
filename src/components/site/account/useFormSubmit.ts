'use client'

import { useState, type FormEvent } from 'react'
import type { ApiError, ApiResult } from '@/lib/client/api'

export interface FormSubmission<V, T> {
  /** The values to send, read from the submitted form. */
  read: (form: FormData) => V
  /** What the browser can already see is wrong (shown without a request), or null. */
  check: (values: V) => ApiError | null
  send: (values: V) => Promise<ApiResult<T>>
  /** The form stays busy after a success: it gives way to the outcome, or the page moves on. */
  onSuccess: (data: T) => void
}

/**
 * The submit cycle the site's forms share: read, check, send, then either the success or the refusal's message.
 * `attempt` counts the submits; the error notice is keyed by it so it takes focus again on every attempt.
 */
export function useFormSubmit<V, T>({ read, check, send, onSuccess }: FormSubmission<V, T>) {
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setAttempt((n) => n + 1)
    const values = read(new FormData(event.currentTarget))
    const invalid = check(values)
    if (invalid) {
      setError(invalid)
      return
    }
    setSending(true)
    setError(null)
    const res = await send(values)
    if (res.ok) {
      onSuccess(res.data)
      return
    }
    setSending(false)
    setError(res.error)
  }

  return { sending, error, attempt, onSubmit }
}
