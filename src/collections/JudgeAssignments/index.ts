import type { CollectionConfig } from 'payload'
import { ROUND_LABELS } from '../../domain/contest/labels'
import { adminGroups, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { auditConflict } from './hooks/auditConflict'
import { guardAssignment } from './hooks/guardAssignment'

/** Which judge scores which entry in which round. A declared conflict stops the assignment counting; the organizer reassigns. */
export const JudgeAssignments: CollectionConfig = {
  ...collectionBasics('judgeAssignments', ['Phân công chấm', 'Judge assignment'], ['Phân công chấm', 'Judge assignments']),
  // each judge's assignments together, judges by given name
  defaultSort: 'judge.nameSort',
  admin: { defaultColumns: ['entry', 'judge', 'round', 'status'], group: adminGroups.contest },
  hooks: { beforeChange: [guardAssignment], afterChange: [auditConflict] },
  fields: [
    { name: 'entry', type: 'relationship', relationTo: 'entries', required: true, index: true, label: { vi: 'Tác phẩm', en: 'Entry' } },
    {
      name: 'judge',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Giám khảo', en: 'Judge' },
      admin: { sortOptions: 'nameSort' },
    },
    { name: 'round', type: 'select', required: true, index: true, options: optionsFrom(ROUND_LABELS), label: { vi: 'Vòng', en: 'Round' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'assigned',
      index: true,
      options: [
        { value: 'assigned', label: { vi: 'Đã phân công', en: 'Assigned' } },
        { value: 'submitted', label: { vi: 'Đã chấm xong', en: 'Submitted' } },
        { value: 'conflict', label: { vi: 'Xung đột lợi ích', en: 'Conflict declared' } },
      ],
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    { name: 'conflictReason', type: 'textarea', label: { vi: 'Lý do xung đột lợi ích', en: 'Conflict reason' } },
  ],
}
