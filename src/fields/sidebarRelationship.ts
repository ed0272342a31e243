import type { RelationshipField } from 'payload'
import { indexedRelationship } from './belongsTo'

/** One indexed relationship shown in the sidebar: the column, outlet, unit or owner a document belongs to. */
export const sidebarRelationship = (...[name, relationTo, label, extra = {}]: Parameters<typeof indexedRelationship>): RelationshipField =>
  indexedRelationship(name, relationTo, label, { ...extra, admin: { position: 'sidebar', ...extra.admin } })
