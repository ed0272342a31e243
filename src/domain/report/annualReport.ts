/**
 * The annual report (báo cáo tình hình triển khai thực hiện Đề án) as plain data: built from records that each keep
 * the unit they were made in, so a report for year Y uses Y's structure. Pure: no database here.
 */
import type { ExemplarStatus } from '../exemplars/status'
import { isRecognisedIn } from '../quota/countingRules'
import { dayInYear, yearFigures, type YearFigures } from '../quota/recordsInYear'

export interface ReportRecord {
  unit: number
  /** the calendar day (Vietnam) the record belongs to */
  day?: string | null
}

export interface ReportInput {
  year: number
  /** the units whose records count in the year (see domain/units/unitsInYear) */
  unitIds: Set<number>
  fields: { id: number; name: string }[]
  criteriaSets: (ReportRecord & { year: number })[]
  exemplars: (ReportRecord & { fields: number[]; recognisedYears: number[]; status: string; discoveredOn: string })[]
  nurturing: ReportRecord[]
  decisions: (ReportRecord & { to: string })[]
  articles: { outlet: string; column: string; day: string }[]
  events: (ReportRecord & { kind: string })[]
  contestEntries: { contest: string; year: number; status: string; prize?: string | null }[]
  commendations: (ReportRecord & { form: string; status: string })[]
  inspections: (ReportRecord & { followUp: string })[]
  budget: (ReportRecord & { year: number; amount: number })[]
}

export interface AnnualReport {
  year: number
  /** the year's headline figures, shared with the quota dashboard, its export and the e-publication */
  figures: YearFigures
  criteriaIssued: number
  perField: { field: string; discovered: number; recognised: number }[]
  nurtured: number
  forwarded: { toProvince: number; provincial: number; toCentral: number; national: number }
  articles: { outlet: string; column: string; count: number }[]
  events: { kind: string; count: number }[]
  contest: { contest: string; entries: number; awarded: number }[]
  commendations: { form: string; proposed: number; approved: number }[]
  inspections: { total: number; followedUp: number }
  budgetTotal: number
}

const inYear = dayInYear

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>()
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1)
  return out
}

export function buildAnnualReport(input: ReportInput): AnnualReport {
  const { year, unitIds } = input
  const mine = <T extends ReportRecord>(rows: T[]) => rows.filter((r) => unitIds.has(r.unit))
  const exemplars = mine(input.exemplars)
  const decisions = mine(input.decisions).filter((d) => inYear(d.day, year))
  const commendations = mine(input.commendations).filter((c) => inYear(c.day, year))
  const inspections = mine(input.inspections).filter((i) => inYear(i.day, year))
  const articleCounts = countBy(
    input.articles.filter((a) => inYear(a.day, year)),
    (a) => `${a.outlet}\u0000${a.column}`,
  )
  const entries = input.contestEntries.filter((e) => e.year === year && e.status !== 'draft' && e.status !== 'withdrawn')
  const formCounts = new Map<string, { proposed: number; approved: number }>()
  for (const c of commendations) {
    const row = formCounts.get(c.form) ?? { proposed: 0, approved: 0 }
    row.proposed += 1
    if (c.status === 'approved') row.approved += 1
    formCounts.set(c.form, row)
  }
  const recognised = (e: (typeof exemplars)[number]) =>
    isRecognisedIn({ id: 0, unit: e.unit, status: e.status as ExemplarStatus, recognisedYears: e.recognisedYears }, year)
  return {
    year,
    figures: yearFigures({ tree: unitIds, year }, input.exemplars),
    criteriaIssued: mine(input.criteriaSets).filter((c) => c.year === year).length,
    perField: input.fields.map((f) => ({
      field: f.name,
      discovered: exemplars.filter((e) => e.fields.includes(f.id) && inYear(e.discoveredOn, year)).length,
      recognised: exemplars.filter((e) => e.fields.includes(f.id) && recognised(e)).length,
    })),
    nurtured: mine(input.nurturing).filter((n) => inYear(n.day, year)).length,
    forwarded: {
      toProvince: decisions.filter((d) => d.to === 'proposedToProvince').length,
      provincial: decisions.filter((d) => d.to === 'provincial').length,
      toCentral: decisions.filter((d) => d.to === 'proposedToCentral').length,
      national: decisions.filter((d) => d.to === 'national').length,
    },
    // by outlet, then column, whatever order the records came in
    articles: [...articleCounts]
      .map(([key, count]) => {
        const [outlet, column] = key.split('\u0000')
        return { outlet, column, count }
      })
      .sort((a, b) => a.outlet.localeCompare(b.outlet, 'vi') || a.column.localeCompare(b.column, 'vi')),
    events: [
      ...countBy(
        mine(input.events).filter((e) => inYear(e.day, year)),
        (e) => e.kind,
      ),
    ].map(([kind, count]) => ({ kind, count })),
    contest: [...new Set(entries.map((e) => e.contest))].map((contest) => ({
      contest,
      entries: entries.filter((e) => e.contest === contest).length,
      awarded: entries.filter((e) => e.contest === contest && !!e.prize).length,
    })),
    commendations: [...formCounts].map(([form, c]) => ({ form, ...c })),
    inspections: { total: inspections.length, followedUp: inspections.filter((i) => i.followUp === 'done').length },
    budgetTotal: mine(input.budget)
      .filter((b) => b.year === year)
      .reduce((sum, b) => sum + b.amount, 0),
  }
}
