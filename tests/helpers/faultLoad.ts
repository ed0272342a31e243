/** What one request of a load test got, with when it was sent and answered (ms since the epoch). */
export interface Outcome {
  kind: string
  status: number
  started: number
  ended: number
  message?: string
  retryAfter?: string | null
  /** the submission key a write was sent with */
  key?: string
  client?: number
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The first error message of an answer in the app's envelope ({ errors: [{ message }] }). */
export const firstMessage = (body: unknown): string | undefined =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ?? (typeof body === 'string' ? body.slice(0, 200) : undefined)

/**
 * Runs `clients` loops side by side until `until()` says stop; each loop calls `step(client, n)` again and again
 * and collects what it answered. A step that throws is recorded as status 0 (the process would have failed the request).
 */
export async function runClients(
  clients: number,
  until: () => boolean,
  step: (client: number, n: number) => Promise<Outcome>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; !until(); n++) {
        const started = Date.now()
        try {
          outcomes.push(await step(client, n))
        } catch (err) {
          outcomes.push({ kind: 'thrown', status: 0, started, ended: Date.now(), message: String((err as Error)?.message ?? err) })
        }
      }
    }),
  )
  return outcomes
}

/** Counts outcomes by "kind status" for a readable failure message. */
export const tally = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [`${o.kind} ${o.status}`]: (acc[`${o.kind} ${o.status}`] ?? 0) + 1 }), {})
