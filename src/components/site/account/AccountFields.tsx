'use client'

import { Field } from './Field'
import { MIN_PASSWORD } from './form'

/** The account's address: the same input wherever an address signs in, registers or asks for a new password. */
export function EmailField({ hint, error }: { hint?: string; error?: string }) {
  return <Field label="Thư điện tử" name="email" type="email" inputMode="email" autoComplete="email" required hint={hint} error={error} />
}

/** A password being chosen: the browser may suggest one, and the form asks for the server's minimum length. */
export function NewPasswordField({ label, error }: { label: string; error?: string }) {
  return (
    <Field
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD}
      hint={`Ít nhất ${MIN_PASSWORD} ký tự.`}
      error={error}
    />
  )
}
