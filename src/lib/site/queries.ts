import { cache } from 'react'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import { payloadClient } from '../payload'

/**
 * Reads for the public pages. Every call runs as an anonymous visitor (`overrideAccess: false`, no user),
 * so the collections' access rules decide what is shown; the explicit status filters only repeat them.
 * Wrapped in `cache` so generateMetadata and the page share one query per request.
 */

const PUBLISHED = { _status: { equals: 'published' } } as const

export const findExemplarBySlug = cache(async (slug: string) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'exemplars',
    where: { and: [{ slug: { equals: slug } }, { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    populate: { units: { name: true }, fields: { name: true } },
  })
  return res.docs[0] ?? null
})

export const findArticleBySlug = cache(async (slug: string) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'articles',
    where: { and: [{ slug: { equals: slug } }, PUBLISHED] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    populate: {
      columns: { name: true, slug: true },
      outlets: { name: true, slug: true },
      units: { name: true },
      exemplars: { name: true, slug: true, kind: true, status: true, summary: true },
    },
  })
  return res.docs[0] ?? null
})

export const findContestBySlug = cache(async (slug: string) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'contests',
    where: { and: [{ slug: { equals: slug } }, { status: { not_equals: 'draft' } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    joins: false,
    select: { rounds: false },
    populate: { units: { name: true } },
  })
  return res.docs[0] ?? null
})

/** A contest's categories in their order, with what the contest page and the entry form show of each. */
export const findContestCategories = cache(async (contestId: number) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'contestCategories',
    where: { contest: { equals: contestId } },
    sort: 'order',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    locale: 'vi',
    select: { name: true, medium: true, description: true, maxCoAuthors: true, prizeCounts: true },
  })
  return res.docs
})

export const findOutletBySlug = cache(async (slug: string) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'outlets',
    where: { and: [{ slug: { equals: slug } }, PUBLISHED] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    joins: false,
    select: { name: true, slug: true, kind: true, website: true },
  })
  return res.docs[0] ?? null
})

export const findColumn = cache(async (outletId: number, slug: string) => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'columns',
    where: { and: [{ slug: { equals: slug } }, { outlet: { equals: outletId } }, PUBLISHED] },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    select: { name: true, slug: true, outlet: true, description: true, cover: true },
    populate: { outlets: { name: true, slug: true } },
  })
  return res.docs[0] ?? null
})
