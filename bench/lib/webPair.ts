import path from 'node:path'
import { createClient } from '@redis/client'
import { findFreePort } from '../../src/db/embeddedPostgres'
import { root, startProductionApp } from '../../scripts/lib/nextServer'
import { startNginx } from './nginx'

export interface WebPair {
  /** nginx's address: where the clients go */
  url: string
  /** the two `next start` processes */
  pids: number[]
  stop: () => Promise<void>
}

/**
 * The deployment for more than one core (README "Triển khai"): two `next start` on the last build, sharing Next's
 * cache in Redis and one MEDIA_DIR, behind nginx with the project's template (an upstream of both). Mail and other
 * jobs stay with the jobs worker already running beside the first server.
 */
export async function startWebPair(env: NodeJS.ProcessEnv, redisUrl: string): Promise<WebPair> {
  const ports = [await findFreePort(3440)]
  ports.push(await findFreePort(ports[0] + 1))
  const nginx = await startNginx({
    upstream: ports.map((p) => `127.0.0.1:${p}`).join('; server '),
    staticFile: path.join(root, 'README.md'),
  })
  const redisPrefix = `gs-bench-${process.pid}`
  const shared = { ...env, JOBS_AUTORUN: '0', REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisPrefix }
  const servers = await Promise.all(
    ports.map((port) => startProductionApp({ port, env: shared, build: false, seed: false, publicUrl: nginx.cachedAppUrl, quiet: true })),
  )
  return {
    url: nginx.cachedAppUrl,
    pids: servers.map((s) => s.pid),
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()))
      await nginx.stop()
      const redis = createClient({ url: redisUrl })
      await redis.connect()
      for (const key of await redis.keys(`${redisPrefix}:*`)) await redis.del(key)
      redis.destroy()
    },
  }
}
