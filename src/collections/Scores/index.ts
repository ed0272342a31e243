import type { CollectionConfig } from 'payload'
import { isJudge, ownJudgingRecords } from '../../access/contests'
import { ROUND_LABELS } from '../../domain/contest/labels'
import { optionsFrom } from '../../lib/fieldHelpers'

export const Scores: CollectionConfig = {
  slug: 'scores',
  labels: { singular: { vi: 'Phiếu chấm', en: 'Score sheet' }, plural: { vi: 'Phiếu chấm', en: 'Score sheets' } },
  admin: { defaultColumns: ['entry', 'judge', 'round', 'total', 'locked'], group: { vi: 'Cuộc thi', en: 'Contest' } },
  access: { read: ownJudgingRecords, create: isJudge, update: ownJudgingRecords, delete: () => false },
  fields: [
    { name: 'assignment', type: 'relationship', relationTo: 'judgeAssignments', required: true, unique: true, index: true, label: { vi: 'Phân công', en: 'Assignment' } },
    { name: 'entry', type: 'relationship', relationTo: 'entries', required: true, index: true, label: { vi: 'Tác phẩm', en: 'Entry' } },
    { name: 'judge', type: 'relationship', relationTo: 'users', required: true, index: true, label: { vi: 'Giám khảo', en: 'Judge' } },
    { name: 'round', type: 'select', required: true, index: true, options: optionsFrom(ROUND_LABELS), label: { vi: 'Vòng', en: 'Round' } },
    {
      name: 'criteria',
      type: 'array',
      label: { vi: 'Điểm theo tiêu chí', en: 'Scores by criterion' },
      fields: [
        { name: 'key', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
        { name: 'score', type: 'number', required: true, min: 0, label: { vi: 'Điểm', en: 'Score' } },
        { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét', en: 'Comment' } },
      ],
    },
    { name: 'total', type: 'number', index: true, label: { vi: 'Tổng điểm (có trọng số)', en: 'Weighted total' }, admin: { readOnly: true } },
    { name: 'locked', type: 'checkbox', index: true, label: { vi: 'Đã nộp (khóa)', en: 'Submitted (locked)' } },
    { name: 'submittedAt', type: 'date', label: { vi: 'Thời điểm nộp', en: 'Submitted at' }, admin: { readOnly: true } },
  ],
}
