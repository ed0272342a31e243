/** Load generation and the figures every benchmark prints. */
import autocannon from 'autocannon'

export interface LoadResult {
  label: string
  rps: number
  p50: number
  p99: number
  errors: number
  total: number
}

export const CONNECTIONS = Number(process.env.CONNECTIONS || 50)
export const DURATION = Number(process.env.DURATION || 10)

/**
 * `CONNECTIONS` keep-alive connections for `DURATION` seconds; anything but a 2xx counts as an error. With `pathOf`,
 * the n-th request asks for `pathOf(n)` on the url's server instead of the url's own path.
 */
export async function hammer(
  label: string,
  url: string,
  headers: Record<string, string> = {},
  pathOf?: (n: number) => string,
): Promise<LoadResult> {
  let n = 0
  const requests = pathOf ? [{ setupRequest: (req: { path?: string }) => ({ ...req, path: pathOf(n++) }) }] : undefined
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, requests } as autocannon.Options)
  return {
    label,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    total: r.requests.total,
  }
}

/** Percentile of already measured durations (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

/** A Markdown table, as pasted into docs/BENCHMARKS.md. */
export function table(head: string[], rows: (string | number)[][]): string {
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'))
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
}
