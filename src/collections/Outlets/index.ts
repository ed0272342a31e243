import type { CollectionConfig } from 'payload'
import { optionsFrom } from '../../lib/options'
import { slugField } from '../../fields/slug'
import { validityFields } from '../../fields/validity'
import { OUTLET_KIND_LABELS } from '@/domain/editorial/labels'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

export const Outlets: CollectionConfig = {
  ...collectionBasics('outlets', ['Cơ quan báo chí', 'Outlet'], ['Cơ quan báo chí', 'Outlets']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', '_status'], group: adminGroups.columns },
  defaultPopulate: { name: true, slug: true, kind: true },
  versions: { drafts: true, maxPerDoc: 20 },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên cơ quan', en: 'Name' } },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: optionsFrom(OUTLET_KIND_LABELS),
      label: { vi: 'Loại hình', en: 'Kind' },
    },
    // outlets follow the unit tree over time: the province (or unit) they belong to and when they publish
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      filterOptions: { kind: { in: ['province', 'department', 'massOrganisation', 'district', 'commune'] } },
      label: { vi: 'Thuộc đơn vị (tỉnh)', en: 'Belongs to (province)' },
    },
    ...validityFields(),
    { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng', en: 'Logo' } },
    { name: 'columns', type: 'join', collection: 'columns', on: 'outlet', label: { vi: 'Chuyên mục', en: 'Columns' } },
  ],
}
