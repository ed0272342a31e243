import { productionEnvMessage, productionEnvProblems } from './lib/config/productionEnv'

/** Runs once when a server process starts: a production server refuses to run on a development configuration. */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const problems = productionEnvProblems(process.env)
  if (!problems.length) return
  console.error(productionEnvMessage(problems))
  process.exit(1)
}
