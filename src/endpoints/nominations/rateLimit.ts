import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Submissions allowed per client address and window. In memory: one process, reset on restart, which suffices here. */
export const NOMINATION_RATE = { points: 5, duration: 60 * 60 } as const

const limiter = new RateLimiterMemory({ keyPrefix: 'nominations', points: NOMINATION_RATE.points, duration: NOMINATION_RATE.duration })

/**
 * The client's address as the reverse proxy reports it (first `X-Forwarded-For` hop, else `X-Real-IP`).
 * Without a proxy header every request shares one bucket, which errs on the side of limiting.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}

/** Takes one point for `key`; when none is left, the seconds to wait. */
export async function takeSubmissionPoint(key: string): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
  try {
    await limiter.consume(key)
    return { ok: true }
  } catch (err) {
    if (err instanceof RateLimiterRes) return { ok: false, retryAfter: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) }
    throw err
  }
}
