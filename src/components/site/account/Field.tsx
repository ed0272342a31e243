'use client'

import { useId } from 'react'

/**
 * A labelled input. The label text is exactly `label` (tests and screen readers find the field by it);
 * hints and errors are separate elements tied to the input with aria-describedby.
 */
export function Field({
  label,
  name,
  type = 'text',
  autoComplete,
  required = false,
  hint,
  error,
  minLength,
  multiline = false,
  defaultValue,
  inputMode,
}: {
  label: string
  name: string
  type?: 'text' | 'email' | 'password' | 'tel'
  autoComplete?: string
  required?: boolean
  hint?: string
  error?: string
  minLength?: number
  multiline?: boolean
  defaultValue?: string
  inputMode?: 'text' | 'email' | 'tel'
}) {
  const id = useId()
  const hintId = hint ? `${id}-goi-y` : undefined
  const errorId = error ? `${id}-loi` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    required,
    autoComplete,
    defaultValue,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const
  return (
    <div className="field">
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} minLength={minLength} inputMode={inputMode} {...common} />}
      {hint ? (
        <small id={hintId} className="hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} className="field-error">
          {error}
        </small>
      ) : null}
    </div>
  )
}

/** The note that explains the asterisk (the inputs themselves carry `required`). */
export function RequiredNote() {
  return (
    <p className="hint" aria-hidden="true">
      Các mục có dấu * là bắt buộc.
    </p>
  )
}
