import type { CollectionConfig } from 'payload'
import { collectionAccess } from '../../access/table'

/** Who changed what, when, before and after. Written by the server only; nobody edits or deletes it. */
export const AuditLogs: CollectionConfig = {
  slug: 'auditLogs',
  labels: { singular: { vi: 'Nhật ký thay đổi', en: 'Audit entry' }, plural: { vi: 'Nhật ký thay đổi', en: 'Audit log' } },
  admin: { useAsTitle: 'action', defaultColumns: ['createdAt', 'action', 'targetCollection', 'targetId', 'actor'], group: { vi: 'Hệ thống', en: 'System' } },
  defaultSort: '-createdAt',
  access: collectionAccess('auditLogs'),
  fields: [
    {
      name: 'action',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Hành động', en: 'Action' },
      // the stored code stays searchable; people read its label (src/lib/auditActions.ts)
      admin: { components: { Cell: '/src/components/admin/AuditActionLabel#AuditActionCell', Field: '/src/components/admin/AuditActionLabel#AuditActionField' } },
    },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { vi: 'Loại dữ liệu', en: 'Collection' } },
    { name: 'targetId', type: 'text', required: true, index: true, label: { vi: 'Mã bản ghi', en: 'Record id' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'By' } },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'before', type: 'json', label: { vi: 'Trước', en: 'Before' } },
    { name: 'after', type: 'json', label: { vi: 'Sau', en: 'After' } },
  ],
}
