import type { Metadata } from 'next'
import type { Where } from 'payload'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { ExemplarCard } from '@/components/site/cards'
import { PUBLIC_EXEMPLAR_STATUSES } from '@/domain/exemplars/status'
import { predecessorsOf, type UnitNode } from '@/domain/units/tree'
import { END_REASON_LABELS, UNIT_KIND_LABELS } from '@/domain/units/kinds'
import { payloadClient } from '@/lib/payload'
import { unitPath } from '@/lib/seo/urls'
import { formatDate } from '@/lib/site/format'
import { segment } from '@/lib/site/params'
import { findInIdOrder } from '@/lib/site/findInIdOrder'
import { pageOfIds } from '@/lib/site/pageOfIds'
import type { Unit } from '@/payload-types'
import { Pagination } from '../Pagination'

/** Exemplars per page of a unit's page; the unit's own come first, then each predecessor's, newest first. */
export const UNIT_PAGE_SIZE = 24

export type UnitParams = Promise<{ code: string; page?: string }>
type UnitRow = Pick<Unit, 'id' | 'name' | 'code' | 'kind' | 'validFrom' | 'validTo' | 'endReason' | 'endDecision'> & {
  parent: number | null
  successors: number[]
}

const ids = (v: unknown): number[] =>
  Array.isArray(v) ? v.map((x) => Number(typeof x === 'object' && x ? (x as { id: number }).id : x)) : []

/** The whole unit register (a few hundred rows; units are public), once per request. */
const loadUnits = cache(async (): Promise<UnitRow[]> => {
  const payload = await payloadClient()
  const res = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    joins: false,
    select: {
      name: true,
      code: true,
      kind: true,
      validFrom: true,
      validTo: true,
      endReason: true,
      endDecision: true,
      parent: true,
      successors: true,
    },
  })
  return res.docs.map((u) => ({
    id: u.id,
    name: u.name,
    code: u.code,
    kind: u.kind,
    validFrom: u.validFrom,
    validTo: u.validTo,
    endReason: u.endReason,
    endDecision: u.endDecision,
    parent: u.parent == null ? null : Number(typeof u.parent === 'object' ? u.parent.id : u.parent),
    successors: ids(u.successors),
  }))
})

const findUnit = cache(async (code: string) => (await loadUnits()).find((u) => u.code === code) ?? null)

const validity = (u: UnitRow) => `${formatDate(u.validFrom)} – ${u.validTo ? formatDate(u.validTo) : 'nay'}`

/** The page number of `…/trang/{n}` (1 without it); null for anything else. */
const pageNumber = (param: string | undefined) =>
  param === undefined ? 1 : /^\d{1,5}$/.test(param) && Number(param) >= 1 ? Number(param) : null

export const unitPagePath = (code: string, page: number) => (page > 1 ? `${unitPath(code)}/trang/${page}` : unitPath(code))

export async function unitMetadata(params: UnitParams): Promise<Metadata> {
  const { code, page: pageParam } = await params
  const unit = await findUnit(segment(code))
  const page = pageNumber(pageParam)
  if (!unit || page === null) return { title: 'Không tìm thấy đơn vị' }
  return {
    title: page > 1 ? `${unit.name} (trang ${page})` : unit.name,
    description: `Điển hình tiên tiến của ${unit.name} và các đơn vị tiền thân.`,
    alternates: { canonical: unitPagePath(unit.code, page) },
  }
}

/**
 * One page of the public exemplars of `history` in its order (the unit, then its predecessors), each unit's newest
 * first: the units' counts say which of them the page reaches, and only those are read, with their offset.
 */
async function exemplarPage(history: UnitRow[], page: number) {
  const payload = await payloadClient()
  const counts = await Promise.all(
    history.map(async (u) => (await payload.count({ collection: 'exemplars', where: publicIn(u.id), overrideAccess: false })).totalDocs),
  )
  const total = counts.reduce((a, b) => a + b, 0)
  const groups: { unit: UnitRow; docs: Awaited<ReturnType<typeof unitExemplars>> }[] = []
  let skip = (page - 1) * UNIT_PAGE_SIZE
  let room = UNIT_PAGE_SIZE
  for (const [i, unit] of history.entries()) {
    if (room === 0) break
    if (skip >= counts[i]) {
      skip -= counts[i]
      continue
    }
    const docs = await unitExemplars(unit.id, skip, room)
    groups.push({ unit, docs })
    room -= docs.length
    skip = 0
  }
  return { groups, total, totalPages: Math.max(1, Math.ceil(total / UNIT_PAGE_SIZE)) }
}

const publicIn = (unit: number): Where => ({ and: [{ unit: { equals: unit } }, { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }] })

