/**
 * Payload's PostgreSQL adapter swallows a failed COMMIT: `commitTransaction` catches the error, and the promise
 * behind a session catches it again, so a write whose commit never happened (the database went away at that
 * moment) is answered 2xx and is lost. Here a session remembers its commit's failure and `commitTransaction`
 * throws it, so the operation fails, the caller gets the outage answer (503) and can send the write again.
 * Why not a library: the behaviour sits inside the adapter; this keeps Payload's own transaction code and only
 * re-reads the outcome.
 */
import type { DatabaseAdapterObj, Payload } from 'payload'

interface Session {
  db: unknown
  resolve: () => Promise<unknown>
  reject: () => Promise<unknown>
}
interface TransactionalAdapter {
  sessions: Record<string, Session>
  drizzle: { transaction: (work: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown> }
  beginTransaction: (options?: unknown) => Promise<string | number | null>
  commitTransaction: (id: string | number | Promise<string | number>) => Promise<void>
}

export class CommitFailed extends Error {
  constructor(cause: unknown) {
    super(`COMMIT failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'CommitFailed'
  }
}

type Drizzle = TransactionalAdapter['drizzle'] & { [WATCHED]?: true }
const WATCHED = Symbol('commit outcomes watched')
/** Each open transaction's outcome (undefined once committed, the error if COMMIT or the work failed), by its tx. */
const outcomes = new WeakMap<object, Promise<unknown>>()

/** Wraps one drizzle instance's `transaction` once, so every transaction it runs leaves its outcome by its tx. */
function watch(drizzle: Drizzle): void {
  if (drizzle[WATCHED]) return
  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (work, options) => {
    let settled: (outcome: Promise<unknown>) => void = () => undefined
    const outcome = new Promise<Promise<unknown>>((resolve) => (settled = resolve))
    const run = transaction(async (tx) => {
      outcomes.set(
        tx as object,
        outcome.then((o) => o),
      )
      return work(tx)
    }, options)
    settled(
      run.then(
        () => undefined,
        (err: unknown) => err,
      ),
    )
    return run
  }
  drizzle[WATCHED] = true
}

function strict(adapter: TransactionalAdapter): void {
  const begin = adapter.beginTransaction.bind(adapter)
  adapter.beginTransaction = async (options) => {
    // the adapter may open a new drizzle instance when it reconnects: each one is watched before it is used
    await (adapter as unknown as { initializing?: Promise<unknown> }).initializing
    if (adapter.drizzle) watch(adapter.drizzle as Drizzle)
    return begin(options)
  }
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    const session = adapter.sessions[String(id)]
    if (!session) return
    delete adapter.sessions[String(id)]
    const outcome = outcomes.get(session.db as object)
    try {
      await session.resolve()
    } catch {
      await session.reject().catch(() => undefined)
    }
    const failure = outcome ? await outcome : undefined
    if (failure) throw new CommitFailed(failure)
  }
}

/** The adapter, with commits that fail loudly. */
export function withStrictCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args: { payload: Payload }) => {
      const instance = adapter.init(args)
      strict(instance as unknown as TransactionalAdapter)
      return instance
    },
  } as DatabaseAdapterObj
}
