import type { Payload } from 'payload'
import { PUBLICATION_STATUSES } from '../../domain/publication/compile'

/** The years that have an e-publication (/an-pham/<year>), newest first: for the list page and the sitemap alike. */
export async function publicationYears(payload: Payload): Promise<number[]> {
  const found = await payload.find({
    collection: 'exemplars',
    where: { status: { in: [...PUBLICATION_STATUSES] } },
    select: { recognisedYears: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
  })
  return [...new Set(found.docs.flatMap((e) => (e.recognisedYears ?? []).map(Number)))].filter(Number.isInteger).sort((a, b) => b - a)
}
