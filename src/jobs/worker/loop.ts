import type { Payload } from 'payload'
import { claimJobs, releaseAbandonedJobs, releaseJobs, touchJobs } from './claim'
import { poolOf } from '@/lib/db/pool'

export interface WorkerOptions {
  queue?: string
  /** jobs taken per poll; they run one after another (PDFs and reports are CPU-heavy) */
  limit?: number
  /** pause when the queue is empty */
  pollMs?: number
  /** heartbeat of the running job; a job without one for 10× this long is taken back */
  heartbeatMs?: number
  log?: (message: string) => void
}

export interface Worker {
  /** ids of the jobs this worker ran, in order */
  ran: number[]
  /** finishes the running job, gives back the ones not started, and resolves when the loop has ended */
  stop: () => Promise<void>
  done: Promise<void>
}

/** Works the jobs queue until stopped. Errors (a database restart) are logged and the loop goes on after a pause. */
export function startWorker(payload: Payload, opts: WorkerOptions = {}): Worker {
  const { queue = 'default', limit = 5, pollMs = 2000, heartbeatMs = 30_000, log = () => undefined } = opts
  const pool = poolOf(payload)
  let stopping = false
  let wake: () => void = () => undefined
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  const ran: number[] = []

  /** Runs a claimed batch in order, keeping the heartbeat on every job of it not finished yet. */
  async function runBatch(ids: number[]) {
    let held = ids
    const beat = setInterval(() => void touchJobs(pool, held).catch(() => undefined), heartbeatMs)
    try {
      for (const [i, id] of ids.entries()) {
        if (stopping) {
          await releaseJobs(pool, ids.slice(i))
          return
        }
        await payload.jobs.runByID({ id, overrideAccess: true })
        ran.push(id)
        held = ids.slice(i + 1)
      }
    } finally {
      clearInterval(beat)
    }
  }

  const done = (async () => {
    let lastSweep = 0
    while (!stopping) {
      try {
        if (Date.now() - lastSweep > heartbeatMs) {
          lastSweep = Date.now()
          const back = await releaseAbandonedJobs(pool, heartbeatMs * 10)
          if (back.length) log(`Nhận lại việc bị bỏ dở / re-queued abandoned jobs: ${back.join(', ')}`)
        }
        const ids = await claimJobs(pool, queue, limit)
        if (!ids.length) {
          await pause(pollMs)
          continue
        }
        await runBatch(ids)
      } catch (err) {
        log(`Lỗi hàng đợi, thử lại sau / queue error, retrying: ${err instanceof Error ? err.message : String(err)}`)
        await pause(pollMs)
      }
    }
  })()

  return {
    ran,
    done,
    stop: async () => {
      stopping = true
      wake()
      await done
    },
  }
}
