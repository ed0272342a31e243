import type { CollectionConfig } from 'payload'
import { optionsFrom } from '../../lib/options'
import { adminGroups, dayTimePicker, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { serverWritten } from '@/fields/serverWritten'
import { PUBLICATION_STATUS_LABELS } from '@/domain/editorial/labels'

/**
 * The PDF of the yearly electronic book "Điển hình tiên tiến tỉnh … năm …", one per year, rebuilt in the background
 * whenever what the book prints changes (compared by the inputs' content hash). Written only by the server.
 */
export const Publications: CollectionConfig = {
  ...collectionBasics('publications', ['Ấn phẩm điện tử', 'Publication'], ['Ấn phẩm điện tử', 'Publications']),
  admin: { useAsTitle: 'title', defaultColumns: ['year', 'title', 'status', 'progress', 'builtAt'], group: adminGroups.columns },
  defaultSort: '-year',
  fields: [
    { name: 'year', type: 'number', required: true, unique: true, index: true, min: 1945, max: 2100, label: { vi: 'Năm', en: 'Year' } },
    ...serverWritten([
      { name: 'title', type: 'text', label: { vi: 'Tên ấn phẩm', en: 'Title' } },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'queued',
        index: true,
        options: optionsFrom(PUBLICATION_STATUS_LABELS),
        label: { vi: 'Trạng thái', en: 'Status' },
      },
      { name: 'progress', type: 'number', defaultValue: 0, min: 0, max: 100, label: { vi: 'Tiến độ (%)', en: 'Progress (%)' } },
      { name: 'file', type: 'upload', relationTo: 'media', label: { vi: 'Tệp PDF', en: 'PDF file' } },
      { name: 'hash', type: 'text', label: { vi: 'Mã nội dung của tệp', en: 'Content hash of the file' } },
      { name: 'targetHash', type: 'text', label: { vi: 'Mã nội dung đang tạo', en: 'Content hash being built' } },
      { name: 'builtAt', type: 'date', timezone: vietnamTime, label: { vi: 'Thời điểm tạo', en: 'Built at' }, admin: dayTimePicker },
      { name: 'message', type: 'text', label: { vi: 'Ghi chú', en: 'Message' } },
    ]),
  ],
}
