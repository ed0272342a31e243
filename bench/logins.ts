/**
 * 50 concurrent legitimate logins with the login throttle on (the app under test) and off (a second `next start`
 * of the same build with LOGIN_THROTTLE=0, same database), measured in alternating rounds so both see the same
 * machine load. Each round: USERS different accounts log in at once with the right password, from one address.
 */
import { spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { bin, root, waitForUrl } from '../scripts/lib/nextServer'
import { findFreePort } from '../src/db/embeddedPostgres'
import { makeUser, PASSWORD } from '../tests/helpers/fixtures'
import { call } from './lib/http'
import { fixed, percentile, table } from './lib/load'

const USERS = Number(process.env.LOGIN_USERS || 50)
const ROUNDS = Number(process.env.LOGIN_ROUNDS || 6)

async function startUnthrottled(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await findFreePort(3500)
  const url = `http://127.0.0.1:${port}`
  const child = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', LOGIN_THROTTLE: '0', JOBS_AUTORUN: '0', NEXT_PUBLIC_SERVER_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForUrl(`${url}/`, child, 120_000)
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
    },
  }
}

/** One round: every account logs in at once; the wall time and each login's latency. */
async function round(url: string, emails: string[]): Promise<{ wall: number; latencies: number[] }> {
  const started = performance.now()
  const latencies = await Promise.all(
    emails.map(async (email) => {
      const t = performance.now()
      const res = await call(`${url}/api/users/login`, { json: { email, password: PASSWORD } })
      if (res.status !== 200) throw new Error(`login ${email} at ${url}: ${res.status} ${JSON.stringify(res.body)}`)
      return performance.now() - t
    }),
  )
  return { wall: performance.now() - started, latencies }
}

export async function benchLogins(opts: { payload: Payload; appUrl: string }): Promise<string> {
  const users = []
  for (let i = 0; i < USERS; i++) users.push(await makeUser(opts.payload, 'journalist'))
  const emails = users.map((u) => u.email)
  const off = await startUnthrottled()
  try {
    const runs = { on: [] as { wall: number; latencies: number[] }[], off: [] as { wall: number; latencies: number[] }[] }
    await round(opts.appUrl, emails) // warm both servers
    await round(off.url, emails)
    for (let i = 0; i < ROUNDS; i++) {
      // alternate which goes first, so neither always follows the other's load
      const order = i % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)
      for (const which of order) runs[which].push(await round(which === 'on' ? opts.appUrl : off.url, emails))
    }
    const stats = (rs: { wall: number; latencies: number[] }[]) => {
      const all = rs.flatMap((r) => r.latencies).sort((a, b) => a - b)
      const wall = rs.reduce((s, r) => s + r.wall, 0)
      return {
        perSecond: (rs.length * USERS) / (wall / 1000),
        p50: percentile(all, 50),
        p95: percentile(all, 95),
        max: all[all.length - 1],
      }
    }
    const s = { off: stats(runs.off), on: stats(runs.on) }
    const rows = (['off', 'on'] as const).map((k) => [
      k === 'off' ? 'Không giới hạn (LOGIN_THROTTLE=0) — mốc' : 'Có giới hạn (PostgreSQL)',
      fixed(s[k].perSecond, 1),
      fixed(s[k].p50, 0),
      fixed(s[k].p95, 0),
      fixed(s[k].max, 0),
      fixed(s[k].perSecond / s.off.perSecond, 2) + '×',
    ])
    return [
      `### ${USERS} lượt đăng nhập đúng cùng lúc (${ROUNDS} vòng mỗi bên, xen kẽ)\n`,
      table(['', 'lượt/s', 'p50 ms', 'p95 ms', 'max ms', 'so với mốc'], rows),
      '',
    ].join('\n')
  } finally {
    await off.stop()
  }
}
