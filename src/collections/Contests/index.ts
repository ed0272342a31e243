import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { CONTEST_STATUS_LABELS, ROUND_LABELS } from '../../domain/contest/labels'
import { slugField } from '../../fields/slug'
import { adminGroups, dayPicker, dayTimePicker, optionsFrom, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { serverWritten } from '@/fields/serverWritten'
import { statusField } from '@/fields/sidebarSelect'
import { arrayRowNames } from '@/fields/arrayLabels'
import { revalidateContest, revalidateContestDelete } from './hooks/revalidateContest'

export const Contests: CollectionConfig = {
  ...collectionBasics('contests', ['Cuộc thi', 'Contest'], ['Cuộc thi', 'Contests']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year', 'status', 'deadline'], group: adminGroups.contest },
  defaultPopulate: { title: true, slug: true, year: true, status: true, deadline: true },
  hooks: { afterChange: [revalidateContest], afterDelete: [revalidateContestDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên cuộc thi', en: 'Title' } },
    slugField('title'),
    { name: 'year', type: 'number', required: true, index: true, label: { vi: 'Năm', en: 'Year' }, admin: { position: 'sidebar' } },
    statusField(CONTEST_STATUS_LABELS, 'draft'),
    {
      name: 'organizer',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị chủ trì', en: 'Organising unit' },
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Giới thiệu ngắn', en: 'Summary' } },
    { name: 'rules', type: 'richText', localized: true, label: { vi: 'Thể lệ', en: 'Rules' } },
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          timezone: vietnamTime,
          required: true,
          label: { vi: 'Bắt đầu nhận bài', en: 'Opens at' },
          admin: dayTimePicker,
        },
        {
          name: 'deadline',
          type: 'date',
          timezone: vietnamTime,
          required: true,
          index: true,
          label: { vi: 'Hạn nộp bài', en: 'Deadline' },
          admin: dayTimePicker,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'worksFrom', type: 'date', label: { vi: 'Tác phẩm đăng, phát từ ngày', en: 'Works published from' }, admin: dayPicker },
        { name: 'worksTo', type: 'date', label: { vi: 'đến ngày', en: 'to' }, admin: dayPicker },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxEntriesPerAuthor',
          type: 'number',
          defaultValue: 3,
          min: 1,
          label: { vi: 'Số tác phẩm tối đa mỗi tác giả', en: 'Max entries per author' },
        },
        {
          name: 'judgesPerEntry',
          type: 'number',
          defaultValue: 3,
          min: 1,
          label: { vi: 'Số giám khảo chấm mỗi tác phẩm', en: 'Judges per entry' },
        },
        {
          name: 'uploadGraceMinutes',
          type: 'number',
          defaultValue: 0,
          min: 0,
          max: 240,
          label: { vi: 'Gia hạn cho tệp đang tải lúc hết hạn (phút)', en: 'Grace for uploads under way at the deadline (minutes)' },
          admin: {
            description: {
              vi: 'Bài nộp sau hạn trong khoảng này vẫn được nhận nếu mọi tệp của bài đã tới máy chủ trước hạn. 0 = không gia hạn.',
              en: 'A submission this late is still accepted when every file of it reached the server before the deadline. 0 = none.',
            },
          },
        },
      ],
    },
    {
      name: 'timeline',
      type: 'array',
      label: { vi: 'Các mốc thời gian', en: 'Timeline' },
      ...arrayRowNames('Mốc thời gian', ['Milestone', 'Milestones'], { title: ['date', 'label'], dates: ['date'] }),
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Mốc', en: 'Milestone' } },
        { name: 'date', type: 'date', required: true, label: { vi: 'Ngày', en: 'Date' }, admin: dayPicker },
      ],
    },
    {
      name: 'prizes',
      type: 'array',
      label: { vi: 'Cơ cấu giải thưởng', en: 'Prizes' },
      ...arrayRowNames('Giải', ['Prize', 'Prizes'], { title: ['label'] }),
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Giải', en: 'Prize' } },
        { name: 'amount', type: 'number', label: { vi: 'Giá trị (đồng)', en: 'Amount (VND)' } },
        { name: 'note', type: 'text', localized: true, label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
    {
      name: 'rounds',
      type: 'array',
      label: { vi: 'Vòng chấm và tiêu chí', en: 'Rounds and rubrics' },
      ...arrayRowNames('Vòng chấm', ['Round', 'Rounds'], { title: ['round'], options: { round: ROUND_LABELS } }),
      fields: [
        { name: 'round', type: 'select', required: true, options: optionsFrom(ROUND_LABELS), label: { vi: 'Vòng', en: 'Round' } },
        { name: 'closed', type: 'checkbox', label: { vi: 'Đã kết thúc', en: 'Closed' } },
        {
          name: 'closedAt',
          type: 'date',
          timezone: vietnamTime,
          label: { vi: 'Kết thúc lúc', en: 'Closed at' },
          admin: { readOnly: true, ...dayTimePicker },
        },
        {
          name: 'shortlistSize',
          type: 'number',
          min: 0,
          label: { vi: 'Số tác phẩm vào vòng sau mỗi thể loại', en: 'Shortlisted per category' },
        },
        {
          name: 'rubric',
          type: 'array',
          label: { vi: 'Tiêu chí chấm', en: 'Rubric' },
          ...arrayRowNames('Tiêu chí chấm', ['Criterion', 'Criteria'], { title: ['label', 'weight'] }),
          fields: [
            { name: 'key', type: 'text', required: true, label: { vi: 'Mã', en: 'Key' } },
            { name: 'label', type: 'text', required: true, localized: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
            { name: 'weight', type: 'number', required: true, min: 0, label: { vi: 'Trọng số (%)', en: 'Weight (%)' } },
            { name: 'maxScore', type: 'number', required: true, defaultValue: 10, min: 1, label: { vi: 'Điểm tối đa', en: 'Max score' } },
          ],
        },
      ],
    },
    { name: 'contact', type: 'textarea', localized: true, label: { vi: 'Liên hệ', en: 'Contact' } },
    {
      name: 'results',
      type: 'group',
      access: fieldAccessFor('contests', 'results'),
      label: { vi: 'Kết quả (ban tổ chức)', en: 'Results (organizers)' },
      admin: {
        description: {
          vi: 'Do các thao tác ở màn hình Xếp hạng ghi; chỉ ban tổ chức xem được.',
          en: 'Written by the ranking screen; organizers only.',
        },
      },
      fields: serverWritten([
        { name: 'round', type: 'select', options: optionsFrom(ROUND_LABELS), label: { vi: 'Xét giải theo vòng', en: 'Prizes from round' } },
        { name: 'allocation', type: 'json', label: { vi: 'Đề xuất giải', en: 'Proposed prizes' } },
        { name: 'allocatedAt', type: 'date', timezone: vietnamTime, label: { vi: 'Đề xuất lúc', en: 'Proposed at' }, admin: dayTimePicker },
        { name: 'approved', type: 'checkbox', label: { vi: 'Đã phê duyệt', en: 'Approved' } },
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người phê duyệt', en: 'Approved by' } },
        {
          name: 'approvedAt',
          type: 'date',
          timezone: vietnamTime,
          label: { vi: 'Phê duyệt lúc', en: 'Approved at' },
          admin: dayTimePicker,
        },
        {
          name: 'publishedAt',
          type: 'date',
          timezone: vietnamTime,
          label: { vi: 'Công bố lúc', en: 'Published at' },
          admin: dayTimePicker,
        },
      ]),
    },
    { name: 'categories', type: 'join', collection: 'contestCategories', on: 'contest', label: { vi: 'Thể loại', en: 'Categories' } },
  ],
}
