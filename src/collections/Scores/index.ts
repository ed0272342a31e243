import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { ROUND_LABELS } from '../../domain/contest/labels'
import { adminGroups, dayTimePicker, optionsFrom, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { belongsTo } from '@/fields/belongsTo'
import { serverWritten } from '@/fields/serverWritten'
import { computeTotal } from './hooks/computeTotal'
import { syncAssignment } from './hooks/syncAssignment'
import { arrayRowNames } from '@/fields/arrayLabels'

const server = fieldAccessFor('scores', 'computed')

/** A judge's score sheet: judges read and write only their own; nobody reads another judge's marks but organizers. */
export const Scores: CollectionConfig = {
  ...collectionBasics('scores', ['Phiếu chấm', 'Score sheet'], ['Phiếu chấm', 'Score sheets']),
  // each judge's sheets together, judges by given name
  defaultSort: 'judge.nameSort',
  admin: { defaultColumns: ['entry', 'judge', 'round', 'total', 'locked'], group: adminGroups.contest },
  hooks: { beforeChange: [computeTotal], afterChange: [syncAssignment] },
  fields: [
    belongsTo('assignment', 'judgeAssignments', { vi: 'Phân công', en: 'Assignment' }, { unique: true }),
    ...serverWritten(
      [
        belongsTo('entry', 'entries', { vi: 'Tác phẩm', en: 'Entry' }),
        belongsTo('judge', 'users', { vi: 'Giám khảo', en: 'Judge' }),
        {
          name: 'round',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(ROUND_LABELS),
          label: { vi: 'Vòng', en: 'Round' },
        },
      ],
      server,
    ),
    {
      name: 'criteria',
      type: 'array',
      label: { vi: 'Điểm theo tiêu chí', en: 'Scores by criterion' },
      ...arrayRowNames('Điểm tiêu chí', ['Criterion score', 'Criterion scores'], { title: ['key', 'score'] }),
      fields: [
        { name: 'key', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
        { name: 'score', type: 'number', required: true, min: 0, label: { vi: 'Điểm', en: 'Score' } },
        { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét', en: 'Comment' } },
      ],
    },
    { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét chung', en: 'Overall comment' } },
    {
      name: 'total',
      type: 'number',
      index: true,
      access: server,
      label: { vi: 'Tổng điểm (có trọng số)', en: 'Weighted total' },
      admin: { readOnly: true },
    },
    { name: 'locked', type: 'checkbox', index: true, label: { vi: 'Đã nộp (khóa)', en: 'Submitted (locked)' } },
    {
      name: 'submittedAt',
      type: 'date',
      timezone: vietnamTime,
      access: server,
      label: { vi: 'Thời điểm nộp', en: 'Submitted at' },
      admin: { readOnly: true, ...dayTimePicker },
    },
  ],
}
