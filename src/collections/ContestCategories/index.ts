import type { CollectionConfig } from 'payload'
import { MEDIUM_LABELS } from '../../domain/contest/labels'
import { adminGroups, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { contestField } from '@/fields/belongsTo'

export const ContestCategories: CollectionConfig = {
  ...collectionBasics('contestCategories', ['Thể loại dự thi', 'Contest category'], ['Thể loại dự thi', 'Contest categories']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'contest', 'medium'], group: adminGroups.contest },
  defaultSort: 'order',
  fields: [
    contestField(),
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên thể loại', en: 'Name' } },
    {
      name: 'medium',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom(MEDIUM_LABELS),
      label: { vi: 'Loại hình', en: 'Medium' },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Yêu cầu', en: 'Requirements' } },
    { name: 'maxCoAuthors', type: 'number', defaultValue: 2, min: 0, label: { vi: 'Số đồng tác giả tối đa', en: 'Max co-authors' } },
    {
      name: 'prizeCounts',
      type: 'group',
      label: { vi: 'Số lượng giải', en: 'Prize counts' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'A', type: 'number', defaultValue: 1, min: 0, label: { vi: 'Giải A', en: 'A' } },
            { name: 'B', type: 'number', defaultValue: 1, min: 0, label: { vi: 'Giải B', en: 'B' } },
            { name: 'C', type: 'number', defaultValue: 2, min: 0, label: { vi: 'Giải C', en: 'C' } },
            { name: 'encouragement', type: 'number', defaultValue: 3, min: 0, label: { vi: 'Khuyến khích', en: 'Encouragement' } },
          ],
        },
      ],
    },
  ],
}
