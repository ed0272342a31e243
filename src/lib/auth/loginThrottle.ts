/**
 * Login throttling, shared by every server process: the counters live in PostgreSQL (table login_throttle,
 * migration 20261126_login_throttle) or in Redis when REDIS_URL is set.
 *
 * An attempt takes a point from its account and from its address BEFORE the password is checked, in one atomic
 * statement each, so parallel attempts cannot slip past the limit; a successful login gives the points back.
 * The account key is the submitted address whether or not such an account exists, so a 429 says nothing about
 * which accounts exist.
 */
import { createHash } from 'node:crypto'
import type { Pool } from 'pg'
import { APIError, type PayloadRequest } from 'payload'
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { clientAddress } from './clientAddress'

/** Failed attempts allowed per window; the account's match Users `auth.maxLoginAttempts` and `lockTime`. */
export const LOGIN_LIMITS = {
  account: { points: 10, duration: 10 * 60, blockDuration: 10 * 60 },
  address: { points: 100, duration: 60 * 60, blockDuration: 15 * 60 },
} as const

export const THROTTLE_TABLE = 'login_throttle'

interface Limiters {
  account: RateLimiterAbstract
  address: RateLimiterAbstract
}

let limiters: Limiters | undefined

async function redisLimiters(url: string): Promise<Limiters> {
  const { Redis } = await import('ioredis')
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  return {
    account: new RateLimiterRedis({ storeClient: client, keyPrefix: 'gs:login:account', ...LOGIN_LIMITS.account }),
    address: new RateLimiterRedis({ storeClient: client, keyPrefix: 'gs:login:address', ...LOGIN_LIMITS.address }),
  }
}

function postgresLimiters(pool: Pool): Limiters {
  const common = { storeClient: pool, storeType: 'pool', tableName: THROTTLE_TABLE, tableCreated: true, clearExpiredByTimeout: true }
  return {
    account: new RateLimiterPostgres({ ...common, keyPrefix: 'account', ...LOGIN_LIMITS.account }),
    address: new RateLimiterPostgres({ ...common, keyPrefix: 'address', ...LOGIN_LIMITS.address }),
  }
}

async function getLimiters(req: PayloadRequest): Promise<Limiters> {
  if (!limiters) {
    limiters = process.env.REDIS_URL
      ? await redisLimiters(process.env.REDIS_URL)
      : postgresLimiters((req.payload.db as unknown as { pool: Pool }).pool)
  }
  return limiters
}

export const throttleEnabled = () => process.env.LOGIN_THROTTLE !== '0'

/** The account key: the address as Payload compares it (lower case, trimmed), hashed so no email is stored. */
export const accountKey = (email: unknown): string =>
  createHash('sha256')
    .update(typeof email === 'string' ? email.normalize('NFC').toLowerCase().trim() : '')
    .digest('hex')
    .slice(0, 40)

export interface Reservation {
  account: string
  address: string | null
}

const tooMany = (req: PayloadRequest, res: RateLimiterRes) => {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000))
  req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
  const minutes = Math.ceil(seconds / 60)
  return new APIError(`Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`, 429, undefined, true)
}

/** Takes a point for this attempt from its account and its address; a 429 with Retry-After once either is spent. */
export async function reserveLoginAttempt(req: PayloadRequest, email: unknown): Promise<Reservation | null> {
  // without an address Payload refuses the attempt (400) before any password is checked: nothing to count
  if (!throttleEnabled() || typeof email !== 'string' || !email.trim()) return null
  const { account, address } = await getLimiters(req)
  const reservation: Reservation = { account: accountKey(email), address: clientAddress(req.headers) }
  const results = await Promise.allSettled([
    account.consume(reservation.account),
    reservation.address ? address.consume(reservation.address) : Promise.resolve(null),
  ])
  for (const r of results) {
    if (r.status === 'rejected') {
      if (r.reason instanceof RateLimiterRes) throw tooMany(req, r.reason)
      throw r.reason
    }
  }
  return reservation
}

/** A successful login gives back the points its attempt took. */
export async function releaseLoginAttempt(req: PayloadRequest, reservation: Reservation): Promise<void> {
  const { account, address } = await getLimiters(req)
  await Promise.all([account.reward(reservation.account, 1), reservation.address ? address.reward(reservation.address, 1) : null])
}
