import { productionEnvMessage, productionEnvProblems } from './lib/config/productionEnv'

/** Runs once when a server process starts: a production server refuses to run on a development configuration. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const problems = productionEnvProblems(process.env)
  if (problems.length) {
    console.error(productionEnvMessage(problems))
    process.exit(1)
  }
  if (process.env.REDIS_URL) await (await import('./lib/ops/sharedCache')).loadBuiltPages()
}
