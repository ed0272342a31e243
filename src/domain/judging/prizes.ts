/** Prize allocation by rank within a category. */
type Id = number | string

export const PRIZE_ORDER = ['A', 'B', 'C', 'encouragement'] as const
export type Prize = (typeof PRIZE_ORDER)[number]

export type PrizeCounts = Partial<Record<Prize, number | null>>

export interface RankedEntry {
  entry: Id
  /** Fewer submitted sheets than assignments. */
  missing: boolean
  /** Number of submitted sheets; an entry nobody scored never gets a prize. */
  n: number
}

export interface PrizeAllocation {
  awards: { entry: Id; prize: Prize }[]
  /** Entries passed over because a score sheet is missing. */
  skipped: Id[]
}

/**
 * Walks the ranking (best first) and hands out A, then B, then C, then encouragement prizes, as many of each as
 * `counts` says. Entries flagged `missing` are passed over unless their id is in `force`.
 */
export function allocatePrizes(ranking: readonly RankedEntry[], counts: PrizeCounts, force: readonly Id[] = []): PrizeAllocation {
  const forced = new Set(force.map(String))
  const slots: Prize[] = PRIZE_ORDER.flatMap((p) => Array.from({ length: Math.max(0, Math.floor(Number(counts[p] ?? 0))) }, () => p))
  const awards: PrizeAllocation['awards'] = []
  const skipped: Id[] = []
  for (const r of ranking) {
    if (awards.length >= slots.length) break
    if (r.n === 0) continue
    if (r.missing && !forced.has(String(r.entry))) {
      skipped.push(r.entry)
      continue
    }
    awards.push({ entry: r.entry, prize: slots[awards.length] })
  }
  return { awards, skipped }
}
