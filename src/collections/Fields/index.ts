import type { CollectionConfig } from 'payload'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** The fields of life a plan names (lĩnh vực đời sống xã hội). */
export const Fields: CollectionConfig = {
  ...collectionBasics('fields', ['Lĩnh vực', 'Field of life'], ['Lĩnh vực', 'Fields of life']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'order'], group: adminGroups.plan },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên lĩnh vực', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Code' } },
    { name: 'order', type: 'number', defaultValue: 0, index: true, label: { vi: 'Thứ tự', en: 'Order' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Nội dung theo kế hoạch', en: "The plan's wording" } },
  ],
}
