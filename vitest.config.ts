import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'), '@': path.resolve(import.meta.dirname, 'src') }

/**
 * tests/int/faults-database.test.ts stops its own PostgreSQL under load: a read Payload started and did not wait for
 * then rejects with the lost connection's error. A Next server logs such a rejection and goes on (its process error
 * handlers); the tests ignore exactly these (a connection ended by the server) and nothing else.
 */
const stoppedDatabase = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const e = error as { code?: unknown; message?: unknown; cause?: unknown }
  const lost =
    /terminating connection due to administrator command|Client has encountered a connection error|Connection terminated unexpectedly/
  return e.code === '57P01' || lost.test(String(e.message ?? '')) || stoppedDatabase(e.cause, depth + 1)
}

export default defineConfig({
  resolve: { alias },
  test: {
    onUnhandledError: (error) => !stoppedDatabase(error),
    projects: [
      { resolve: { alias }, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      {
        resolve: { alias },
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.test.ts'],
          globalSetup: ['tests/setup/database.ts'],
          fileParallelism: false,
          hookTimeout: 180_000,
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/database.ts', 'tests/setup/server.ts'],
          fileParallelism: false,
          hookTimeout: 600_000,
          testTimeout: 180_000,
        },
      },
    ],
  },
})
