import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { COMMENDATION_STATUS_LABELS } from '../../domain/commendations/appraisal'
import { unitField } from '../../fields/unit'
import { adminGroups, dayPicker, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { statusField } from '@/fields/sidebarSelect'
import { auditAppraisal, enforceAppraisal } from './hooks/enforceAppraisal'
import { COMMENDATION_FORM_LABELS, COMMENDATION_LEVEL_LABELS } from '@/domain/exemplars/labels'

/** Decision fields: written by Sở Nội vụ only. */
const decidedBySoNoiVu = fieldAccessFor('commendations', 'decision')

/** Proposals for commendation (khen thưởng) and Sở Nội vụ's appraisal of them. */
export const Commendations: CollectionConfig = {
  ...collectionBasics('commendations', ['Khen thưởng', 'Commendation'], ['Khen thưởng', 'Commendations']),
  admin: {
    useAsTitle: 'recipientName',
    defaultColumns: ['recipientName', 'exemplar', 'form', 'level', 'unit', 'status'],
    group: adminGroups.exemplars,
  },
  hooks: { beforeChange: [enforceAppraisal], afterChange: [auditAppraisal] },
  fields: [
    { name: 'exemplar', type: 'relationship', relationTo: 'exemplars', index: true, label: { vi: 'Điển hình', en: 'Exemplar' } },
    {
      name: 'recipientName',
      type: 'text',
      label: { vi: 'Tên tập thể, cá nhân (nếu chưa có hồ sơ điển hình)', en: 'Recipient (when not in the register)' },
    },
    unitField(),
    {
      type: 'row',
      fields: [
        {
          name: 'form',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(COMMENDATION_FORM_LABELS),
          label: { vi: 'Hình thức khen thưởng', en: 'Form' },
        },
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          options: optionsFrom(COMMENDATION_LEVEL_LABELS),
          label: { vi: 'Cấp khen', en: 'Level' },
        },
      ],
    },
    unitField({ name: 'proposedBy', required: false, label: { vi: 'Đơn vị đề nghị', en: 'Proposed by' } }),
    statusField(COMMENDATION_STATUS_LABELS, 'proposed'),
    {
      type: 'collapsible',
      label: { vi: 'Quyết định', en: 'Decision' },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'decisionNumber',
          type: 'text',
          index: true,
          access: decidedBySoNoiVu,
          label: { vi: 'Số quyết định', en: 'Decision number' },
        },
        {
          name: 'decisionDate',
          type: 'date',
          access: decidedBySoNoiVu,
          label: { vi: 'Ngày quyết định', en: 'Decision date' },
          admin: dayPicker,
        },
        { name: 'returnNote', type: 'textarea', access: decidedBySoNoiVu, label: { vi: 'Lý do trả lại', en: 'Reason for returning' } },
      ],
    },
    { name: 'achievementSummary', type: 'textarea', label: { vi: 'Tóm tắt thành tích', en: 'Achievements' } },
  ],
}
