import type { Payload } from 'payload'
import type { EntryMailData } from '../mail/contestMails'
import type { Contest, ContestCategory, Entry, User } from '../payload-types'

/** An entry with what its mails need: the author's address and the names of its contest and category. */
export async function loadEntryForMail(
  payload: Payload,
  id: number,
): Promise<{ to: string | null; entry: Entry; data: EntryMailData } | null> {
  const entry = await payload.findByID({ collection: 'entries', id, depth: 1, overrideAccess: true, disableErrors: true, locale: 'vi' })
  if (!entry) return null
  const author = typeof entry.author === 'object' ? (entry.author as User) : null
  const contest = typeof entry.contest === 'object' ? (entry.contest as Contest) : null
  const category = typeof entry.category === 'object' ? (entry.category as ContestCategory) : null
  return {
    to: author?.email ?? null,
    entry,
    data: {
      authorName: author?.penName || author?.fullName,
      code: entry.code,
      title: entry.title,
      category: category?.name ?? '',
      contest: contest?.title ?? '',
      deadline: contest?.deadline ?? '',
      submittedAt: entry.submittedAt,
    },
  }
}
