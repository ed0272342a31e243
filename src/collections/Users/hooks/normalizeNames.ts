import type { CollectionBeforeValidateHook } from 'payload'
import { nfc } from '@/domain/text/normalize'

export const normalizeNames: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  for (const key of ['fullName', 'penName', 'employer', 'address'] as const) {
    if (typeof data[key] === 'string') data[key] = nfc(data[key].trim())
  }
  if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  return data
}
