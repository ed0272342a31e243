import { spawn } from 'node:child_process'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'
import { startWorker } from '../../src/jobs/worker/loop'
import { testPayload } from '../helpers/payload'

/** Queues `n` receipts for entries that do not exist: the task finds nothing to mail and succeeds at once. */
async function queueJobs(payload: Payload, queue: string, n: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const job = await payload.jobs.queue({ task: 'sendEntryReceipt', input: { entryId: 2_000_000_000 + i }, queue })
    ids.push(Number(job.id))
  }
  return ids
}

/** Jobs still in the table (Payload deletes a job once it completes), in id order. */
async function jobRows(payload: Payload, ids: number[]) {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const res = await pool.query(`SELECT id, processing FROM payload_jobs WHERE id = ANY($1::int[]) ORDER BY id`, [ids])
  return res.rows as { id: number; processing: boolean }[]
}

const allDone = (payload: Payload, ids: number[]) => async () => (await jobRows(payload, ids)).length === 0

/** Counts every run of the receipt task by the entry it was given (the handler is looked up when a task runs). */
function countRuns(payload: Payload) {
  const task = payload.config.jobs.tasks!.find((t) => t.slug === 'sendEntryReceipt')!
  const original = task.handler
  const runs = new Map<number, number>()
  task.handler = (async (args: { input: { entryId: number } }) => {
    runs.set(args.input.entryId, (runs.get(args.input.entryId) ?? 0) + 1)
    return (original as (a: unknown) => unknown)(args)
  }) as never
  return { runs, restore: () => (task.handler = original) }
}

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * `npm run worker` as a child process, once it says it is working the queue. A start the worker itself reports as
 * stalled (an import left unsettled while loading, see scripts/lib/tsNode.ts) is tried again, at most three times;
 * any other exit fails the test with the worker's output.
 */
async function startedWorker() {
  let last = ''
  for (let attempt = 1; attempt <= 3; attempt++) {
    const child = spawn(process.execPath, [...TS_NODE_ARGS, 'scripts/worker.ts'], {
      env: { ...process.env, WORKER_QUEUE: 'worker-process', WORKER_POLL_MS: '200', WORKER_START_TIMEOUT_MS: '60000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    let code: number | null | undefined
    const exited = new Promise<number | null>((r) => child.once('exit', (c) => r((code = c))))
    await until(async () => output.includes('working queue') || code !== undefined, 90_000)
    if (output.includes('working queue')) return { child, exited, output: () => output, exitCode: () => code }
    last = `attempt ${attempt}: exit ${code}\n${output}`
    if (!(code === 1 && output.includes('did not start within'))) break
  }
  throw new Error(`the worker did not start\n${last}`)
}

describe('jobs worker', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => payload.destroy())

  it('two workers over 20 queued jobs: every job runs exactly once', async () => {
    const ids = await queueJobs(payload, 'worker-pair', 20)
    const counter = countRuns(payload)
    const opts = { queue: 'worker-pair', limit: 3, pollMs: 20 }
    const a = startWorker(payload, opts)
    const b = startWorker(payload, opts)
    try {
      await until(allDone(payload, ids), 60_000)
    } finally {
      await Promise.all([a.stop(), b.stop()])
      counter.restore()
    }
    expect([...a.ran, ...b.ran].sort((x, y) => x - y)).toEqual(ids)
    expect(a.ran.filter((id) => b.ran.includes(id))).toEqual([])
    // which worker took how many depends on the machine's timing; what matters is that none ran twice
    // the task itself ran once for each of the 20 inputs
    expect([...counter.runs.entries()].sort((x, y) => x[0] - y[0])).toEqual(ids.map((_, i) => [2_000_000_000 + i, 1]))
  })

  it('stop() lets the running job finish and gives back the jobs it had not started', async () => {
    const ids = await queueJobs(payload, 'worker-stop', 4)
    const original = payload.jobs.runByID
    let started!: () => void
    const firstStarted = new Promise<void>((r) => (started = r))
    payload.jobs.runByID = (async (args: Parameters<typeof original>[0]) => {
      started()
      await new Promise((r) => setTimeout(r, 500))
      return original(args)
    }) as unknown as typeof original
    try {
      const worker = startWorker(payload, { queue: 'worker-stop', limit: 4, pollMs: 20 })
      await firstStarted
      await worker.stop()
      expect(worker.ran).toEqual([ids[0]])
    } finally {
      payload.jobs.runByID = original
    }
    // the first job finished (and was removed); the three it had not started are free for another worker
    expect(await jobRows(payload, ids)).toEqual(ids.slice(1).map((id) => ({ id, processing: false })))
  })

  it('npm run worker: works the queue and exits 0 on SIGTERM', async () => {
    const ids = await queueJobs(payload, 'worker-process', 3)
    const worker = await startedWorker()
    const running = async () => {
      if (worker.exitCode() !== undefined) throw new Error(`the worker exited early (${worker.exitCode()})`)
      return allDone(payload, ids)()
    }
    try {
      await until(running, 120_000)
    } catch (err) {
      throw new Error(`${err instanceof Error ? err.message : err}\n--- worker output ---\n${worker.output()}`)
    } finally {
      worker.child.kill('SIGTERM')
    }
    expect(await worker.exited).toBe(0)
    expect(worker.output()).toContain('SIGTERM')
    expect(worker.output()).toContain('stopped after 3 jobs')
  }, 420_000)
})
