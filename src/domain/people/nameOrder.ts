/**
 * Vietnamese names are written family name first, given name last ("Nguyễn Thị Hoa": family Nguyễn, middle Thị,
 * given Hoa), and lists of people are ordered by the given name, then the middle names, then the family name.
 * The key below puts the words in that order; the database compares keys with the ICU Vietnamese collation
 * (`vi-x-icu`), which knows that "Ă" follows "A" and "Đ" follows "D".
 */
export function personNameSortKey(fullName: string | null | undefined): string {
  const words = (fullName ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return words.join(' ')
  const [family, ...rest] = words
  const given = rest.pop()!
  return [given, ...rest, family].join(' ')
}

/** Collectives and households keep their written name; only people's names are turned around. */
export function exemplarNameSortKey(name: string | null | undefined, kind: string | null | undefined): string {
  return kind === 'individual' ? personNameSortKey(name) : (name ?? '').normalize('NFC').trim().replace(/\s+/g, ' ')
}

const collator = new Intl.Collator('vi')

/**
 * Orders people's names in memory as the database orders `nameSort`: by given name, then middle, then family name.
 * For names that live in no account (co-authors, recipients typed in by hand); accounts sort with `sort: 'nameSort'`.
 */
export const comparePersonNames = (a: string | null | undefined, b: string | null | undefined): number =>
  collator.compare(personNameSortKey(a), personNameSortKey(b))

/** A copy of `items` in name order (stable: equal names keep their order). */
export const byPersonName = <T>(items: readonly T[], name: (item: T) => string | null | undefined): T[] =>
  [...items].sort((a, b) => comparePersonNames(name(a), name(b)))

/** Orders exemplars as the database does with `nameSort`: people by given name, the rest by their name. */
export const compareExemplarNames = (a: { name: string; kind?: string | null }, b: { name: string; kind?: string | null }) =>
  collator.compare(exemplarNameSortKey(a.name, a.kind), exemplarNameSortKey(b.name, b.kind))
