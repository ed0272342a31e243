import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { FAILED_LOGIN_MESSAGE } from '../../src/hooks/sameAnswerForFailedLogins'
import { LOGIN_LIMITS } from '../../src/lib/auth/loginThrottle'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gql, rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterEach(() => {
  vi.useRealTimers()
})
afterAll(() => payload.destroy())

const attempt = (email: string, password: string, headers: Record<string, string> = {}) =>
  rest('POST', '/users/login', { json: { email, password }, headers })

const loginAttempts = async (id: number) =>
  (await payload.db.drizzle.execute(`select login_attempts from users where id = ${Number(id)}`)).rows[0]?.login_attempts

describe('login throttling', () => {
  it('30 parallel wrong passwords for one account: exactly 10 are checked, the rest get 429 with Retry-After', async () => {
    const user = await makeUser(payload, 'journalist')
    const answers = await Promise.all(Array.from({ length: 30 }, () => attempt(user.email, 'SaiMatKhau@1')))
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.account.points)
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LOGIN_LIMITS.account.points)
    for (const a of answers.filter((x) => x.status === 429)) {
      const retryAfter = Number(a.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.account.blockDuration)
      expect(a.body.errors[0].message).toMatch(/quá nhiều lần/)
    }
    // Payload's own counter saw the same ten attempts
    expect(Number(await loginAttempts(user.id))).toBe(10)
    // the right password does not get through while the account is throttled
    expect((await attempt(user.email, PASSWORD)).status).toBe(429)

    // eleven minutes later the window and Payload's lock are over: the right password works
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 11 * 60 * 1000)
    const later = await attempt(user.email, PASSWORD)
    expect(later.status).toBe(200)
    expect(later.body.token).toBeTruthy()
  })

  it('locked, unknown and wrong get the same status and the same Vietnamese body, in any browser language', async () => {
    const locked = await makeUser(payload, 'journalist')
    await payload.db.updateOne({
      collection: 'users',
      id: locked.id,
      data: { lockUntil: new Date(Date.now() + 60 * 60 * 1000).toISOString(), loginAttempts: 10 },
    })
    const other = await makeUser(payload, 'journalist')
    const answers = [
      await attempt(locked.email, PASSWORD),
      await attempt(locked.email, 'SaiMatKhau@1', { 'Accept-Language': 'en' }),
      await attempt(`${uniq('khongco')}@test.vn`, 'SaiMatKhau@1'),
      await attempt(`${uniq('khongco')}@test.vn`, 'SaiMatKhau@1', { 'Accept-Language': 'en' }),
      await attempt(other.email, 'SaiMatKhau@1'),
      await attempt(other.email, 'SaiMatKhau@1', { 'Accept-Language': 'en' }),
    ]
    for (const a of answers) {
      expect(a.status).toBe(401)
      expect(a.body).toEqual({ errors: [{ message: FAILED_LOGIN_MESSAGE }] })
    }
    // GraphQL gives the same message and no class name that would tell them apart
    const q = (email: string) => gql(`mutation { loginUser(email: "${email}", password: "SaiMatKhau@1") { token } }`)
    const g = [await q(locked.email), await q(`${uniq('khongco')}@test.vn`), await q(other.email)]
    for (const a of g) {
      expect(a.body.errors[0].message).toBe(FAILED_LOGIN_MESSAGE)
      expect(a.body.errors[0].extensions).toMatchObject({ statusCode: 401, name: 'AuthenticationError' })
    }
  })

  it('one address that fails too often is refused for any account, other addresses are not', async () => {
    const from = { 'X-Forwarded-For': '203.0.113.7' }
    const user = await makeUser(payload, 'journalist')
    for (let i = 0; i < LOGIN_LIMITS.address.points; i++) {
      expect((await attempt(`${uniq('quet')}@test.vn`, 'x', from)).status).toBe(401)
    }
    const refused = await attempt(user.email, PASSWORD, from)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // the same refusal through GraphQL
    const g = await gql(`mutation { loginUser(email: "${user.email}", password: "${PASSWORD}") { token } }`, undefined)
    expect(g.body.errors?.[0]?.extensions?.statusCode ?? 200).not.toBe(429) // GraphQL request came from no address
    expect((await attempt(user.email, PASSWORD, { 'X-Forwarded-For': '203.0.113.8' })).status).toBe(200)
  })

  it('successful logins give their points back: many in a row from one address all pass', async () => {
    const user = await makeUser(payload, 'journalist')
    const from = { 'X-Forwarded-For': '198.51.100.20' }
    for (let i = 0; i < LOGIN_LIMITS.account.points + 2; i++) expect((await attempt(user.email, PASSWORD, from)).status).toBe(200)
    // and the failures still count from zero
    for (let i = 0; i < LOGIN_LIMITS.account.points; i++) expect((await attempt(user.email, 'SaiMatKhau@1', from)).status).toBe(401)
    expect((await attempt(user.email, 'SaiMatKhau@1', from)).status).toBe(429)
  })
})
