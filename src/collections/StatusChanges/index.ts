import type { CollectionConfig } from 'payload'
import { collectionAccess } from '../../access/table'
import { EXEMPLAR_STATUS_LABELS } from '../../domain/exemplars/status'
import { dayTimePicker, optionsFrom, vietnamTime } from '../../lib/fieldHelpers'

/** Each change of an exemplar's status, with its reason and evidence. Written by the Exemplars hook only. */
export const StatusChanges: CollectionConfig = {
  slug: 'statusChanges',
  labels: { singular: { vi: 'Chuyển trạng thái', en: 'Status change' }, plural: { vi: 'Lịch sử trạng thái điển hình', en: 'Status changes' } },
  admin: {
    defaultColumns: ['at', 'exemplar', 'from', 'to', 'actor'],
    group: { vi: 'Điển hình tiên tiến', en: 'Exemplars' },
  },
  defaultSort: '-at',
  access: collectionAccess('statusChanges'),
  fields: [
    { name: 'exemplar', type: 'relationship', relationTo: 'exemplars', required: true, index: true, label: { vi: 'Điển hình', en: 'Exemplar' } },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'select', options: optionsFrom(EXEMPLAR_STATUS_LABELS), label: { vi: 'Từ', en: 'From' } },
        { name: 'to', type: 'select', required: true, index: true, options: optionsFrom(EXEMPLAR_STATUS_LABELS), label: { vi: 'Sang', en: 'To' } },
      ],
    },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'evidence', type: 'upload', relationTo: 'media', label: { vi: 'Minh chứng', en: 'Evidence' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    { name: 'at', type: 'date', timezone: vietnamTime, required: true, index: true, label: { vi: 'Thời điểm', en: 'At' }, admin: dayTimePicker },
  ],
}
