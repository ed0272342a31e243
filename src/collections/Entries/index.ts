import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { ENTRY_STATUS_LABELS, PRIZE_LABELS } from '../../domain/contest/labels'
import { adminGroups, dayPicker, dayTimePicker, optionsFrom, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { belongsTo, contestField } from '@/fields/belongsTo'
import { statusField } from '@/fields/sidebarSelect'
import { withAccess } from '@/fields/withAccess'
import { afterEntryChange } from './hooks/afterEntryChange'
import { duplicateSubmissionResponse, entryBeforeOperation } from './hooks/duplicateSubmission'
import { enforceEntryRules } from './hooks/enforceEntryRules'
import { assignCertificateCode } from './hooks/assignCertificateCode'
import { arrayRowNames } from '@/fields/arrayLabels'

const blind = fieldAccessFor('entries', 'authorIdentity')
const organizersOnly = fieldAccessFor('entries', 'screening')

/** A contest entry. Author identity fields are unreadable to judges everywhere (admin, REST, GraphQL). */
export const Entries: CollectionConfig = {
  ...collectionBasics('entries', ['Tác phẩm dự thi', 'Entry'], ['Tác phẩm dự thi', 'Entries']),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'category', 'status'],
    listSearchableFields: ['title', 'code'],
    group: adminGroups.contest,
  },
  hooks: {
    beforeOperation: [entryBeforeOperation],
    beforeChange: [enforceEntryRules, assignCertificateCode],
    afterChange: [afterEntryChange],
    afterError: [duplicateSubmissionResponse],
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã tác phẩm', en: 'Entry code' },
      admin: { position: 'sidebar', readOnly: true },
    },
    statusField(ENTRY_STATUS_LABELS, 'draft'),
    contestField(),
    belongsTo('category', 'contestCategories', { vi: 'Thể loại', en: 'Category' }),
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên tác phẩm', en: 'Title' } },
    { name: 'body', type: 'richText', label: { vi: 'Nội dung (bài viết)', en: 'Text of the work' } },
    { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, label: { vi: 'Tệp tác phẩm', en: 'Files' } },
    { name: 'publishedOn', type: 'date', label: { vi: 'Ngày đăng, phát', en: 'Published or broadcast on' }, admin: dayPicker },
    {
      name: 'exemplars',
      type: 'relationship',
      relationTo: 'exemplars',
      hasMany: true,
      label: { vi: 'Điển hình được phản ánh', en: 'Exemplars portrayed' },
    },
    { name: 'exemplarNames', type: 'text', label: { vi: 'Điển hình khác (ghi tên)', en: 'Other exemplars (named)' } },
    {
      name: 'originalityDeclared',
      type: 'checkbox',
      label: { vi: 'Cam kết tác phẩm là của tác giả, không sao chép', en: 'Originality declared' },
    },
    {
      type: 'collapsible',
      label: { vi: 'Thông tin tác giả (giám khảo không xem được)', en: 'Author identity (hidden from judges)' },
      fields: withAccess(blind, [
        belongsTo('author', 'users', { vi: 'Tác giả', en: 'Author' }, { admin: { sortOptions: 'nameSort' } }),
        { name: 'outlet', type: 'relationship', relationTo: 'outlets', index: true, label: { vi: 'Cơ quan đăng, phát', en: 'Outlet' } },
        { name: 'outletName', type: 'text', label: { vi: 'Cơ quan đăng, phát (khác)', en: 'Outlet (other)' } },
        { name: 'publicLink', type: 'text', label: { vi: 'Đường dẫn công khai', en: 'Public link' } },
        {
          name: 'coAuthors',
          type: 'array',
          label: { vi: 'Đồng tác giả', en: 'Co-authors' },
          ...arrayRowNames('Đồng tác giả', ['Co-author', 'Co-authors'], { title: ['fullName', 'penName'] }),
          fields: [
            { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
            { name: 'penName', type: 'text', label: { vi: 'Bút danh', en: 'Pen name' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
          ],
        },
        { name: 'submissionKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      ]),
    },
    {
      type: 'collapsible',
      label: { vi: 'Thẩm định và kết quả', en: 'Screening and result' },
      fields: [
        {
          name: 'submittedAt',
          type: 'date',
          timezone: vietnamTime,
          index: true,
          label: { vi: 'Thời điểm nộp', en: 'Submitted at' },
          admin: { readOnly: true, ...dayTimePicker },
        },
        {
          name: 'screeningReason',
          type: 'textarea',
          access: organizersOnly,
          label: { vi: 'Lý do (nếu không hợp lệ)', en: 'Reason (if ineligible)' },
        },
        {
          name: 'prize',
          type: 'select',
          access: organizersOnly,
          options: optionsFrom(PRIZE_LABELS),
          label: { vi: 'Giải thưởng', en: 'Prize' },
        },
        {
          name: 'certificateCode',
          type: 'text',
          unique: true,
          index: true,
          access: fieldAccessFor('entries', 'certificate'),
          label: { vi: 'Mã xác minh giấy chứng nhận', en: 'Certificate verification code' },
          admin: {
            readOnly: true,
            description: {
              vi: 'Cấp khi tác phẩm đạt giải; ai cũng kiểm tra được tại /xac-minh.',
              en: 'Given when the entry is awarded; anyone can check it at /xac-minh.',
            },
          },
        },
      ],
    },
  ],
}
