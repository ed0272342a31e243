import { byPersonName } from '../people/nameOrder'

type CoAuthor = { fullName?: string | null }

/** An entry's co-authors by name (given name first, Vietnamese collation): they stand equal, none is listed first. */
export const coAuthorNames = (coAuthors: readonly CoAuthor[] | null | undefined): string[] =>
  byPersonName(coAuthors ?? [], (c) => c.fullName)
    .map((c) => (c.fullName ?? '').trim())
    .filter(Boolean)

/** The names an entry is credited to, wherever it is shown: its author (who entered it) first, then the co-authors in name order. */
export const entryCredits = (author: string | null | undefined, coAuthors: readonly CoAuthor[] | null | undefined): string[] =>
  [(author ?? '').trim(), ...coAuthorNames(coAuthors)].filter(Boolean)
