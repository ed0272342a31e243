/**
 * A worker killed (SIGKILL) in the middle of building a report: its job stays marked as taken, another worker
 * finds it without a heartbeat, takes it back and finishes it.
 */
import { spawn } from 'node:child_process'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'
import { startWorker } from '../../src/jobs/worker/loop'
import { makeExemplar, makeUnit } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

async function until<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('a worker killed in the middle of a job', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
    // a year the report can be built for: a plan in force and a few recognised exemplars
    const province = await makeUnit(payload, { name: 'Tỉnh phục hồi', kind: 'province' })
    const commune = await makeUnit(payload, { name: 'Xã phục hồi', kind: 'commune', parent: province.id })
    for (let i = 0; i < 5; i++) await makeExemplar(payload, { unit: commune.id, recognisedYears: [2024] })
    await payload.create({
      collection: 'plans',
      overrideAccess: true,
      data: {
        name: 'Kế hoạch phục hồi',
        periodFrom: 2022,
        periodTo: 2025,
        province: province.id,
        targets: [{ appliesTo: 'kind', unitKind: 'commune', minPerYear: 2, rule: 'recognised' }],
      } as never,
    })
  })
  afterAll(async () => payload.destroy())

  it('the report is built by another worker once the first one stops beating', { timeout: 150_000 }, async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const report = await payload.create({ collection: 'annualReports', data: { year: 2024 }, overrideAccess: true })
    expect(report.status).not.toBe('failed')
    // the create queued a job on the default queue: move it to a queue of this test's own
    const job = (
      await pool.query(`UPDATE payload_jobs SET queue = 'recovery' WHERE input->>'reportId' = $1 RETURNING id`, [String(report.id)])
    ).rows[0]
    expect(job).toBeTruthy()

    const child = spawn(process.execPath, [...TS_NODE_ARGS, 'scripts/worker.ts'], {
      env: { ...process.env, WORKER_QUEUE: 'recovery', WORKER_POLL_MS: '100' },
      stdio: 'ignore',
    })
    const exited = new Promise((r) => child.once('exit', r))
    // as soon as the build has started, the worker dies without any chance to clean up
    await until(
      async () =>
        (await payload.findByID({ collection: 'annualReports', id: report.id, depth: 0, overrideAccess: true })).status === 'running',
      90_000,
    )
    child.kill('SIGKILL')
    await exited
    const left = (await pool.query(`SELECT processing, completed_at FROM payload_jobs WHERE id = $1`, [job.id])).rows[0]
    expect(left).toEqual({ processing: true, completed_at: null })

    // a second worker: its heartbeat of 100 ms treats a job silent for 1 s as abandoned
    const worker = startWorker(payload, { queue: 'recovery', pollMs: 50, heartbeatMs: 100 })
    try {
      // the job finished by the second worker (the first may have written the report just before it died)
      await until(async () => worker.ran.includes(job.id), 60_000)
      const done = await payload.findByID({ collection: 'annualReports', id: report.id, depth: 0, overrideAccess: true })
      expect(done.status).toBe('done')
      expect(done.progress).toBe(100)
      expect(done.pdf).toBeTruthy()
      expect(worker.ran).toEqual([job.id])
      expect((await pool.query(`SELECT id FROM payload_jobs WHERE id = $1 AND completed_at IS NULL`, [job.id])).rows).toEqual([])
    } finally {
      await worker.stop()
    }
  })
})
