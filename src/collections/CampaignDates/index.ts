import { type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'
import { Refusal } from '../../lib/api/errors'
import { optionsFrom } from '../../lib/options'
import { isValidCampaignDay } from '../../domain/editorial/isValidCampaignDay'
import { PLANNED_ARTICLE_STATUS_LABELS } from '@/domain/editorial/labels'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** The day must exist in its month (lunar months have at most 30 days). */
const checkDay: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const day = Number(data?.day ?? originalDoc?.day)
  const month = Number(data?.month ?? originalDoc?.month)
  const lunar = !!(data?.lunar ?? originalDoc?.lunar)
  if (!isValidCampaignDay(day, month, lunar)) throw new Refusal(`Ngày ${day}/${month}${lunar ? ' (âm lịch)' : ''} không tồn tại.`, 400)
  if ((data?.recurring ?? originalDoc?.recurring) === false && !(data?.year ?? originalDoc?.year))
    throw new Refusal('Ngày không lặp lại hằng năm phải có năm diễn ra.', 400)
  return data
}

/**
 * The propaganda calendar (lịch tuyên truyền): major anniversaries and holidays, and per year the articles the
 * newsrooms plan for each, so the editors see the gaps in the "Lịch tuyên truyền" view.
 */
export const CampaignDates: CollectionConfig = {
  ...collectionBasics('campaignDates', ['Ngày kỷ niệm, sự kiện', 'Campaign date'], ['Lịch tuyên truyền', 'Campaign calendar']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'day', 'month', 'lunar', 'recurring'], group: adminGroups.columns },
  defaultSort: 'month',
  hooks: { beforeValidate: [checkDay] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên ngày kỷ niệm, sự kiện', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã', en: 'Code' },
      admin: { position: 'sidebar', description: { vi: 'Mã ngắn, không trùng (ví dụ: quoc-khanh).', en: 'Short unique code.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'day', type: 'number', required: true, min: 1, max: 31, label: { vi: 'Ngày', en: 'Day' } },
        { name: 'month', type: 'number', required: true, min: 1, max: 12, label: { vi: 'Tháng', en: 'Month' } },
        { name: 'lunar', type: 'checkbox', defaultValue: false, label: { vi: 'Theo âm lịch', en: 'Lunar calendar' } },
      ],
    },
    { name: 'recurring', type: 'checkbox', defaultValue: true, label: { vi: 'Lặp lại hằng năm', en: 'Recurs every year' } },
    {
      name: 'year',
      type: 'number',
      min: 1900,
      max: 2100,
      label: { vi: 'Năm diễn ra (ngày không lặp lại)', en: 'Year (one-off date)' },
      admin: { condition: (data) => data?.recurring === false },
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Ý nghĩa, định hướng tuyên truyền', en: 'Description' } },
    {
      name: 'plannedArticles',
      type: 'array',
      label: { vi: 'Bài dự kiến theo năm', en: 'Planned articles' },
      labels: { singular: { vi: 'Bài dự kiến', en: 'Planned article' }, plural: { vi: 'Bài dự kiến', en: 'Planned articles' } },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'year', type: 'number', required: true, min: 1900, max: 2100, label: { vi: 'Năm', en: 'Year' } },
            { name: 'outlet', type: 'relationship', relationTo: 'outlets', label: { vi: 'Cơ quan báo chí', en: 'Outlet' } },
            {
              name: 'status',
              type: 'select',
              defaultValue: 'planned',
              options: optionsFrom(PLANNED_ARTICLE_STATUS_LABELS),
              label: { vi: 'Trạng thái', en: 'Status' },
            },
          ],
        },
        { name: 'topic', type: 'text', label: { vi: 'Đề tài', en: 'Topic' } },
        { name: 'article', type: 'relationship', relationTo: 'articles', label: { vi: 'Bài viết', en: 'Article' } },
        {
          name: 'assignedEditor',
          type: 'relationship',
          relationTo: 'users',
          filterOptions: { role: { in: ['editor', 'organizer', 'admin'] } },
          label: { vi: 'Biên tập viên phụ trách', en: 'Assigned editor' },
          admin: { sortOptions: 'nameSort' },
        },
      ],
    },
  ],
}
