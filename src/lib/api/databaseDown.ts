import type { AfterErrorHook } from 'payload'
import type { Pool } from 'pg'
import { DATABASE_DOWN } from './errors'

/** Socket errors and PostgreSQL's connection-failure and shutdown codes (class 08, 57P01–57P03). */
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'])
// node-postgres reports a lost or unobtainable connection by message only, and Payload's "cannot begin transaction" keeps only the message
const MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    // a connection that could not be opened within its connect timeout
    'timeout expired',
    'Client has encountered a connection error',
    'ECONNREFUSED',
    'ECONNRESET',
    'the database system is (shutting down|starting up|in recovery mode)',
    'cannot begin transaction',
    'cannot connect to Postgres',
  ].join('|'),
  'i',
)

/** Whether an error (or one it wraps: drizzle and Payload keep the driver's error as `cause`) says the database is unreachable. */
export function isDatabaseDown(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown; originalError?: unknown }
  if (typeof e.code === 'string' && CODES.has(e.code)) return true
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseDown(inner, depth + 1))) return true
  return isDatabaseDown(e.cause, depth + 1) || isDatabaseDown(e.originalError, depth + 1)
}

/** A lost database connection answers 503 with a Vietnamese message (guardRest adds Retry-After) instead of a 500. */
export const answerDatabaseDown: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isDatabaseDown(error)) return
  if (graphqlResult)
    return { graphqlResult: { ...graphqlResult, message: DATABASE_DOWN, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  return { response: { errors: [{ message: DATABASE_DOWN }] }, status: 503 }
}

/** Whether the database fails to answer a trivial query right now (the connection's own error says so). */
export async function databaseUnreachable(pool: Pick<Pool, 'query'> | undefined): Promise<boolean> {
  if (!pool) return false
  try {
    await pool.query('SELECT 1')
    return false
  } catch (err) {
    return isDatabaseDown(err)
  }
}
