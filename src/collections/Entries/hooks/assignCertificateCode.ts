import type { CollectionBeforeChangeHook } from 'payload'
import { newCertificateCode } from '@/domain/contest/certificateCode'

/** An entry gets its certificate's verification code when it is awarded, once; the code never changes after. */
export const assignCertificateCode: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  const existing = originalDoc?.certificateCode
  if (existing) return { ...data, certificateCode: existing }
  if (status === 'awarded') return { ...data, certificateCode: newCertificateCode() }
  return data
}
