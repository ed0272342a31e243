import type { CollectionBeforeLoginHook } from 'payload'
import { forbidden } from '@/lib/api/errors'

export const DEACTIVATED_LOGIN_MESSAGE = 'Tài khoản này đã bị vô hiệu hóa. Nếu cần dùng lại, vui lòng liên hệ ban tổ chức.'

/**
 * A deactivated account gets no new session. Checked after the password (Payload runs this hook only then), so the
 * answer tells nothing about an address to someone who does not know its password.
 */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook = ({ user }) => {
  if ((user as { deactivated?: boolean | null }).deactivated) throw forbidden(DEACTIVATED_LOGIN_MESSAGE)
  return user
}
