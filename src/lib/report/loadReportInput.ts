import type { CollectionSlug, Payload, Where } from 'payload'
import { idOf } from '../ids'
import type { ReportInput } from '../../domain/report/annualReport'
import { planForYear } from '../../domain/plans/planForYear'
import { descendantsOf, successorsOf, type UnitNode } from '../../domain/units/tree'
import { vnDay } from '../../domain/units/validity'

const day = (v: unknown) => (typeof v === 'string' && v ? vnDay(v) : null)
type Doc = Record<string, unknown>

async function findAll(payload: Payload, collection: string, where?: Where, depth = 0): Promise<Doc[]> {
  if (!payload.collections[collection as CollectionSlug]) return []
  const res = await payload.find({ collection: collection as CollectionSlug, where, depth, limit: 0, pagination: false, overrideAccess: true })
  return res.docs as unknown as Doc[]
}

/** The records of a year for one unit's subtree, or for the whole province (the plan's province and its successors). */
export async function loadReportInput(payload: Payload, year: number, unitId: number | null): Promise<{ input: ReportInput; scopeName: string }> {
  const units = await findAll(payload, 'units')
  const tree: UnitNode<number>[] = units.map((u) => ({ id: Number(u.id), parent: u.parent == null ? null : idOf(u.parent), successors: ((u.successors as unknown[]) ?? []).map(idOf) }))
  const nameOf = new Map(units.map((u) => [Number(u.id), String(u.name)]))
  let roots: number[]
  let scopeName: string
  if (unitId != null) {
    roots = [unitId]
    scopeName = nameOf.get(unitId) ?? `Đơn vị ${unitId}`
  } else {
    const plan = planForYear((await findAll(payload, 'plans')).map((p) => ({ id: Number(p.id), province: p.province, periodFrom: Number(p.periodFrom), periodTo: Number(p.periodTo) })), year)
    if (!plan) throw new Error(`Chưa có kế hoạch nào có hiệu lực trong năm ${year}.`)
    const province = idOf(plan.province)
    roots = [province, ...successorsOf(province, tree)]
    scopeName = roots.map((id) => nameOf.get(id)).filter(Boolean).join(', ')
  }
  const unitIds = descendantsOf(roots, tree)
  const [fields, criteria, exemplars, nurturing, changes, articles, events, entries, commendations, inspections, budget] = await Promise.all([
    findAll(payload, 'fields'),
    findAll(payload, 'criteriaSets', { year: { equals: year } }),
    findAll(payload, 'exemplars'),
    findAll(payload, 'nurturing'),
    findAll(payload, 'statusChanges', undefined, 1),
    findAll(payload, 'articles', { _status: { equals: 'published' } }, 1),
    findAll(payload, 'events'),
    findAll(payload, 'entries', undefined, 1),
    findAll(payload, 'commendations'),
    findAll(payload, 'inspections'),
    findAll(payload, 'budgetLines', { year: { equals: year } }),
  ])
  const exemplarUnit = new Map(exemplars.map((e) => [Number(e.id), idOf(e.unit)]))
  const articleInScope = (a: Doc) => (a.unit ? unitIds.has(idOf(a.unit)) : ((a.exemplars as unknown[]) ?? []).some((e) => unitIds.has(exemplarUnit.get(idOf(e)) ?? -1)))
  const nameField = (v: unknown) => (typeof v === 'object' && v ? String((v as { name?: string; title?: string }).name ?? (v as { title?: string }).title ?? '') : '')
  return {
    scopeName,
    input: {
      year,
      unitIds,
      fields: fields.map((f) => ({ id: Number(f.id), name: String(f.name) })),
      criteriaSets: criteria.map((c) => ({ unit: idOf(c.unit), year: Number(c.year) })),
      exemplars: exemplars.map((e) => ({
        unit: idOf(e.unit),
        fields: ((e.fields as unknown[]) ?? []).map(idOf),
        recognisedYears: ((e.recognisedYears as unknown[]) ?? []).map(Number),
        status: String(e.status),
        discoveredOn: day(e.discoveredOn) ?? '',
      })),
      nurturing: nurturing.map((n) => ({ unit: idOf(n.unit), day: day(n.date) })),
      decisions: changes.map((c) => ({ unit: exemplarUnit.get(idOf(c.exemplar)) ?? -1, day: day(c.createdAt), to: String(c.to) })),
      articles: articles.filter(articleInScope).map((a) => ({ outlet: nameField(a.outlet), column: nameField(a.column), day: day(a.publishedAt) ?? '' })),
      events: events.map((e) => ({ unit: idOf(e.unit), day: day(e.date), kind: String(e.kind) })),
      contestEntries: entries.map((e) => ({ contest: nameField(e.contest), year: Number((e.contest as Doc | undefined)?.year ?? 0), status: String(e.status), prize: (e.prize as string) ?? null })),
      commendations: commendations.map((c) => ({ unit: idOf(c.unit), day: day(c.decisionDate ?? c.createdAt), form: String(c.form), status: String(c.status) })),
      inspections: inspections.map((i) => ({ unit: idOf(i.unit), day: day(i.date), followUp: String(i.followUpStatus ?? '') })),
      budget: budget.map((b) => ({ unit: idOf(b.unit), year: Number(b.year), amount: Number(b.amount ?? 0) })),
    },
  }
}

