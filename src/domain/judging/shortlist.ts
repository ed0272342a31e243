/** Closing the preliminary round: the best N of each category (by the aggregate ranking) go to the final. */
type Id = number | string

export interface RankedForShortlist {
  entry: Id
  category: Id
  rank: number
  n: number
}

/** Top `size` entries per category by rank; an entry with no submitted sheet is never shortlisted. */
export function shortlist(ranking: readonly RankedForShortlist[], size: number): Id[] {
  const byCategory = new Map<string, RankedForShortlist[]>()
  for (const r of ranking) if (r.n > 0) byCategory.set(String(r.category), [...(byCategory.get(String(r.category)) ?? []), r])
  return [...byCategory.values()].flatMap((rows) =>
    [...rows]
      .sort((a, b) => a.rank - b.rank)
      .slice(0, Math.max(0, Math.floor(size)))
      .map((r) => r.entry),
  )
}
