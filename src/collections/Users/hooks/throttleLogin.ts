import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'
import { releaseLoginAttempt, reserveLoginAttempt, type Reservation } from '@/lib/auth/loginThrottle'

const KEY = 'loginThrottleReservation'

/** Every login (REST, GraphQL, Local API) takes its point before the password is checked. */
export const reserveLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') {
    const reservation = await reserveLoginAttempt(req, (args as { data?: { email?: unknown } }).data?.email)
    if (reservation) req.context[KEY] = reservation
  }
  return args
}

/** Runs only when the login succeeded: the attempt's points go back. */
export const releaseLogin: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const reservation = req.context[KEY] as Reservation | undefined
  if (operation === 'login' && reservation) {
    delete req.context[KEY]
    await releaseLoginAttempt(req, reservation)
  }
  return result
}
