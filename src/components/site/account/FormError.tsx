'use client'

import type { ReactNode } from 'react'
import type { ApiError } from '@/lib/client/api'
import { Notice } from './Notice'

/**
 * The error of the last attempt, if any. A new `attempt` remounts the notice, so it takes focus again even when
 * the message is the same. `render` replaces the bare message where a form says more.
 */
export function FormError({
  error,
  attempt,
  render,
}: {
  error: ApiError | null
  attempt: number
  render?: (error: ApiError) => ReactNode
}) {
  if (!error) return null
  return (
    <Notice key={attempt} kind="error">
      {render ? render(error) : error.message}
    </Notice>
  )
}
