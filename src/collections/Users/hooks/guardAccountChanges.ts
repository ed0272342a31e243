import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { fieldAccessFor } from '@/access/table'

const emailRule = fieldAccessFor('users', 'email').update!
const passwordRule = fieldAccessFor('users', 'password').update!

/**
 * Only an administrator changes another person's e-mail or password; everyone may change their own. Refused
 * outright (not silently dropped) so nobody believes a change went through. Trusted server code
 * (overrideAccess, no user) is not concerned.
 */
export const guardAccountChanges: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const args = { req, id: originalDoc.id, data, doc: originalDoc, siblingData: data }
  const emailChanged = typeof data.email === 'string' && data.email.trim().toLowerCase() !== String(originalDoc.email ?? '').toLowerCase()
  if (emailChanged && !(await emailRule(args)))
    throw new APIError('Chỉ quản trị hệ thống được đổi thư điện tử của người khác.', 403, undefined, true)
  if (typeof data.password === 'string' && data.password !== '' && !(await passwordRule(args)))
    throw new APIError('Chỉ quản trị hệ thống được đổi mật khẩu của người khác.', 403, undefined, true)
  return data
}
