import { FieldLabel } from '@payloadcms/ui'
import type React from 'react'
import { SelectOptions, type SelectOption } from '@/components/SelectOptions'

/**
 * Native form controls in Payload's field markup (label, wrap, input), so they look like the fields of a document
 * and keep what the browser gives them: keyboard use, the label tied to the control, form submission, validation.
 */

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { id: string; label: string }

/** A number input, as Payload's number field draws it. */
export function NumberField({ id, label, className, ...input }: InputProps) {
  return (
    <div className={['field-type', 'number', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} label={label} />
      <div className="field-type__wrap">
        <input id={id} type="number" {...input} />
      </div>
    </div>
  )
}

/** A date input (the browser's own picker) in Payload's input look. */
export function DateField({ id, label, ...input }: InputProps) {
  return (
    <div className="field-type gs-date">
      <FieldLabel htmlFor={id} label={label} />
      <div className="field-type__wrap">
        <input id={id} type="date" {...input} />
      </div>
    </div>
  )
}

export type { SelectOption }

type SelectProps = Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  id: string
  label: string
  options: readonly SelectOption[]
  /** a first option with an empty value ("Tất cả") */
  empty?: string
}

/** A native select in Payload's input look: keyboard and form behaviour of the browser's own control. */
export function SelectField({ id, label, options, empty, ...select }: SelectProps) {
  return (
    <div className="field-type gs-select">
      <FieldLabel htmlFor={id} label={label} />
      <div className="field-type__wrap">
        <select id={id} {...select}>
          <SelectOptions options={options} empty={empty} />
        </select>
      </div>
    </div>
  )
}
