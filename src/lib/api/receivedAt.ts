import { AsyncLocalStorage } from 'node:async_hooks'

const received = new AsyncLocalStorage<Date>()

/**
 * Runs a REST request with the moment it reached the server remembered for the rules that depend on time; `at`
 * for work on data that arrived earlier (a resumable upload's last piece).
 */
export const withReceivedAt = <T>(work: () => Promise<T>, at: Date = new Date()): Promise<T> => received.run(at, work)

/**
 * When the current request reached the server (REST), or now (Local API, jobs, GraphQL). Deadlines are judged on
 * it, so a submission sent before the deadline is not refused for having waited in the server's queue behind the
 * last-minute rush.
 */
export const requestReceivedAt = (): Date => received.getStore() ?? new Date()
