/**
 * The page cache handler used when REDIS_URL is set (cache-handler.mjs): entries and tag invalidations live in
 * Redis, where every server process finds them. The scale-out test checks the same through two real servers.
 */
import net from 'node:net'
import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const reachable = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL)
  const socket = net.connect(Number(port || 6379), hostname, () => (socket.end(), resolve(true)))
  socket.on('error', () => resolve(false))
})
if (!reachable) console.warn(`page cache test skipped: no Redis at ${REDIS_URL}`)

describe.skipIf(!reachable)('page cache in Redis', () => {
  const prefix = `gs-test-${process.pid}-${Date.now()}`
  const redis = createClient({ url: REDIS_URL })
  let Handler: new (ctx: object) => {
    get: (key: string, ctx?: object) => Promise<{ value: unknown } | null>
    set: (key: string, value: object, ctx: object) => Promise<void>
    revalidateTag: (tag: string | string[]) => Promise<void>
  }
  beforeAll(async () => {
    Object.assign(process.env, { REDIS_URL, REDIS_KEY_PREFIX: prefix })
    Handler = (await import('../../cache-handler.mjs' as string)).default
    await redis.connect()
  })
  afterAll(async () => {
    for (const key of await redis.keys(`${prefix}:*`)) await redis.del(key)
    redis.destroy()
  })

  it('an entry written by one handler is in Redis, read by another, and gone for both once its tag is revalidated', async () => {
    const a = new Handler({})
    const b = new Handler({})
    const value = { kind: 'FETCH', data: { headers: {}, body: 'trang bài viết', status: 200, url: '/bai-viet/x' }, revalidate: 300 }
    await a.set('bai-viet-x', value, { tags: ['bai-viet'], revalidate: 300, fetchCache: true })
    expect((await redis.keys(`${prefix}:*`)).some((k) => k.endsWith('bai-viet-x'))).toBe(true)
    expect((await b.get('bai-viet-x', { kind: 'FETCH', tags: ['bai-viet'], softTags: [] }))?.value).toMatchObject({
      data: { body: 'trang bài viết' },
    })
    await b.revalidateTag('bai-viet')
    expect(await a.get('bai-viet-x', { kind: 'FETCH', tags: ['bai-viet'], softTags: [] })).toBeNull()
  })
})
