export interface SelectOption {
  value: string | number
  label: string
}

/**
 * The options of a native select, for the admin's and the site's selects alike: first, when `empty` is given, one
 * with an empty value (all, none, unknown), then one per option.
 */
export function SelectOptions({ options, empty }: { options: readonly SelectOption[]; empty?: string }) {
  return (
    <>
      {empty != null ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  )
}
