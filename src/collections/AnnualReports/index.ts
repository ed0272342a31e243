import type { CollectionConfig } from 'payload'
import { validOnRecordDate } from '../../fields/unit'
import { queueBuild } from './hooks/queueBuild'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** A requested annual report (per unit, or the province roll-up) with its build progress and files. */
export const AnnualReports: CollectionConfig = {
  ...collectionBasics('annualReports', ['Báo cáo năm', 'Annual report'], ['Báo cáo năm', 'Annual reports']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'status', 'progress', 'createdAt'], group: adminGroups.plan },
  defaultSort: '-createdAt',
  hooks: { afterChange: [queueBuild] },
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Tên báo cáo', en: 'Title' }, admin: { readOnly: true } },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, label: { vi: 'Năm', en: 'Year' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      // the report uses its year's structure: offer the units valid during that year
      filterOptions: ({ req, data }) => validOnRecordDate(req, data, { year: 'year' }),
      label: { vi: 'Đơn vị (để trống: toàn tỉnh)', en: 'Unit (empty: province roll-up)' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: { vi: 'Chờ xử lý', en: 'Queued' } },
        { value: 'running', label: { vi: 'Đang tổng hợp', en: 'Running' } },
        { value: 'done', label: { vi: 'Hoàn thành', en: 'Done' } },
        { value: 'failed', label: { vi: 'Lỗi', en: 'Failed' } },
      ],
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { readOnly: true },
    },
    { name: 'progress', type: 'number', defaultValue: 0, label: { vi: 'Tiến độ (%)', en: 'Progress (%)' }, admin: { readOnly: true } },
    { name: 'message', type: 'text', label: { vi: 'Ghi chú', en: 'Message' }, admin: { readOnly: true } },
    { name: 'xlsx', type: 'upload', relationTo: 'media', label: { vi: 'Tệp XLSX', en: 'XLSX file' }, admin: { readOnly: true } },
    { name: 'pdf', type: 'upload', relationTo: 'media', label: { vi: 'Tệp PDF', en: 'PDF file' }, admin: { readOnly: true } },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người yêu cầu', en: 'Requested by' },
      admin: { readOnly: true },
    },
  ],
}
