'use client'

/** A form's submit button, disabled and announced as busy while the form is being sent. */
export function SubmitButton({ sending, label, busyLabel }: { sending: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" disabled={sending} aria-busy={sending || undefined}>
      {sending ? busyLabel : label}
    </button>
  )
}
