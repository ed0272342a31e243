import { spawn } from 'node:child_process'
import { root } from '../../scripts/lib/nextServer'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'

/**
 * The deployment's jobs worker (`npm run worker`, README "Triển khai"): mail, reports and PDFs run in their own
 * process beside the web server, which runs with JOBS_AUTORUN=0. It polls the queue every second.
 */
export function startJobsWorker(env: NodeJS.ProcessEnv): { stop: () => Promise<void> } {
  const child = spawn(process.execPath, [...TS_NODE_ARGS, 'scripts/worker.ts'], {
    cwd: root,
    env: { ...env, JOBS_AUTORUN: '0', WORKER_POLL_MS: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return {
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}
