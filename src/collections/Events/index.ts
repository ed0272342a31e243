import type { CollectionConfig } from 'payload'
import { unitField } from '../../fields/unit'
import { adminGroups, dayPicker, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { EVENT_KIND_LABELS, EVENT_FORMAT_LABELS } from '@/domain/exemplars/labels'

export const Events: CollectionConfig = {
  ...collectionBasics('events', ['Hoạt động', 'Event'], ['Giao lưu, tôn vinh, tập huấn', 'Events']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'unit', 'date'], group: adminGroups.exemplars },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên hoạt động', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(EVENT_KIND_LABELS),
          label: { vi: 'Loại', en: 'Kind' },
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'inPerson',
          options: optionsFrom(EVENT_FORMAT_LABELS),
          label: { vi: 'Hình thức', en: 'Format' },
        },
        { name: 'date', type: 'date', required: true, index: true, label: { vi: 'Ngày tổ chức', en: 'Date' }, admin: dayPicker },
      ],
    },
    unitField({}, { day: 'date' }),
    {
      name: 'exemplars',
      type: 'relationship',
      relationTo: 'exemplars',
      hasMany: true,
      index: true,
      label: { vi: 'Điển hình được tôn vinh', en: 'Exemplars honoured' },
    },
    { name: 'participants', type: 'number', min: 0, label: { vi: 'Số người tham dự', en: 'Participants' } },
    { name: 'summary', type: 'textarea', label: { vi: 'Nội dung, kết quả', en: 'Summary' } },
  ],
}
