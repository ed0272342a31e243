import { comparePersonNames } from '../people/nameOrder'

/** Entries whose authors count as entrants: sent in, whatever the screening said; drafts and withdrawn ones do not. */
export const ENTRANT_STATUSES = ['submitted', 'eligible', 'ineligible', 'shortlisted', 'awarded'] as const

export interface MailingEntry {
  status: string
  author: { email?: string | null; fullName?: string | null; deactivated?: boolean | null } | null
  coAuthors?: { email?: string | null; fullName?: string | null }[] | null
}

export interface Recipient {
  email: string
  name: string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Who gets a mail sent "to all entrants" (of a contest, or of one category): the author and each co-author with an
 * address, of every entry sent in; once per address (case does not matter), whatever the number of entries; a
 * deactivated account is left out. Listed by given name (the order the progress report follows).
 */
export function mailingRecipients(entries: MailingEntry[]): Recipient[] {
  const byEmail = new Map<string, Recipient>()
  const add = (email: string | null | undefined, name: string | null | undefined) => {
    const address = (email ?? '').trim()
    if (!EMAIL.test(address) || byEmail.has(address.toLowerCase())) return
    byEmail.set(address.toLowerCase(), { email: address, name: (name ?? '').trim() })
  }
  for (const e of entries) {
    if (!(ENTRANT_STATUSES as readonly string[]).includes(e.status)) continue
    if (e.author && !e.author.deactivated) add(e.author.email, e.author.fullName)
    for (const c of e.coAuthors ?? []) add(c.email, c.fullName)
  }
  return [...byEmail.values()].sort((a, b) => comparePersonNames(a.name, b.name) || a.email.localeCompare(b.email))
}
