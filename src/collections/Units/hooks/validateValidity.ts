import { type CollectionBeforeValidateHook } from 'payload'
import { Refusal } from '@/lib/api/errors'

/** A unit cannot end before it starts, and an ended unit says why. */
export const validateValidity: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.validFrom && merged.validTo && new Date(merged.validTo) < new Date(merged.validFrom)) {
    throw new Refusal('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.', 400)
  }
  return data
}
