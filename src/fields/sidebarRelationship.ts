import type { RelationshipField } from 'payload'

type Extra = Partial<Pick<RelationshipField, 'required' | 'saveToJWT' | 'access'>> & { admin?: RelationshipField['admin'] }

/** One indexed relationship shown in the sidebar: the column, outlet, unit or owner a document belongs to. */
export function sidebarRelationship(
  name: string,
  relationTo: RelationshipField['relationTo'],
  label: { vi: string; en: string },
  extra: Extra = {},
): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo,
    index: true,
    label,
    ...extra,
    admin: { position: 'sidebar', ...extra.admin },
  } as RelationshipField
}
