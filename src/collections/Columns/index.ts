import type { CollectionConfig } from 'payload'
import { slugField } from '../../fields/slug'
import { revalidateColumn } from './hooks/revalidateColumn'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { belongsTo } from '@/fields/belongsTo'

/** A dedicated exemplar column (chuyên mục) of an outlet. */
export const Columns: CollectionConfig = {
  ...collectionBasics('columns', ['Chuyên mục', 'Column'], ['Chuyên mục', 'Columns']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'outlet', '_status'], group: adminGroups.columns },
  defaultPopulate: { name: true, slug: true, outlet: true },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { afterChange: [revalidateColumn] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField('name'),
    belongsTo('outlet', 'outlets', { vi: 'Cơ quan báo chí', en: 'Outlet' }),
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
    {
      name: 'pinned',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { vi: 'Bài ghim đầu chuyên mục', en: 'Pinned articles' },
      // only this column's own articles; the order here is the order on the column page
      filterOptions: ({ id }) => (id == null ? true : { column: { equals: id } }),
      admin: {
        isSortable: true,
        description: { vi: 'Hiển thị đầu trang chuyên mục theo đúng thứ tự này.', en: 'Shown first on the column page, in this order.' },
      },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh bìa', en: 'Cover image' } },
  ],
}
