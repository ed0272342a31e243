import { APIError, type CollectionSlug, type Payload, type Where } from 'payload'
import { refId } from '@/lib/ids'
import type { ReportInput } from '@/domain/report/annualReport'
import { vnDay, yearRange } from '@/domain/time/vietnam'
import { loadYearScope } from '@/lib/yearScope'
import { scopeArticles, scopeExemplars } from './reportRecords'

const day = (v: unknown) => (typeof v === 'string' && v ? vnDay(v) : null)
type Doc = Record<string, unknown>

const ENTRY_FIELDS = { contest: true, status: true, prize: true } as const

async function findAll(
  payload: Payload,
  collection: string,
  where?: Where,
  depth = 0,
  select?: Readonly<Record<string, true>>,
  populate?: Readonly<Record<string, Readonly<Record<string, true>>>>,
): Promise<Doc[]> {
  if (!payload.collections[collection as CollectionSlug]) return []
  const res = await payload.find({
    collection: collection as CollectionSlug,
    where,
    depth,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    ...(select ? { select: select as never } : {}),
    ...(populate ? { populate: populate as never } : {}),
  })
  return res.docs as unknown as Doc[]
}

/**
 * The records of a year for one unit's subtree (with what the unit ended into), or for the whole programme (every plan
 * in force that year): the same scope as the quota dashboard and the e-publication (lib/yearScope).
 */
export async function loadReportInput(
  payload: Payload,
  year: number,
  unitId: number | null,
): Promise<{ input: ReportInput; scopeName: string }> {
  const scope = await loadYearScope(payload, year, { unit: unitId })
  if (unitId != null && !scope.all.some((u) => u.id === unitId))
    throw new APIError(`Không tìm thấy đơn vị có mã số ${unitId}.`, 404, undefined, true)
  if (unitId == null && !scope.plans.length)
    throw new APIError(`Chưa có kế hoạch nào có hiệu lực trong năm ${year}: chưa thể tổng hợp báo cáo toàn tỉnh.`, 400, undefined, true)
  const scopeName =
    unitId != null ? (scope.all.find((u) => u.id === unitId)?.name ?? `Đơn vị ${unitId}`) : scope.names.map((u) => u.name).join(', ')
  const unitIds = scope.tree
  const inYear = yearRange(year)
  // only the year's records and the scope's exemplars are read: the report counts nothing else
  const [fields, criteria, exemplars, nurturing, changes, articles, events, entries, commendations, inspections, budget] =
    await Promise.all([
      findAll(payload, 'fields'),
      findAll(payload, 'criteriaSets', { year: { equals: year } }),
      scopeExemplars(payload, unitIds),
      findAll(payload, 'nurturing', { date: inYear }),
      findAll(payload, 'statusChanges', { createdAt: inYear }, 0, { exemplar: true, to: true, createdAt: true }),
      scopeArticles(payload, unitIds, year),
      findAll(payload, 'events', { date: inYear }),
      findAll(payload, 'entries', { 'contest.year': { equals: year } }, 1, ENTRY_FIELDS, { contests: { title: true, year: true } }),
      findAll(payload, 'commendations'),
      findAll(payload, 'inspections', { date: inYear }),
      findAll(payload, 'budgetLines', { year: { equals: year } }),
    ])
  const exemplarUnit = new Map(exemplars.map((e) => [e.id, e.unit]))
  const nameField = (v: unknown) =>
    typeof v === 'object' && v ? String((v as { name?: string; title?: string }).name ?? (v as { title?: string }).title ?? '') : ''
  return {
    scopeName,
    input: {
      year,
      unitIds,
      fields: fields.map((f) => ({ id: Number(f.id), name: String(f.name) })),
      criteriaSets: criteria.map((c) => ({ unit: Number(refId(c.unit)), year: Number(c.year) })),
      exemplars,
      nurturing: nurturing.map((n) => ({ unit: Number(refId(n.unit)), day: day(n.date) })),
      decisions: changes.map((c) => ({ unit: exemplarUnit.get(Number(refId(c.exemplar))) ?? -1, day: day(c.createdAt), to: String(c.to) })),
      articles,
      events: events.map((e) => ({ unit: Number(refId(e.unit)), day: day(e.date), kind: String(e.kind) })),
      contestEntries: entries.map((e) => ({
        contest: nameField(e.contest),
        year: Number((e.contest as Doc | undefined)?.year ?? 0),
        status: String(e.status),
        prize: (e.prize as string) ?? null,
      })),
      commendations: commendations.map((c) => ({
        unit: Number(refId(c.unit)),
        day: day(c.decisionDate ?? c.createdAt),
        form: String(c.form),
        status: String(c.status),
      })),
      inspections: inspections.map((i) => ({ unit: Number(refId(i.unit)), day: day(i.date), followUp: String(i.followUpStatus ?? '') })),
      budget: budget.map((b) => ({ unit: Number(refId(b.unit)), year: Number(b.year), amount: Number(b.amount ?? 0) })),
    },
  }
}
