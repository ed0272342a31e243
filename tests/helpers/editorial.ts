import type { Payload } from 'payload'
import { makeUser } from './fixtures'

/**
 * Review fields for fixtures that create published articles straight through the Local API (no user):
 * both checks ticked and a reviewer allowed everywhere, as the editorial review rule demands.
 */
export async function reviewedFields(payload: Payload) {
  const admin = await makeUser(payload, 'admin')
  return { sourcesChecked: true, noExaggeration: true, reviewedBy: admin.id }
}
