import type { CollectionConfig } from 'payload'
import { collectionAccess, fieldAccessFor } from '../../access/table'
import { canAccessAdmin } from '../../access/canAccessAdmin'
import { personNameSortKey } from '../../domain/people/nameOrder'
import { ROLE_LABELS } from '../../domain/roles'
import { nameSortField } from '../../fields/nameSort'
import { sidebarRelationship } from '../../fields/sidebarRelationship'
import { sidebarSelect } from '@/fields/sidebarSelect'
import { isHttps } from '../../lib/securityHeaders.mjs'
import { resetPasswordEmail, verifyEmail } from '../../mail/templates'
import { auditUnitMove } from './hooks/auditUnitMove'
import { guardAccountChanges } from './hooks/guardAccountChanges'
import { normalizeNames } from './hooks/normalizeNames'
import { passwordPolicy } from './hooks/passwordPolicy'
import { refuseDeactivatedLogin } from './hooks/refuseDeactivatedLogin'
import { staffAreVerified } from './hooks/staffAreVerified'
import { releaseLogin, reserveLogin } from './hooks/throttleLogin'
import { adminGroups } from '@/lib/fieldHelpers'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  // people are listed by given name (nameSort, see domain/people/nameOrder.ts), judges and authors alike
  defaultSort: 'nameSort',
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'role', 'unit'],
    listSearchableFields: ['fullName', 'email', 'penName'],
    group: adminGroups.system,
  },
  auth: {
    // the signed-in user is read on every authenticated request: relations as ids (every rule reads them through
    // refId), not the unit and outlets populated two levels deep
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // the session cookie travels only over HTTPS when the site is served over HTTPS
    cookies: { secure: isHttps(process.env.NEXT_PUBLIC_SERVER_URL) },
    verify: {
      generateEmailSubject: () => verifyEmail('', '').subject,
      generateEmailHTML: ({ token, user }) => verifyEmail(token, (user as { fullName?: string }).fullName).html,
    },
    forgotPassword: {
      generateEmailSubject: () => resetPasswordEmail('').subject,
      generateEmailHTML: (args) => resetPasswordEmail(args?.token ?? '').html,
    },
  },
  access: { admin: canAccessAdmin, ...collectionAccess('users') },
  hooks: {
    beforeOperation: [reserveLogin],
    beforeLogin: [refuseDeactivatedLogin],
    afterOperation: [releaseLogin],
    beforeValidate: [normalizeNames, passwordPolicy],
    beforeChange: [guardAccountChanges, staffAreVerified],
    afterChange: [auditUnitMove],
  },
  fields: [
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    nameSortField('users', (d) => personNameSortKey(d.fullName as string)),
    sidebarSelect(
      'role',
      ROLE_LABELS,
      { vi: 'Vai trò', en: 'Role' },
      {
        required: true,
        defaultValue: 'journalist',
        index: true,
        saveToJWT: true,
        access: fieldAccessFor('users', 'role'),
      },
    ),
    sidebarRelationship(
      'unit',
      'units',
      { vi: 'Đơn vị công tác', en: 'Unit' },
      { saveToJWT: true, access: fieldAccessFor('users', 'unit'), admin: { condition: (data) => data?.role === 'unitOfficer' } },
    ),
    {
      name: 'outlets',
      type: 'relationship',
      relationTo: 'outlets',
      hasMany: true,
      saveToJWT: true,
      access: fieldAccessFor('users', 'outlets'),
      label: { vi: 'Cơ quan báo chí phụ trách', en: 'Outlets edited' },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'editor' },
    },
    {
      name: 'deactivated',
      type: 'checkbox',
      index: true,
      saveToJWT: true,
      access: fieldAccessFor('users', 'deactivated'),
      label: { vi: 'Đã vô hiệu hóa', en: 'Deactivated' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tài khoản bị vô hiệu hóa không còn quyền gì ngoài những gì khách truy cập có.',
          en: 'A deactivated account has no more rights than a visitor.',
        },
      },
    },
    { name: 'penName', type: 'text', label: { vi: 'Bút danh', en: 'Pen name' } },
    { name: 'employer', type: 'text', label: { vi: 'Cơ quan công tác', en: 'Employer' } },
    {
      name: 'workplaceOutlet',
      type: 'relationship',
      relationTo: 'outlets',
      index: true,
      label: { vi: 'Cơ quan báo chí đang công tác', en: 'Works for outlet' },
      admin: {
        description: { vi: 'Dùng để tránh xung đột lợi ích khi phân công chấm', en: 'Used to avoid conflicts when assigning judges' },
      },
    },
    {
      name: 'affiliations',
      type: 'group',
      label: {
        vi: 'Quan hệ cần tránh khi phân công chấm (giám khảo khai trước khi được phân công)',
        en: 'Affiliations to avoid when assigning (declared by judges)',
      },
      admin: { condition: (data) => data?.role === 'judge' },
      fields: [
        {
          name: 'outlets',
          type: 'relationship',
          relationTo: 'outlets',
          hasMany: true,
          label: { vi: 'Cơ quan báo chí có cộng tác, từng công tác', en: 'Outlets worked with' },
          admin: {
            description: {
              vi: 'Không phân công chấm tác phẩm do các cơ quan này đăng, phát.',
              en: 'Works published by these outlets are not assigned to you.',
            },
          },
        },
        {
          name: 'relatives',
          type: 'array',
          label: { vi: 'Người thân có thể dự thi', en: 'Relatives who may enter' },
          labels: { singular: { vi: 'Người thân', en: 'Relative' }, plural: { vi: 'Người thân', en: 'Relatives' } },
          admin: {
            description: {
              vi: 'Không phân công chấm tác phẩm có tác giả, đồng tác giả mang địa chỉ thư này.',
              en: 'Entries by these addresses are not assigned to you.',
            },
          },
          fields: [
            { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
            { name: 'email', type: 'email', required: true, label: { vi: 'Thư điện tử', en: 'Email' } },
            { name: 'relation', type: 'text', label: { vi: 'Quan hệ', en: 'Relation' } },
          ],
        },
      ],
    },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'address', type: 'textarea', label: { vi: 'Địa chỉ', en: 'Address' } },
  ],
}
