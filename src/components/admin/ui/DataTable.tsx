import type React from 'react'

/**
 * The screens' one table: Payload's list table (`.table`) with the screens' adjustments (`.gs-table` in
 * src/app/(payload)/custom.scss), readable in the light and the dark theme.
 */
export function DataTable({ columns, testId, children }: { columns: readonly string[]; testId?: string; children: React.ReactNode }) {
  return (
    <div className="table gs-table">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((h, i) => (
              <th key={`${h}-${i}`} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/** A row's class for its state: a shortfall or gap to act on, or the row being worked on. */
export const rowClass = (state: { attention?: boolean; selected?: boolean }): string | undefined =>
  [state.attention && 'gs-table__row--attention', state.selected && 'gs-table__row--selected'].filter(Boolean).join(' ') || undefined
