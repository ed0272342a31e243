import type { CollectionConfig, Field } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { unitField } from '../../fields/unit'
import { adminGroups, dayPicker, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { arrayLabels } from '../../fields/arrayLabels'
import { FOLLOW_UP_LABELS } from '@/domain/exemplars/labels'

/** Fields only Sở Nội vụ writes; unit officers see them read-only. */
const organizerOnly = fieldAccessFor('inspections', 'findings')
const lock = <T extends Field>(field: T): T =>
  ({ ...field, access: { ...(('access' in field && field.access) || {}), ...organizerOnly } }) as T

/** Inspections of how units carry out the plan (kiểm tra, giám sát) and what the inspected unit does about the findings. */
export const Inspections: CollectionConfig = {
  ...collectionBasics('inspections', ['Đợt kiểm tra', 'Inspection'], ['Kiểm tra, giám sát', 'Inspections']),
  admin: { useAsTitle: 'team', defaultColumns: ['date', 'unit', 'team', 'followUpStatus'], group: adminGroups.exemplars },
  defaultSort: '-date',
  fields: [
    lock({ name: 'team', type: 'text', required: true, label: { vi: 'Đoàn kiểm tra', en: 'Team' } }),
    lock({
      name: 'members',
      type: 'array',
      label: { vi: 'Thành viên đoàn', en: 'Members' },
      ...arrayLabels({ vi: 'Thành viên', en: 'Member' }, { vi: 'Thành viên', en: 'Members' }, { title: ['fullName', 'position'] }),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
            { name: 'position', type: 'text', label: { vi: 'Chức vụ, đơn vị', en: 'Position' } },
          ],
        },
      ],
    }),
    lock(unitField({ label: { vi: 'Đơn vị được kiểm tra', en: 'Unit inspected' } }, { day: 'date' })),
    lock({ name: 'date', type: 'date', required: true, index: true, label: { vi: 'Ngày kiểm tra', en: 'Date' }, admin: dayPicker }),
    lock({ name: 'findings', type: 'textarea', label: { vi: 'Kết quả kiểm tra', en: 'Findings' } }),
    lock({ name: 'recommendations', type: 'textarea', label: { vi: 'Kiến nghị', en: 'Recommendations' } }),
    {
      type: 'collapsible',
      label: { vi: 'Thực hiện kiến nghị (đơn vị cập nhật)', en: 'Follow-up (by the unit)' },
      fields: [
        {
          name: 'followUpStatus',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'open',
          options: optionsFrom(FOLLOW_UP_LABELS),
          label: { vi: 'Tình trạng', en: 'Status' },
        },
        { name: 'followUpNotes', type: 'textarea', label: { vi: 'Ghi chú thực hiện', en: 'Follow-up notes' } },
      ],
    },
  ],
}
