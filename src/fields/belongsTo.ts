import type { RelationshipField } from 'payload'

type Extra = Partial<Pick<RelationshipField, 'unique' | 'access'>> & { admin?: RelationshipField['admin'] }

/** The one document this one belongs to: a required, indexed relationship (an entry's contest, a score sheet's judge). */
export function belongsTo(
  name: string,
  relationTo: RelationshipField['relationTo'],
  label: { vi: string; en: string },
  extra: Extra = {},
): RelationshipField {
  return { name, type: 'relationship', relationTo, required: true, index: true, label, ...extra } as RelationshipField
}

/** The contest a category, an entry or a mailing belongs to. */
export const contestField = (): RelationshipField => belongsTo('contest', 'contests', { vi: 'Cuộc thi', en: 'Contest' })
