import type pg from 'pg'

type Queryable = Pick<pg.Pool, 'query'>

/**
 * Payload 3.90's runJobs finds free jobs and then marks them `processing` row by row (drizzle updateJobs: a SELECT,
 * then one UPDATE per id), so two processes can both take the same job. Here one statement takes up to `limit`
 * free jobs of `queue`: rows another worker is taking are skipped (SKIP LOCKED), and a row already taken fails
 * the `processing` recheck. The filter is Payload's own (not done, not failed, not waiting).
 */
export async function claimJobs(db: Queryable, queue: string, limit: number): Promise<number[]> {
  const res = await db.query<{ id: number }>(
    `UPDATE payload_jobs SET processing = true, updated_at = now()
      WHERE processing IS NOT TRUE AND id IN (
        SELECT id FROM payload_jobs
         WHERE completed_at IS NULL AND has_error IS NOT TRUE AND processing IS NOT TRUE
           AND (wait_until IS NULL OR wait_until < now()) AND queue = $1
         ORDER BY created_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [queue, limit],
  )
  return res.rows.map((r) => Number(r.id)).sort((a, b) => a - b)
}

/** Gives back jobs this worker took but will not run (it is stopping). */
export async function releaseJobs(db: Queryable, ids: number[]): Promise<void> {
  if (ids.length) await db.query(`UPDATE payload_jobs SET processing = false WHERE id = ANY($1::int[]) AND completed_at IS NULL`, [ids])
}

/** A worker's heartbeat on the jobs it holds: a worker that dies stops touching them, and they count as abandoned. */
export async function touchJobs(db: Queryable, ids: number[]): Promise<void> {
  if (ids.length) await db.query(`UPDATE payload_jobs SET updated_at = now() WHERE id = ANY($1::int[]) AND processing`, [ids])
}

/**
 * Jobs still marked `processing` with no heartbeat for `staleMs` belonged to a worker that was killed (or lost its
 * machine): they go back to the queue, and Payload reruns the tasks that had not finished.
 */
export async function releaseAbandonedJobs(db: Queryable, staleMs: number): Promise<number[]> {
  const res = await db.query<{ id: number }>(
    `UPDATE payload_jobs SET processing = false
      WHERE processing AND completed_at IS NULL AND updated_at < now() - ($1::int * interval '1 millisecond')
      RETURNING id`,
    [staleMs],
  )
  return res.rows.map((r) => Number(r.id))
}
