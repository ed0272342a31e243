import type { CollectionConfig } from 'payload'
import { unitField } from '../../fields/unit'
import { adminGroups, dayPicker, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { belongsTo } from '@/fields/belongsTo'
import { NURTURING_KIND_LABELS, NURTURING_STATUS_LABELS } from '@/domain/exemplars/labels'

/** What a unit does to nurture a new factor or an exemplar (bồi dưỡng), and how it follows up. */
export const Nurturing: CollectionConfig = {
  ...collectionBasics('nurturing', ['Hoạt động bồi dưỡng', 'Nurturing record'], ['Bồi dưỡng điển hình', 'Nurturing']),
  admin: { useAsTitle: 'description', defaultColumns: ['exemplar', 'kind', 'date', 'unit', 'status'], group: adminGroups.exemplars },
  fields: [
    belongsTo('exemplar', 'exemplars', { vi: 'Điển hình, nhân tố mới', en: 'Exemplar' }),
    unitField({}, { day: 'date' }),
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'date', required: true, index: true, label: { vi: 'Ngày', en: 'Date' }, admin: dayPicker },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(NURTURING_KIND_LABELS),
          label: { vi: 'Hình thức', en: 'Kind' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          options: optionsFrom(NURTURING_STATUS_LABELS),
          label: { vi: 'Tình trạng', en: 'Status' },
        },
      ],
    },
    { name: 'description', type: 'textarea', required: true, label: { vi: 'Nội dung hỗ trợ, bồi dưỡng', en: 'Description' } },
    {
      type: 'collapsible',
      label: { vi: 'Theo dõi', en: 'Follow-up' },
      fields: [
        { name: 'followUpOn', type: 'date', index: true, label: { vi: 'Ngày theo dõi tiếp', en: 'Follow-up date' }, admin: dayPicker },
        { name: 'followUpNotes', type: 'textarea', label: { vi: 'Ghi chú theo dõi', en: 'Follow-up notes' } },
      ],
    },
  ],
}
