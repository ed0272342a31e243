import type { CollectionConfig } from 'payload'
import { collectionAccess } from '../../access/table'

/** The fields of life a plan names (lĩnh vực đời sống xã hội). */
export const Fields: CollectionConfig = {
  slug: 'fields',
  labels: { singular: { vi: 'Lĩnh vực', en: 'Field of life' }, plural: { vi: 'Lĩnh vực', en: 'Fields of life' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'order'], group: { vi: 'Kế hoạch', en: 'Plan' } },
  defaultSort: 'order',
  access: collectionAccess('fields'),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên lĩnh vực', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Code' } },
    { name: 'order', type: 'number', defaultValue: 0, index: true, label: { vi: 'Thứ tự', en: 'Order' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Nội dung theo kế hoạch', en: "The plan's wording" } },
  ],
}
