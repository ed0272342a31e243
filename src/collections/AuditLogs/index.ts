import type { CollectionConfig } from 'payload'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** Who changed what, when, before and after. Written by the server only; nobody edits or deletes it. */
export const AuditLogs: CollectionConfig = {
  ...collectionBasics('auditLogs', ['Nhật ký thay đổi', 'Audit entry'], ['Nhật ký thay đổi', 'Audit log']),
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'targetCollection', 'targetId', 'actor'],
    group: adminGroups.system,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Hành động', en: 'Action' },
      // the stored code stays searchable; people read its label (src/lib/auditActions.ts)
      admin: {
        components: {
          Cell: '/src/components/admin/AuditActionLabel#AuditActionCell',
          Field: '/src/components/admin/AuditActionLabel#AuditActionField',
        },
      },
    },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { vi: 'Loại dữ liệu', en: 'Collection' } },
    { name: 'targetId', type: 'text', required: true, index: true, label: { vi: 'Mã bản ghi', en: 'Record id' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'before', type: 'json', label: { vi: 'Trước', en: 'Before' } },
    { name: 'after', type: 'json', label: { vi: 'Sau', en: 'After' } },
  ],
}
