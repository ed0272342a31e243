/**
 * The two large inputs of the annual report read straight from the tables: the scope's exemplars (with their fields
 * and recognised years) and the year's published articles that belong to the scope (by their unit, or else by a
 * featured exemplar of the scope). Read through Payload, 20,000 exemplars and 10,000 articles with their relations
 * took seconds; here each is one query. Days are Vietnam days, read by the database.
 */
import type { Payload } from 'payload'
import type { ReportInput } from '@/domain/report/annualReport'
import { TIME_ZONE, yearBounds } from '@/domain/time/vietnam'
import { RECOGNISED_YEARS_OF_E } from '@/lib/db/exemplarColumns'
import { poolOf } from '@/lib/db/pool'

const EXEMPLARS_SQL = `
SELECT e.id, e.unit_id AS unit, e.status::text AS status,
       coalesce(to_char(e.discovered_on AT TIME ZONE $2, 'YYYY-MM-DD'), '') AS "discoveredOn",
       coalesce((SELECT array_agg(r.fields_id ORDER BY r."order") FROM exemplars_rels r
                  WHERE r.parent_id = e.id AND r.path = 'fields' AND r.fields_id IS NOT NULL), '{}') AS fields,
       ${RECOGNISED_YEARS_OF_E} AS "recognisedYears"
  FROM exemplars e
 WHERE e.unit_id = ANY($1::int[])`

export type ScopeExemplar = ReportInput['exemplars'][number] & { id: number }

export async function scopeExemplars(payload: Payload, unitIds: Set<number>): Promise<ScopeExemplar[]> {
  const res = await poolOf(payload).query<ScopeExemplar>(EXEMPLARS_SQL, [[...unitIds], TIME_ZONE])
  return res.rows.map((r) => ({ ...r, fields: r.fields.map(Number), recognisedYears: r.recognisedYears.map(Number) }))
}

// the column's name as the site shows it: Vietnamese, else the English one
const ARTICLES_SQL = `
SELECT coalesce(o.name, '') AS outlet,
       coalesce((SELECT cl.name FROM columns_locales cl WHERE cl._parent_id = a.column_id
                  ORDER BY (cl._locale = 'vi') DESC LIMIT 1), '') AS "column",
       to_char(a.published_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day
  FROM articles a
  LEFT JOIN outlets o ON o.id = a.outlet_id
 WHERE a._status = 'published' AND a.published_at >= $2 AND a.published_at < $3
   AND CASE WHEN a.unit_id IS NOT NULL THEN a.unit_id = ANY($1::int[])
            ELSE EXISTS (SELECT 1 FROM articles_rels r JOIN exemplars e ON e.id = r.exemplars_id
                          WHERE r.parent_id = a.id AND r.path = 'exemplars' AND e.unit_id = ANY($1::int[])) END`

export async function scopeArticles(payload: Payload, unitIds: Set<number>, year: number): Promise<ReportInput['articles']> {
  const { start, end } = yearBounds(year)
  const res = await poolOf(payload).query<ReportInput['articles'][number]>(ARTICLES_SQL, [
    [...unitIds],
    start.toISOString(),
    end.toISOString(),
    TIME_ZONE,
  ])
  return res.rows
}
