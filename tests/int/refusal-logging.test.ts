import { Writable } from 'node:stream'
import { APIError, logError, type Payload } from 'payload'
import { pino, type LoggerOptions } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { logRefusalsBriefly } from '../../src/lib/log/refusals'
import { makeUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gql, login, rest } from '../helpers/rest'

let payload: Payload
let lines: { level: number; msg?: string; err?: { stack?: string } }[] = []
let original: Payload['logger']

beforeAll(async () => {
  payload = await testPayload()
  original = payload.logger
  // the configured logger's own options, writing to memory instead of the terminal
  const options = (payload.config.logger as { options: LoggerOptions }).options
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  payload.logger = pino({ ...options, level: 'trace' }, sink)
})
afterAll(async () => {
  payload.logger = original
  await payload.destroy()
})

const capture = async (work: () => Promise<unknown>) => {
  lines = []
  await work()
  await new Promise((r) => setImmediate(r))
  return lines
}

describe('refusals are one line, real errors keep their stack', () => {
  it('the configured logger decides by status', () => {
    expect((payload.config.logger as { options: LoggerOptions }).options.hooks?.logMethod).toBe(logRefusalsBriefly)
  })

  it.each([
    ['401 wrong password', () => rest('POST', '/users/login', { json: { email: 'khongco@test.vn', password: 'x' } }), 401],
    ['403 no access', () => rest('GET', '/auditLogs'), 403],
    ['404 missing document', () => rest('GET', '/units/2147483000'), 404],
    ['400 invalid data', () => rest('POST', '/users', { json: { email: 'khong-phai-email', password: 'x', fullName: '' } }), 400],
  ] as const)('%s: one info line, no stack', async (_, work, status) => {
    let res: { status: number } | undefined
    const logged = await capture(async () => (res = await work()))
    expect(res?.status).toBe(status)
    expect(logged.filter((l) => l.level >= 50)).toEqual([])
    expect(logged.some((l) => l.level === 30 && typeof l.msg === 'string' && !l.msg.includes('\n'))).toBe(true)
    expect(JSON.stringify(logged)).not.toMatch(/\bat .*\.js:\d+/)
  })

  it('a refusal inside GraphQL is one line too', async () => {
    const user = await makeUser(payload, 'journalist')
    const token = await login(user.email, PASSWORD)
    const logged = await capture(() => gql('query { AuditLogs { docs { id } } }', token))
    expect(logged.filter((l) => l.level >= 50)).toEqual([])
    expect(logged.some((l) => l.level === 30 && l.msg?.startsWith('[403]'))).toBe(true)
  })

  it('decided by status, not by class name (the production bundle renames classes)', async () => {
    const minified = Object.assign(new Error('Bạn không có quyền.'), { name: 'O', status: 403 })
    const logged = await capture(async () => logError({ err: minified, payload }))
    expect(logged).toEqual([expect.objectContaining({ level: 30, msg: '[403] Bạn không có quyền.' })])
  })

  it('429 is a warning line', async () => {
    const logged = await capture(async () => logError({ err: new APIError('Đăng nhập sai quá nhiều lần.', 429, undefined, true), payload }))
    expect(logged).toEqual([expect.objectContaining({ level: 40, msg: '[429] Đăng nhập sai quá nhiều lần.' })])
  })

  it('a real error (5xx) stays an ERROR with its stack', async () => {
    const logged = await capture(async () => {
      logError({ err: new Error('mất kết nối cơ sở dữ liệu'), payload })
      logError({ err: new APIError('lỗi máy chủ', 500), payload })
    })
    expect(logged).toHaveLength(2)
    for (const l of logged) {
      expect(l.level).toBe(50)
      expect(l.err?.stack).toMatch(/\n\s+at /)
    }
  })
})
