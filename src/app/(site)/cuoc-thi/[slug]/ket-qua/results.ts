import type { Payload } from 'payload'
import { entryCredits } from '@/domain/contest/credits'
import { PRIZE_LABELS } from '@/domain/contest/labels'
import { PRIZE_ORDER, type Prize } from '@/domain/judging/prizes'
import { findContestBySlug } from '@/lib/site/queries'

export interface PublicWinner {
  id: number
  code: string | null
  title: string
  prize: Prize
  prizeLabel: string
  authors: string[]
  /** the code printed on the winner's certificate, checked at /xac-minh */
  certificateCode: string | null
}

export interface PublicResults {
  contest: { id: number; title: string; slug: string | null; year: number; publishedAt: string | null }
  categories: { id: number; name: string; winners: PublicWinner[] }[]
}

/**
 * The published results of a contest, or null while they are not published. Entries are not public, so they are
 * read with overrideAccess, but only the fields the results show: title, code, prize and the authors' full names
 * (public once results are published). Nothing else about an author leaves the server.
 * Winners are listed by prize (A, B, C, encouragement) and, within a prize, by their author's name (given name
 * first: the database's `nameSort` order); each entry's co-authors follow its author in name order.
 */
export async function loadPublicResults(payload: Payload, slug: string): Promise<PublicResults | null> {
  const contest = await findContestBySlug(slug)
  if (contest?.status !== 'resultsPublished') return null
  const [categories, entries] = await Promise.all([
    payload.find({
      collection: 'contestCategories',
      where: { contest: { equals: contest.id } },
      sort: 'order',
      depth: 0,
      limit: 0,
      pagination: false,
      locale: 'vi',
      overrideAccess: false,
      select: { name: true },
    }),
    payload.find({
      collection: 'entries',
      where: { and: [{ contest: { equals: contest.id } }, { status: { equals: 'awarded' } }] },
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      sort: ['author.nameSort', 'title', 'id'],
      select: { title: true, code: true, prize: true, category: true, author: true, coAuthors: true, certificateCode: true },
      populate: { users: { fullName: true } },
    }),
  ])
  const rank = (p: Prize) => PRIZE_ORDER.indexOf(p)
  return {
    contest: { id: contest.id, title: contest.title, slug: contest.slug ?? null, year: contest.year, publishedAt: null },
    categories: categories.docs
      .map((cat) => ({
        id: cat.id,
        name: cat.name,
        winners: entries.docs
          .filter((e) => (typeof e.category === 'object' ? e.category.id : e.category) === cat.id && e.prize)
          .map((e) => ({
            id: e.id,
            code: e.code ?? null,
            title: e.title,
            prize: e.prize as Prize,
            prizeLabel: PRIZE_LABELS[e.prize as Prize].vi,
            certificateCode: e.certificateCode ?? null,
            authors: entryCredits(typeof e.author === 'object' ? e.author.fullName : null, e.coAuthors),
          }))
          // stable: within a prize the name order of the query stays
          .sort((a, b) => rank(a.prize) - rank(b.prize)),
      }))
      .filter((c) => c.winners.length),
  }
}
