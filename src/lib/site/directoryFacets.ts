import type { Payload } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import { poolOf } from '@/lib/db/pool'

export interface DirectoryFacets {
  /** units that have at least one public exemplar, by name */
  units: { id: number; name: string }[]
  /** years in which public exemplars were recognised, newest first */
  years: number[]
}

/**
 * The directory's filter options, aggregated in PostgreSQL over every public exemplar (GROUP BY), never from a
 * limited list of documents. Public = the statuses anonymous visitors may read (readExemplars). The statuses are
 * compared as the column's enum, not as text, so the planner uses its statistics (as text it guessed 2.5 % public and
 * aggregated every exemplar to list the units).
 */
export async function directoryFacets(payload: Payload): Promise<DirectoryFacets> {
  const pool = poolOf(payload)
  const statuses = [...PUBLIC_EXEMPLAR_STATUSES]
  const [units, years] = await Promise.all([
    pool.query<{ id: number; name: string }>(
      `SELECT u.id, u.name FROM units u
        WHERE EXISTS (SELECT 1 FROM exemplars e WHERE e.unit_id = u.id AND e.status = ANY($1::enum_exemplars_status[]))
        ORDER BY u.name, u.id`,
      [statuses],
    ),
    pool.query<{ year: number }>(
      `SELECT n.number::int AS year FROM exemplars_numbers n JOIN exemplars e ON e.id = n.parent_id
        WHERE n.path = 'recognisedYears' AND n.number IS NOT NULL AND e.status = ANY($1::enum_exemplars_status[])
        GROUP BY 1 ORDER BY 1 DESC`,
      [statuses],
    ),
  ])
  return { units: units.rows.map((u) => ({ id: Number(u.id), name: u.name })), years: years.rows.map((y) => Number(y.year)) }
}
