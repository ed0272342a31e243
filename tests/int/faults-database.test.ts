/**
 * PostgreSQL restarted under load: 50 clients read public lists and submit contest entries through the REST route
 * handlers while the database (an embedded server of this test's own, never the machine's) stops for three
 * seconds. Requests meanwhile answer 503 in Vietnamese with Retry-After, the app recovers by itself, and no
 * submission is lost or stored twice.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_DOWN } from '../../src/lib/api/errors'
import { entrySubmission, makeOpenContest } from '../helpers/contestEntry'
import { firstMessage, runClients, sleep, tally, type Outcome } from '../helpers/faultLoad'
import { startOwnPostgres, type OwnPostgres } from '../helpers/ownPostgres'

const CLIENTS = 50
const JOURNALISTS = 5
const RUN_MS = 15_000
const DOWN_AT_MS = 4_000
const DOWN_FOR_MS = 3_000

let own: OwnPostgres
let payload: Payload
let api: typeof import('../helpers/rest')
let health: () => Promise<Response>
let mediaDir: string
const tokens: string[] = []
let contest: { id: number; category: number }

async function submit(client: number, key: string): Promise<Outcome> {
  const started = Date.now()
  const res = await api.rest('POST', '/entries', { token: tokens[client % JOURNALISTS], json: entrySubmission(contest, key) })
  return {
    kind: 'submit',
    status: res.status,
    started,
    ended: Date.now(),
    message: firstMessage(res.body),
    retryAfter: res.headers.get('retry-after'),
    key,
    client,
  }
}

async function read(client: number): Promise<Outcome> {
  const started = Date.now()
  const res = await api.rest('GET', client % 2 ? '/exemplars?limit=5&depth=0' : '/contests?limit=5&depth=0')
  return {
    kind: 'read',
    status: res.status,
    started,
    ended: Date.now(),
    message: firstMessage(res.body),
    retryAfter: res.headers.get('retry-after'),
  }
}

const storedKeys = async (keys: string[]) => {
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const res = await pool.query(
    'SELECT submission_key AS key, count(*)::int AS n FROM entries WHERE submission_key = ANY($1::text[]) GROUP BY 1',
    [keys],
  )
  return new Map(res.rows.map((r: { key: string; n: number }) => [r.key, r.n]))
}

describe('PostgreSQL restarted while 50 clients read and submit', () => {
  beforeAll(async () => {
    const t0 = Date.now()
    own = await startOwnPostgres()
    const t1 = Date.now()
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-faults-db-'))
    // the configuration reads these when it is first imported, below
    Object.assign(process.env, { DATABASE_URI: own.uri, MEDIA_DIR: mediaDir, PAYLOAD_PUSH: '0' })
    api = await import('../helpers/rest')
    payload = await (await import('../helpers/payload')).testPayload()
    const { migrations } = await import('../../src/migrations')
    const t2 = Date.now()
    await payload.db.migrate({ migrations: migrations as never })
    const t3 = Date.now()
    health = (await import('../../src/app/(payload)/api/health/route')).GET
    const { makeUser, PASSWORD } = await import('../helpers/fixtures')
    contest = await makeOpenContest(payload, 'Cuộc thi viết trong sự cố')
    for (let i = 0; i < JOURNALISTS; i++) tokens.push(await api.login((await makeUser(payload, 'journalist')).email, PASSWORD))
    console.log(
      `[faults-database] setup ${Date.now() - t0} ms: postgres ${t1 - t0}, payload ${t2 - t1}, migrations ${t3 - t2}, fixtures ` +
        `${Date.now() - t3}`,
    )
  })
  afterAll(async () => {
    await payload?.destroy()
    await own?.close()
    // set only once the database started: a failed start must report itself, not this clean-up
    if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  it('answers 503 in Vietnamese during the outage, recovers within 10 s and loses or doubles no submission', async () => {
    const start = Date.now()
    const window = { down: 0, stopped: 0, starting: 0, up: 0 }
    const healthAnswers: { at: number; status: number }[] = []
    // ~15 s in all, and at least 6 s after the restart to see the recovery (stopping takes seconds on a busy machine)
    const stopped = () => window.up > 0 && Date.now() > Math.max(start + RUN_MS, window.up + 6_000)

    const outage = (async () => {
      await sleep(DOWN_AT_MS)
      window.down = Date.now()
      await own.stop()
      window.stopped = Date.now()
      await sleep(DOWN_FOR_MS)
      window.starting = Date.now()
      await own.start()
      window.up = Date.now()
    })()
    const probe = (async () => {
      while (!stopped()) {
        const at = Date.now()
        healthAnswers.push({ at, status: (await health()).status })
        await sleep(250)
      }
    })()
    const outcomes = await runClients(CLIENTS, stopped, (client, n) => (client % 2 && n % 2 ? submit(client, randomUUID()) : read(client)))
    await Promise.all([outage, probe])

    const summary = JSON.stringify({
      tally: tally(outcomes),
      window: { stop: window.stopped - window.down, start: window.up - window.starting },
    })
    const ok = outcomes.filter((o) => o.status >= 200 && o.status < 300)
    const failed = outcomes.filter((o) => !(o.status >= 200 && o.status < 300))
    // every failure is the outage's: a 503 with the Vietnamese message and Retry-After, sent while the database was away
    const unexpected = failed.filter((o) => o.status !== 503 || o.message !== DATABASE_DOWN || !o.retryAfter)
    expect(unexpected.slice(0, 5), summary).toEqual([])
    expect(
      failed.every((o) => o.ended >= window.down && o.started <= window.up + 10_000),
      summary,
    ).toBe(true)
    // the outage was seen: nothing sent while the server was stopped succeeded; the clients got answers before it
    expect(
      failed.some((o) => o.started >= window.down && o.ended <= window.up),
      summary,
    ).toBe(true)
    expect(
      ok.filter((o) => o.started >= window.stopped && o.ended <= window.starting),
      summary,
    ).toEqual([])
    expect(
      ok.some((o) => o.ended < window.down),
      summary,
    ).toBe(true)
    const firstOkAfter = Math.min(...ok.filter((o) => o.started >= window.up).map((o) => o.ended))
    expect(firstOkAfter - window.up, summary).toBeLessThan(10_000)
    console.log(`[faults-database] ${summary}; first success ${firstOkAfter - window.up} ms after the restart`)

    // the health check answered 503 while the database was away and 200 again after it came back
    expect(healthAnswers.some((h) => h.at >= window.stopped && h.at < window.starting && h.status === 503)).toBe(true)
    expect(healthAnswers.filter((h) => h.at > window.up + 10_000).every((h) => h.status === 200)).toBe(true)
    expect((await health()).status).toBe(200)

    // a submission answered 2xx is stored exactly once; one that failed is stored at most once
    const submits = outcomes.filter((o) => o.kind === 'submit')
    const stored = await storedKeys(submits.map((o) => o.key!))
    for (const o of submits) {
      if (o.status >= 200 && o.status < 300) expect(stored.get(o.key!), `accepted ${o.key}`).toBe(1)
      else expect(stored.get(o.key!) ?? 0, `failed ${o.key}`).toBeLessThanOrEqual(1)
    }
    // the client sends a failed submission again with its key: each ends up stored exactly once
    const retried = submits.filter((o) => o.status >= 300)
    expect(retried.length, summary).toBeGreaterThan(0)
    // ten at a time, as the clients would (all at once they would queue past the pool's connect timeout)
    const again: Outcome[] = []
    for (let i = 0; i < retried.length; i += 10)
      again.push(...(await Promise.all(retried.slice(i, i + 10).map((o) => submit(o.client!, o.key!)))))
    expect(
      again.filter((o) => o.status !== 200 && o.status !== 201),
      summary,
    ).toEqual([])
    const after = await storedKeys(retried.map((o) => o.key!))
    expect(retried.filter((o) => after.get(o.key!) !== 1).map((o) => o.key)).toEqual([])
  })
})
