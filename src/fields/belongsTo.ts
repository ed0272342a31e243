import type { RelationshipField } from 'payload'

type Label = { vi: string; en: string }
type Extra = Partial<Pick<RelationshipField, 'unique' | 'access' | 'required' | 'saveToJWT'>> & { admin?: RelationshipField['admin'] }

/** An indexed relationship: lists filter and join on it. */
export function indexedRelationship(name: string, relationTo: RelationshipField['relationTo'], label: Label, extra: Extra = {}) {
  return { name, type: 'relationship', relationTo, index: true, label, ...extra } as RelationshipField
}

/** The one document this one belongs to: a required, indexed relationship (an entry's contest, a score sheet's judge). */
export const belongsTo = (name: string, relationTo: RelationshipField['relationTo'], label: Label, extra: Extra = {}) =>
  indexedRelationship(name, relationTo, label, { required: true, ...extra })

/** The contest a category, an entry or a mailing belongs to. */
export const contestField = (): RelationshipField => belongsTo('contest', 'contests', { vi: 'Cuộc thi', en: 'Contest' })
