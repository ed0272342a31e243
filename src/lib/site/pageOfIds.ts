import type { CollectionSlug, Payload, Sort, Where } from 'payload'

export interface IdPage {
  ids: number[]
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * One page of a public list in two steps: the ids of the page first (no localized columns, so Payload adds no
 * per-row locale join and a deep page walks only the sort index), then the caller loads those few documents.
 * Loading the documents in the same query made Payload join the locales of every row before the OFFSET.
 */
export async function pageOfIds(
  payload: Payload,
  args: { collection: CollectionSlug; where: Where; sort: Sort; page: number; limit: number; count?: boolean },
): Promise<IdPage> {
  // count: false when the caller knows the total already (no second COUNT query; totals then cover this page only)
  const { count = true, ...query } = args
  const res = await payload.find({ ...query, pagination: count, depth: 0, overrideAccess: false, select: {} as never })
  return {
    ids: (res.docs as { id: number | string }[]).map((d) => Number(d.id)),
    page: res.page ?? args.page,
    totalDocs: res.totalDocs,
    totalPages: res.totalPages,
  }
}

/** Documents in the order of `ids` (a `find` by id list returns them in any order). */
export const inIdOrder = <T extends { id: number | string }>(ids: number[], docs: T[]): T[] => {
  const byId = new Map(docs.map((d) => [Number(d.id), d]))
  return ids.map((id) => byId.get(id)).filter((d): d is T => d !== undefined)
}
