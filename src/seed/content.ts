import type { Payload } from 'payload'
import { asTrusted } from '../lib/api/trustedWrite'
import { richTextFromParagraphs } from '../lib/lexical'
import { demoAccounts, DEMO_PASSWORD } from './accounts'
import { articles } from './data/articles'
import { events } from './data/events'
import { exemplars } from './data/exemplars'
import { fields } from './data/fields'
import { outlets } from './data/outlets'
import { createCover } from './images'
import { upsertBy, type IdMap } from './upsert'

export async function seedFields(payload: Payload): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const [order, f] of fields.entries()) {
    const { doc, created } = await upsertBy(
      payload,
      'fields',
      { code: { equals: f.code } },
      { code: f.code, order, name: f.name.vi, description: f.description },
    )
    if (created) await payload.update({ collection: 'fields', id: doc.id, locale: 'en', data: { name: f.name.en }, overrideAccess: true })
    ids.set(f.code, doc.id)
  }
  return ids
}

/** Outlets with the unit they belong to and when they publish; outlets seeded before that are given both once. */
export async function seedOutlets(payload: Payload, units: IdMap): Promise<{ outlets: IdMap; columns: IdMap }> {
  const outletIds: IdMap = new Map()
  const columnIds: IdMap = new Map()
  for (const o of outlets) {
    const overTime = { unit: units.get(o.unit) ?? null, validFrom: o.validFrom, validTo: o.validTo ?? null }
    const { doc, created } = await upsertBy<{ id: number; unit?: unknown; validFrom?: string | null }>(
      payload,
      'outlets',
      { slug: { equals: o.slug } },
      {
        ...o,
        ...overTime,
        columns: undefined,
        _status: 'published',
      },
    )
    if (!created && (doc.unit == null || !doc.validFrom))
      await payload.update({ collection: 'outlets', id: doc.id, data: overTime, overrideAccess: true, depth: 0, context: asTrusted() })
    outletIds.set(o.slug, doc.id)
    for (const c of o.columns) {
      const col = await upsertBy(payload, 'columns', { slug: { equals: c.slug } }, { ...c, outlet: doc.id, _status: 'published' })
      columnIds.set(c.slug, col.doc.id)
    }
  }
  return { outlets: outletIds, columns: columnIds }
}

export async function seedExemplars(payload: Payload, units: IdMap, fieldIds: IdMap): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const [i, e] of exemplars.entries()) {
    const existing = await payload.find({
      collection: 'exemplars',
      where: { slug: { equals: e.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      ids.set(e.slug, existing.docs[0].id)
      continue
    }
    const featured = i % 4 === 0 && !['newFactor', 'nurturing', 'archived'].includes(e.status)
    const photo = featured ? await createCover(payload, e.name, i, `Ảnh minh họa: ${e.name}`) : undefined
    const doc = await payload.create({
      collection: 'exemplars',
      overrideAccess: true,
      depth: 0,
      context: asTrusted(),
      data: {
        slug: e.slug,
        kind: e.kind,
        name: e.name,
        unit: units.get(e.unit)!,
        fields: e.fields.map((f) => fieldIds.get(f)!).filter(Boolean),
        status: e.status,
        discoveredOn: e.discoveredOn,
        recognisedYears: e.recognisedYears,
        summary: e.summary,
        achievements: richTextFromParagraphs(e.achievements) as never,
        ethnicGroup: e.ethnicGroup,
        locality: e.locality,
        sources: e.sources,
        featured,
        photo,
      },
    })
    ids.set(e.slug, doc.id)
  }
  return ids
}

/**
 * The demo articles go through the editorial review like any other: they are published as reviewed by the demo
 * administrator (created here if the accounts are not seeded yet; seedUsers then finds it by its address).
 */
async function demoReviewer(payload: Payload): Promise<number> {
  const admin = demoAccounts.find((a) => a.role === 'admin')!
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: admin.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const doc = await payload.create({
    collection: 'users',
    overrideAccess: true,
    disableVerificationEmail: true,
    depth: 0,
    data: { email: admin.email, password: DEMO_PASSWORD, fullName: admin.fullName, role: admin.role, _verified: true },
  })
  return doc.id
}

export async function seedArticles(
  payload: Payload,
  refs: { units: IdMap; exemplars: IdMap; columns: IdMap; outlets: IdMap },
): Promise<void> {
  let reviewer: number | undefined
  for (const [i, a] of articles.entries()) {
    const existing = await payload.find({
      collection: 'articles',
      where: { slug: { equals: a.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    if (existing.docs[0]) continue
    reviewer ??= await demoReviewer(payload)
    const coverImage = await createCover(payload, a.title, i + 2, `Ảnh minh họa bài viết: ${a.title}`)
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      depth: 0,
      context: asTrusted(),
      data: {
        _status: 'published',
        slug: a.slug,
        title: a.title,
        column: refs.columns.get(a.column)!,
        unit: a.unit ? refs.units.get(a.unit) : undefined,
        exemplars: a.exemplars.map((s) => refs.exemplars.get(s)!).filter(Boolean),
        byline: a.author,
        publishedAt: `${a.publishedAt}T08:00:00+07:00`,
        excerpt: a.excerpt,
        format: a.format ?? 'text',
        transcript: a.transcript,
        content: richTextFromParagraphs(a.paragraphs, a.quote) as never,
        coverImage,
        review: {
          sourcesChecked: true,
          noExaggeration: true,
          reviewNote: 'Dữ liệu minh họa: số liệu trong bài đã đối chiếu với hồ sơ điển hình.',
          reviewedBy: reviewer,
          reviewedAt: `${a.publishedAt}T07:00:00+07:00`,
        },
      },
    })
  }
}

export async function seedEvents(payload: Payload, units: IdMap, exemplarIds: IdMap): Promise<void> {
  for (const ev of events) {
    await upsertBy(
      payload,
      'events',
      { title: { equals: ev.title } },
      {
        ...ev,
        unit: units.get(ev.unit)!,
        exemplars: ev.exemplars.map((s) => exemplarIds.get(s)!).filter(Boolean),
      },
    )
  }
}
