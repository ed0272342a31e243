'use client'
import { Banner, CheckIcon, toast, XIcon } from '@payloadcms/ui'
import { useState } from 'react'

export interface ActionMessage {
  ok: boolean
  text: string
}

/**
 * The answer to an action: a toast, as Payload answers a save, and the same words kept in a banner beside the form
 * (a live region, so screen readers hear it) until the next action.
 */
export function useActionMessage(): [ActionMessage | null, (message: ActionMessage | null) => void] {
  const [message, setMessage] = useState<ActionMessage | null>(null)
  const show = (next: ActionMessage | null) => {
    setMessage(next)
    if (next) (next.ok ? toast.success : toast.error)(next.text)
  }
  return [message, show]
}

/** The live region holding the last answer; empty until there is one. */
export function StatusBanner({ message }: { message: ActionMessage | null }) {
  return (
    <div role="status" className="gs-status">
      {message ? (
        <Banner type={message.ok ? 'success' : 'error'} icon={message.ok ? <CheckIcon /> : <XIcon />} alignIcon="left">
          {message.text}
        </Banner>
      ) : null}
    </div>
  )
}