/** `limit` public exemplars of one unit after the first `offset`, newest first (ids first, then those documents). */
async function unitExemplars(unit: number, offset: number, limit: number) {
  const payload = await payloadClient()
  // the ids up to the window's end (one index walk), then only the window's documents
  const listed = await pageOfIds(payload, {
    collection: 'exemplars',
    where: publicIn(unit),
    sort: ['-discoveredOn', '-id'],
    page: 1,
    limit: offset + limit,
    count: false, // the page counted each unit already
  })
  return findInIdOrder(payload, {
    collection: 'exemplars',
    ids: listed.ids.slice(offset),
    select: { name: true, slug: true, kind: true, status: true, unit: true, photo: true, summary: true },
    populate: { units: { name: true } },
  })
}

function UnitLinks({ units }: { units: UnitRow[] }) {
  return (
    <ul className="plain">
      {units.map((u) => (
        <li key={u.id}>
          <Link href={unitPath(u.code)}>{u.name}</Link> <span className="meta">({validity(u)})</span>
        </li>
      ))}
    </ul>
  )
}

/**
 * A unit's public page: what it is, when it was valid, why it ended, where it sits, what came before and after it,
 * and the public exemplars recorded in it and in every unit it succeeded (records keep the unit they were made in).
 */
export async function UnitPage({ params }: { params: UnitParams }) {
  const { code, page: pageParam } = await params
  const unit = await findUnit(segment(code))
  const page = pageNumber(pageParam)
  if (!unit || page === null) notFound()
  const all = await loadUnits()
  const byId = new Map(all.map((u) => [u.id, u]))
  const parent = unit.parent != null ? byId.get(unit.parent) : undefined
  const successors = unit.successors.map((id) => byId.get(id)).filter((u): u is UnitRow => !!u)
  const direct = all.filter((u) => u.successors.includes(unit.id))
  const tree: UnitNode<number>[] = all.map((u) => ({ id: u.id, parent: u.parent, successors: u.successors }))
  const history = [unit, ...[...predecessorsOf(unit.id, tree)].map((id) => byId.get(id)).filter((u): u is UnitRow => !!u)]
  // newest first: the unit itself, then its predecessors by the day they ended
  history.sort((a, b) =>
    a.id === unit.id ? -1 : b.id === unit.id ? 1 : (b.validTo ?? b.validFrom ?? '').localeCompare(a.validTo ?? a.validFrom ?? ''),
  )

  const { groups, total, totalPages } = await exemplarPage(history, page)
  if (page > totalPages) notFound()

  return (
    <article className="unit-page">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <Link href="/dien-hinh">Điển hình tiên tiến</Link> › <span aria-current="page">{unit.name}</span>
      </nav>
      <h1>{unit.name}</h1>
      <dl className="facts">
        <dt>Loại đơn vị</dt>
        <dd>{UNIT_KIND_LABELS[unit.kind]?.vi ?? unit.kind}</dd>
        <dt>Hiệu lực</dt>
        <dd>{validity(unit)}</dd>
        {unit.endReason ? (
          <>
            <dt>Kết thúc hoạt động</dt>
            <dd>
              {END_REASON_LABELS[unit.endReason]?.vi ?? unit.endReason}
              {unit.endDecision ? ` theo ${unit.endDecision}` : ''}
            </dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>Trực thuộc</dt>
            <dd>
              <Link href={unitPath(parent.code)}>{parent.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      {successors.length ? (
        <section aria-labelledby="ke-thua">
          <h2 id="ke-thua">Đơn vị kế thừa</h2>
          <UnitLinks units={successors} />
        </section>
      ) : null}
      {direct.length ? (
        <section aria-labelledby="tien-than">
          <h2 id="tien-than">Đơn vị tiền thân</h2>
          <UnitLinks units={direct} />
        </section>
      ) : null}

      <section aria-labelledby="dien-hinh-don-vi">
        <h2 id="dien-hinh-don-vi">Điển hình tiên tiến</h2>
        {total ? <p className="meta">{total.toLocaleString('vi-VN')} điển hình</p> : null}
        {history.length > 1 ? <p className="hint">Gồm cả điển hình được ghi nhận tại các đơn vị tiền thân, trước khi sắp xếp.</p> : null}
        {groups.length ? (
          groups.map((g) => (
            <section key={g.unit.id} aria-labelledby={`nhom-${g.unit.id}`}>
              <h3 id={`nhom-${g.unit.id}`}>
                {g.unit.id === unit.id ? g.unit.name : <Link href={unitPath(g.unit.code)}>{g.unit.name}</Link>}{' '}
                <span className="meta">({validity(g.unit)})</span>
              </h3>
              <ul className="plain grid">
                {g.docs.map((e) => (
                  <li key={e.id}>
                    <ExemplarCard exemplar={e} headingLevel={3} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        ) : (
          <p>Chưa có điển hình nào được công bố tại đơn vị này.</p>
        )}
        <Pagination page={page} totalPages={totalPages} href={(p) => unitPagePath(unit.code, p)} />
      </section>
    </article>
  )
}
