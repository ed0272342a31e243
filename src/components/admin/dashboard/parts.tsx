import { Button, Pill } from '@payloadcms/ui'
import type React from 'react'
import type { DashboardItem, Figure } from '@/server/dashboard/types'

/** A section of the dashboard: a heading and its cards or lines. */
export function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="gs-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  )
}

/** Counts as Payload cards, each with the button that opens where the work is done. */
export function FigureCards({ figures }: { figures: Figure[] }) {
  return (
    <ul className="gs-figures">
      {figures.map((f) => (
        <li key={f.key} className="card" data-testid={`figure-${f.key}`}>
          <span className="gs-figure__value" data-testid="figure-value">
            {f.value}
            {f.total != null ? `/${f.total}` : ''}
          </span>
          <span>{f.label}</span>
          {f.note ? (
            <Pill pillStyle={f.attention ? 'warning' : 'light-gray'} size="small">
              {f.note}
            </Pill>
          ) : null}
          <Button el="link" url={f.href} buttonStyle={f.attention ? 'primary' : 'secondary'} size="small" margin={false}>
            Mở
          </Button>
        </li>
      ))}
    </ul>
  )
}

/** Lines with their links; `empty` when there is nothing. */
export function ItemList({ items, empty, testId }: { items: DashboardItem[]; empty: string; testId?: string }) {
  if (!items.length) return <p data-testid={testId}>{empty}</p>
  return (
    <ul data-testid={testId} className="gs-list">
      {items.map((i, n) => (
        <li key={`${i.href}-${n}`}>
          {i.href ? <a href={i.href}>{i.label}</a> : i.label}
          {i.note ? ` — ${i.note}` : ''}
        </li>
      ))}
    </ul>
  )
}
