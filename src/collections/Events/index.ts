import type { CollectionConfig } from 'payload'
import { collectionAccess } from '../../access/table'
import { unitField } from '../../fields/unit'
import { dayPicker, optionsFrom } from '../../lib/fieldHelpers'

export const EVENT_KIND_LABELS = {
  exchange: { vi: 'Giao lưu', en: 'Exchange' },
  honouring: { vi: 'Tôn vinh, biểu dương', en: 'Honouring ceremony' },
  talk: { vi: 'Tọa đàm', en: 'Talk' },
  training: { vi: 'Tập huấn', en: 'Training' },
}
export const EVENT_FORMAT_LABELS = {
  inPerson: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  combined: { vi: 'Lồng ghép hội nghị sơ kết, tổng kết', en: 'Combined with a review conference' },
}

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { vi: 'Hoạt động', en: 'Event' }, plural: { vi: 'Giao lưu, tôn vinh, tập huấn', en: 'Events' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'unit', 'date'], group: { vi: 'Điển hình tiên tiến', en: 'Exemplars' } },
  access: collectionAccess('events'),
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên hoạt động', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: optionsFrom(EVENT_KIND_LABELS), label: { vi: 'Loại', en: 'Kind' } },
        { name: 'format', type: 'select', required: true, defaultValue: 'inPerson', options: optionsFrom(EVENT_FORMAT_LABELS), label: { vi: 'Hình thức', en: 'Format' } },
        { name: 'date', type: 'date', required: true, index: true, label: { vi: 'Ngày tổ chức', en: 'Date' }, admin: dayPicker },
      ],
    },
    unitField({}, { day: 'date' }),
    { name: 'exemplars', type: 'relationship', relationTo: 'exemplars', hasMany: true, index: true, label: { vi: 'Điển hình được tôn vinh', en: 'Exemplars honoured' } },
    { name: 'participants', type: 'number', min: 0, label: { vi: 'Số người tham dự', en: 'Participants' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Nội dung, kết quả', en: 'Summary' } },
  ],
}
