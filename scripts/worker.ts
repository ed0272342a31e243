/**
 * `npm run worker`: the jobs queue (mail, reports, PDFs) in a process of its own, so web processes run with
 * JOBS_AUTORUN=0 and any number of workers share one queue. SIGTERM/SIGINT: the running job finishes, then exit.
 */
process.env.JOBS_AUTORUN = '0' // this process claims jobs itself; Payload's own cron would race it

const num = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback)

async function main(): Promise<number> {
  if (!process.env.DATABASE_URI) {
    console.error(
      'Chưa đặt DATABASE_URI: tiến trình việc nền cần cùng cơ sở dữ liệu với các tiến trình web. / DATABASE_URI is not set: the ' +
        "worker needs the web processes' database.",
    )
    return 1
  }
  // A start that does not complete in time (a module import left unsettled, see scripts/lib/tsNode.ts, or a hung
  // dependency) fails loudly instead of waiting forever or exiting 0 unseen, and the supervisor (Restart=on-failure)
  // starts the worker again.
  const startTimeoutMs = num(process.env.WORKER_START_TIMEOUT_MS, 120_000)
  const startTimer = setTimeout(() => {
    console.error(`[worker] Không khởi động xong trong ${startTimeoutMs} ms / did not start within ${startTimeoutMs} ms`)
    process.exit(1)
  }, startTimeoutMs)
  const [{ getPayload }, { default: config }, { startWorker }, { closePayload }] = await Promise.all([
    import('payload'),
    import('../payload.config'),
    import('../src/jobs/worker/loop'),
    import('../src/db/closePayload'),
  ])
  const payload = await getPayload({ config })
  clearTimeout(startTimer)
  const queue = process.env.WORKER_QUEUE || 'default'
  const worker = startWorker(payload, {
    queue,
    limit: num(process.env.WORKER_LIMIT, 5),
    pollMs: num(process.env.WORKER_POLL_MS, 2000),
    heartbeatMs: num(process.env.WORKER_HEARTBEAT_MS, 30_000),
    log: (m) => payload.logger.info(m),
  })
  console.log(`[worker] Đang chạy hàng đợi "${queue}" (PID ${process.pid}) / working queue "${queue}"`)
  const stop = (signal: string) => {
    console.log(`[worker] ${signal}: hoàn tất việc đang chạy rồi dừng / finishing the running job, then exiting`)
    void worker.stop()
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
  await worker.done
  await closePayload(payload)
  console.log(`[worker] Đã dừng sau ${worker.ran.length} việc / stopped after ${worker.ran.length} jobs`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
