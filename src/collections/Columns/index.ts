import type { CollectionConfig } from 'payload'
import { createInOwnOutlet } from '../../access/createInOwnOutlet'
import { editorOwnOutlets } from '../../access/editorOutlets'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'

/** A dedicated exemplar column (chuyên mục) of an outlet. */
export const Columns: CollectionConfig = {
  slug: 'columns',
  labels: { singular: { vi: 'Chuyên mục', en: 'Column' }, plural: { vi: 'Chuyên mục', en: 'Columns' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'outlet', '_status'], group: { vi: 'Chuyên mục', en: 'Columns' } },
  defaultPopulate: { name: true, slug: true, outlet: true },
  versions: { drafts: true, maxPerDoc: 20 },
  access: { read: publishedOrStaff, create: createInOwnOutlet, update: editorOwnOutlets, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField('name'),
    { name: 'outlet', type: 'relationship', relationTo: 'outlets', required: true, index: true, label: { vi: 'Cơ quan báo chí', en: 'Outlet' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh bìa', en: 'Cover image' } },
  ],
}
