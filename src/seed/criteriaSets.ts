import type { Payload } from 'payload'
import { units } from './data/units'
import type { IdMap } from './upsert'

export const CRITERIA_YEARS = [2025, 2026] as const

const validIn = (u: { validFrom?: string | null; validTo?: string | null }, year: number) =>
  (!u.validFrom || u.validFrom <= `${year}-12-31`) && (!u.validTo || u.validTo >= `${year}-01-01`)

/**
 * The demo units that issue a criteria set in a year: every unit valid that year but every seventh one (by code),
 * and never the demo officer's own unit in the last year, so the dashboards have gaps to show.
 */
export function criteriaUnitCodes(year: number, officerUnitCode?: string): string[] {
  const codes = units
    .filter((u) => validIn(u, year))
    .map((u) => u.code)
    .sort()
  return codes.filter((code, i) => i % 7 !== 3 && !(year === CRITERIA_YEARS[CRITERIA_YEARS.length - 1] && code === officerUnitCode))
}

/** Criteria sets for most units in 2025 and 2026; added where missing (by unit and year), a few at a time. */
export async function seedCriteriaSets(payload: Payload, unitIds: IdMap, field: number, officerUnitCode?: string): Promise<number> {
  let created = 0
  for (const year of CRITERIA_YEARS) {
    const existing = await payload.find({
      collection: 'criteriaSets',
      where: { year: { equals: year } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { unit: true },
      overrideAccess: true,
    })
    const have = new Set(existing.docs.map((c) => Number(typeof c.unit === 'object' ? c.unit.id : c.unit)))
    const names = new Map(units.map((u) => [u.code, u.name]))
    const todo = criteriaUnitCodes(year, officerUnitCode).filter((code) => unitIds.has(code) && !have.has(unitIds.get(code)!))
    for (let i = 0; i < todo.length; i += 8) {
      await Promise.all(
        todo.slice(i, i + 8).map((code) =>
          payload.create({
            collection: 'criteriaSets',
            overrideAccess: true,
            depth: 0,
            context: { seeding: true },
            data: {
              title: `Bộ tiêu chí điển hình tiên tiến năm ${year} — ${names.get(code)}`,
              unit: unitIds.get(code)!,
              field,
              year,
              criteria: [
                { text: 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.' },
                { text: 'Có thành tích nổi bật, được cộng đồng ghi nhận, có khả năng nhân rộng.' },
              ],
            },
          }),
        ),
      )
      created += Math.min(8, todo.length - i)
    }
  }
  return created
}
