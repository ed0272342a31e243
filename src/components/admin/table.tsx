import type React from 'react'

/** Cell style of the admin screens' tables. */
export const cell: React.CSSProperties = { padding: '.4rem .6rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' }

/** The same, for rows whose cells hold several lines. */
export const topCell: React.CSSProperties = { ...cell, verticalAlign: 'top' }

/** A header row of plain column titles. */
export function TableHead({ columns, style = cell }: { columns: readonly string[]; style?: React.CSSProperties }) {
  return (
    <thead>
      <tr>
        {columns.map((h) => (
          <th key={h} style={style}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  )
}
