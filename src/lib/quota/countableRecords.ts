/**
 * What the counting rules (domain/quota/countingRules.ts) read, straight from the tables in two queries: the
 * exemplars that may count (every unit, any year: a row's predecessors count their history) and the days in a year
 * each one was featured in a published article or honoured at an event. Read through Payload, the same data took
 * 14–22 s at 20,000 exemplars and 50,000 articles (every document, its year numbers and relations, in objects).
 */
import type { Payload } from 'payload'
import { NOT_RECOGNISED, type CountableExemplar, type PropagationDays } from '@/domain/quota/countingRules'
import type { ExemplarStatus } from '@/domain/exemplars/status'
import { TIME_ZONE, yearBounds } from '@/domain/time/vietnam'
import { RECOGNISED_YEARS_OF_E } from '@/lib/db/exemplarColumns'
import { poolOf } from '@/lib/db/pool'

const EXEMPLARS_SQL = `
SELECT e.id, e.unit_id AS unit, e.status::text AS status, ${RECOGNISED_YEARS_OF_E} AS years
  FROM exemplars e
 WHERE e.unit_id IS NOT NULL AND NOT (e.status::text = ANY($1::text[]))`

export async function countableExemplars(payload: Payload): Promise<CountableExemplar[]> {
  const res = await poolOf(payload).query<{ id: number; unit: number; status: string; years: number[] }>(EXEMPLARS_SQL, [
    [...NOT_RECOGNISED],
  ])
  return res.rows.map((r) => ({ id: r.id, unit: r.unit, status: r.status as ExemplarStatus, recognisedYears: r.years.map(Number) }))
}

// articles count on the day they were published (an instant), events on the day they were held; both days are
// read in Vietnam time ($3) by the database, once per exemplar and day
const PROPAGATION_SQL = `
SELECT exemplar, array_agg(DISTINCT day) AS days FROM (
  SELECT r.exemplars_id AS exemplar, to_char(a.published_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day
    FROM articles a JOIN articles_rels r ON r.parent_id = a.id AND r.path = 'exemplars'
   WHERE a._status = 'published' AND a.published_at >= $1 AND a.published_at < $2 AND r.exemplars_id IS NOT NULL
  UNION ALL
  SELECT r.exemplars_id, to_char(ev.date AT TIME ZONE $3, 'YYYY-MM-DD')
    FROM events ev JOIN events_rels r ON r.parent_id = ev.id AND r.path = 'exemplars'
   WHERE ev.date >= $1 AND ev.date < $2 AND r.exemplars_id IS NOT NULL
) d GROUP BY exemplar`

export async function propagationDays(payload: Payload, year: number): Promise<PropagationDays> {
  const { start, end } = yearBounds(year)
  const res = await poolOf(payload).query<{ exemplar: number; days: string[] }>(PROPAGATION_SQL, [
    start.toISOString(),
    end.toISOString(),
    TIME_ZONE,
  ])
  return new Map(res.rows.map((r) => [Number(r.exemplar), r.days]))
}
