import { SelectOptions, type SelectOption } from '@/components/SelectOptions'

/**
 * One filter of a list page's GET form: a labelled select named as the query-string parameter, whose first option
 * (`allLabel`, empty value) leaves the list unfiltered. The element id is `loc-<name>`.
 */
export function FilterSelect({
  name,
  label,
  allLabel,
  value,
  options,
}: {
  name: string
  label: string
  allLabel: string
  value: string | number | undefined
  options: readonly SelectOption[]
}) {
  const id = `loc-${name}`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <SelectOptions options={options} empty={allLabel} />
      </select>
    </div>
  )
}
