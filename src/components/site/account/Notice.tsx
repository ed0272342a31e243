'use client'

import { useEffect, useRef, type ReactNode } from 'react'

/**
 * An error (role=alert) or success (role=status) box. It takes focus when it appears so keyboard and
 * screen-reader users land on the outcome of what they just submitted. Give it a new `key` for each attempt.
 */
export function Notice({ kind, children, focus = true }: { kind: 'error' | 'ok' | 'info'; children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
    // Focus once, when the notice appears; callers remount it (key) for a new outcome.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <div ref={ref} tabIndex={-1} className={kind === 'info' ? 'info' : kind} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
