import type { CollectionConfig } from 'payload'
import { EXEMPLAR_STATUS_LABELS } from '../../domain/exemplars/status'
import { adminGroups, dayTimePicker, optionsFrom, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { belongsTo } from '@/fields/belongsTo'

/** Each change of an exemplar's status, with its reason and evidence. Written by the Exemplars hook only. */
export const StatusChanges: CollectionConfig = {
  ...collectionBasics('statusChanges', ['Chuyển trạng thái', 'Status change'], ['Lịch sử trạng thái điển hình', 'Status changes']),
  admin: {
    defaultColumns: ['at', 'exemplar', 'from', 'to', 'actor'],
    group: adminGroups.exemplars,
  },
  defaultSort: '-at',
  fields: [
    belongsTo('exemplar', 'exemplars', { vi: 'Điển hình', en: 'Exemplar' }),
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'select', options: optionsFrom(EXEMPLAR_STATUS_LABELS), label: { vi: 'Từ', en: 'From' } },
        {
          name: 'to',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(EXEMPLAR_STATUS_LABELS),
          label: { vi: 'Sang', en: 'To' },
        },
      ],
    },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'evidence', type: 'upload', relationTo: 'media', label: { vi: 'Minh chứng', en: 'Evidence' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    {
      name: 'at',
      type: 'date',
      timezone: vietnamTime,
      required: true,
      index: true,
      label: { vi: 'Thời điểm', en: 'At' },
      admin: dayTimePicker,
    },
  ],
}
