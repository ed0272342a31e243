// Next's page and data cache in Redis (REDIS_URL): every `next start` process reads and invalidates the same
// entries, so a page revalidated by one process is fresh on all. next.config.mjs uses this file only when
// REDIS_URL is set; without it Next keeps its default (memory and .next folder of each process).
import fs from 'node:fs'
import path from 'node:path'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

// entries of one build only: a new deployment starts from its own pages, processes of the same build share theirs
function keyPrefix() {
  let build = 'dev'
  try {
    build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    // no build (dev): one shared prefix
  }
  return `${process.env.REDIS_KEY_PREFIX || 'guong-sang'}:${build}:`
}

CacheHandler.onCreation(() => {
  if (globalThis.gsCacheConfig) return globalThis.gsCacheConfig
  globalThis.gsCacheConfig = (async () => {
    // the build renders into a throwaway memory cache; the running servers load its pages into Redis (instrumentation)
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [createLruHandler()] }
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000, socket: { connectTimeout: 3000 } })
    // a Redis outage must not crash the server: the client reconnects by itself, reads miss meanwhile
    client.on('error', (err) => console.warn(`[cache] Redis: ${err.message}`))
    try {
      await client.connect()
    } catch (err) {
      // start anyway, but say loudly that this process no longer shares its pages with the others
      console.error(
        `[cache] Không kết nối được Redis, dùng bộ đệm riêng của tiến trình / Redis unreachable, per-process cache: ${err.message}`,
      )
      client.destroy()
      return { handlers: [createLruHandler()] }
    }
    return { handlers: [createRedisHandler({ client, keyPrefix: keyPrefix(), timeoutMs: 1000 })] }
  })()
  return globalThis.gsCacheConfig
})

export default CacheHandler
