import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

/** One count on a dashboard, with the page where the work behind it is done. */
export interface Figure {
  key: string
  label: string
  value: number
  /** "done of total" figures */
  total?: number
  href: string
  /** something is waiting (shown highlighted) */
  attention?: boolean
  note?: string
}

/** A line under a figure: one document or date, linked where the role can open it. */
export interface DashboardItem {
  label: string
  href?: string
  note?: string
}

/** The request the dashboard's reads go through: the signed-in user's, so every read is checked as theirs. */
export const requestFor = (payload: Payload, user: TypedUser): Promise<PayloadRequest> => createLocalReq({ user }, payload)

/** Reads as the user: Payload's Local API with the user's access, never the override. */
export const asUser = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false }) as const

type Cond = string | number | (string | number)[]

/** An admin list address filtered the way Payload's list view reads its query (where[field][op]=…). */
export function listHref(slug: string, where: Record<string, Record<string, Cond>> = {}): string {
  const parts: string[] = []
  for (const [field, ops] of Object.entries(where))
    for (const [op, value] of Object.entries(ops)) {
      if (Array.isArray(value)) value.forEach((v, i) => parts.push(`where[${field}][${op}][${i}]=${encodeURIComponent(String(v))}`))
      else parts.push(`where[${field}][${op}]=${encodeURIComponent(String(value))}`)
    }
  return `/admin/collections/${slug}${parts.length ? `?${parts.join('&')}` : ''}`
}
