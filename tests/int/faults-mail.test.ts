/**
 * The SMTP server down for a while: the mails queued as jobs (submission receipts, screening results) fail, stay in
 * the queue with their error and a backoff, and once the server is back each arrives exactly once.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailCatcher } from '../../src/mail/mailCatcher'
import { entrySubmission, makeOpenContest } from '../helpers/contestEntry'
import { sleep } from '../helpers/faultLoad'
import { mailLines } from '../helpers/mailbox'

const MAIL_TASKS = ['sendEntryReceipt', 'sendEntryScreening']
const RETRY_DELAY_MS = 1500

let payload: Payload
let api: typeof import('../helpers/rest')
let dir: string
let mailbox: { port: number; close: () => Promise<void> } | null
const authors: { email: string; token: string }[] = []
let organizer: string

type Job = {
  id: number
  taskSlug: string
  input: { entryId: number }
  totalTried: number
  hasError: boolean
  waitUntil?: string
  completedAt?: string
  log?: { state: string; error?: { message?: string } }[]
}

/** The mail jobs of the given entries still in the queue (Payload deletes a job once it has completed). */
async function mailJobs(entryIds: number[]): Promise<Job[]> {
  const found = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { in: MAIL_TASKS } },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  return (found.docs as unknown as Job[]).filter((j) => entryIds.includes(Number(j.input?.entryId)))
}

describe('SMTP server down for a while', () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-faults-mail-'))
    mailbox = await startMailCatcher(dir, { preferredPort: 43525 })
    // the configuration and the mail tasks read these when they are first imported, below
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailbox.port), MAIL_RETRY_DELAY_MS: String(RETRY_DELAY_MS) })
    api = await import('../helpers/rest')
    payload = await (await import('../helpers/payload')).testPayload()
    const { makeUser, PASSWORD } = await import('../helpers/fixtures')
    for (let i = 0; i < 3; i++) {
      const user = await makeUser(payload, 'journalist')
      authors.push({ email: user.email, token: await api.login(user.email, PASSWORD) })
    }
    organizer = await api.login((await makeUser(payload, 'organizer')).email, PASSWORD)
  })
  afterAll(async () => {
    await payload?.destroy()
    await mailbox?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps the mails queued with their error while SMTP is down and delivers each exactly once after', async () => {
    const contest = await makeOpenContest(payload, 'Cuộc thi viết khi máy chủ thư ngừng')
    await mailbox!.close()
    mailbox = null

    // three submissions (a receipt each) and one screening result, all queued as jobs
    const entries: number[] = []
    for (const author of authors) {
      const res = await api.rest('POST', '/entries', { token: author.token, json: entrySubmission(contest, randomUUID()) })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      entries.push(res.body.doc.id)
    }
    const screened = await api.rest('PATCH', `/entries/${entries[0]}`, { token: organizer, json: { status: 'eligible' } })
    expect(screened.status, JSON.stringify(screened.body)).toBe(200)
    expect((await mailJobs(entries)).map((j) => j.taskSlug).sort()).toEqual([
      'sendEntryReceipt',
      'sendEntryReceipt',
      'sendEntryReceipt',
      'sendEntryScreening',
    ])

    await payload.jobs.run({ limit: 500 })
    expect(await mailLines(dir)).toEqual([])
    let jobs = await mailJobs(entries)
    expect(jobs).toHaveLength(4)
    for (const job of jobs) {
      expect(job.completedAt ?? null).toBeNull()
      expect(job.hasError).toBe(false)
      expect(job.totalTried).toBe(1)
      expect(job.log?.at(-1)?.state).toBe('failed')
      expect(job.log?.at(-1)?.error?.message).toMatch(/ECONNREFUSED/)
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }

    // within the backoff the queue leaves them alone
    await payload.jobs.run({ limit: 500 })
    expect((await mailJobs(entries)).map((j) => j.totalTried)).toEqual([1, 1, 1, 1])

    mailbox = await startMailCatcher(dir, { preferredPort: Number(process.env.SMTP_PORT) })
    expect(mailbox.port).toBe(Number(process.env.SMTP_PORT))
    const waitUntil = Math.max(...jobs.map((j) => new Date(j.waitUntil!).getTime()))
    await sleep(Math.max(0, waitUntil - Date.now()) + 100)
    await payload.jobs.run({ limit: 500 })
    await payload.jobs.run({ limit: 500 })
    jobs = await mailJobs(entries)
    expect(jobs).toEqual([])

    // each mail once: a receipt per author, and the screening result to the first
    const lines = await mailLines(dir)
    expect(new Set(lines).size).toBe(lines.length)
    const kinds = lines.map((l) => l.replace(/ \| (Xác nhận nộp tác phẩm|Kết quả thẩm định).*$/, ' | $1'))
    const expected = [...authors.map((a) => `${a.email} | Xác nhận nộp tác phẩm`), `${authors[0].email} | Kết quả thẩm định`]
    expect(kinds).toEqual(expected.sort())
  })
})
