import type { CollectionConfig } from 'payload'
import { exemplarNameSortKey } from '../../domain/people/nameOrder'
import { nameSortField } from '../../fields/nameSort'
import { fieldAccessFor } from '../../access/table'
import { adminGroups, dayPicker } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { statusField } from '@/fields/sidebarSelect'
import { EXEMPLAR_STATUS_LABELS } from '../../domain/exemplars/status'
import { slugField } from '../../fields/slug'
import { unitField } from '../../fields/unit'
import { optionsFrom } from '../../lib/options'
import { indexForSearch, removeFromSearch } from '../../hooks/searchIndex'
import { enforceLifecycle } from './hooks/enforceLifecycle'
import { revalidateExemplar, revalidateExemplarDelete } from './hooks/revalidateExemplar'
import { arrayRowNames } from '@/fields/arrayLabels'
import { EXEMPLAR_KIND_LABELS } from '@/domain/exemplars/labels'

export const Exemplars: CollectionConfig = {
  ...collectionBasics('exemplars', ['Điển hình tiên tiến', 'Exemplar'], ['Điển hình tiên tiến', 'Exemplars']),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'unit', 'status', 'discoveredOn'],
    listSearchableFields: ['name', 'slug', 'locality'],
    group: adminGroups.exemplars,
    components: { beforeListTable: ['/src/components/admin/register/ImportExemplars#ImportExemplars'] },
  },
  defaultPopulate: { name: true, slug: true, kind: true, status: true, photo: true, unit: true, summary: true },
  hooks: {
    beforeChange: [enforceLifecycle],
    afterChange: [indexForSearch('exemplar'), revalidateExemplar],
    afterDelete: [removeFromSearch('exemplar'), revalidateExemplarDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { vi: 'Tên tập thể, cá nhân, hộ gia đình', en: 'Name' } },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom(EXEMPLAR_KIND_LABELS),
      label: { vi: 'Loại', en: 'Kind' },
    },
    nameSortField('exemplars', (d) => exemplarNameSortKey(d.name as string, d.kind as string)),
    statusField(EXEMPLAR_STATUS_LABELS, 'newFactor'),
    {
      type: 'collapsible',
      label: { vi: 'Chuyển trạng thái', en: 'Status change' },
      admin: {
        position: 'sidebar',
        initCollapsed: false,
        description: {
          vi:
            'Ghi lý do (bắt buộc khi lùi bước, trả lại đề nghị, lưu trữ hoặc khôi phục) và minh chứng cùng lần đổi trạng thái; sau ' +
            'khi lưu, chúng được chuyển vào lịch sử trạng thái.',
          en:
            'Reason (required to step back, return a proposal, archive or restore) and evidence for this status change; saved into ' +
            'the status history.',
        },
      },
      fields: [
        { name: 'transitionReason', type: 'textarea', label: { vi: 'Lý do chuyển trạng thái', en: 'Reason for the change' } },
        {
          name: 'transitionEvidence',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Minh chứng (quyết định, biên bản)', en: 'Evidence' },
        },
        {
          name: 'archivedFrom',
          type: 'select',
          options: optionsFrom(EXEMPLAR_STATUS_LABELS),
          access: fieldAccessFor('exemplars', 'archivedFrom'),
          label: { vi: 'Trạng thái trước khi lưu trữ', en: 'Status before archiving' },
          admin: { readOnly: true, condition: (data) => data?.status === 'archived' },
        },
      ],
    },
    unitField({ admin: { position: 'sidebar' } }, { day: 'discoveredOn' }),
    { name: 'fields', type: 'relationship', relationTo: 'fields', hasMany: true, index: true, label: { vi: 'Lĩnh vực', en: 'Fields' } },
    {
      name: 'discoveredOn',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Ngày phát hiện', en: 'Discovered on' },
      admin: { position: 'sidebar', ...dayPicker },
    },
    {
      name: 'recognisedYears',
      type: 'number',
      hasMany: true,
      label: { vi: 'Các năm được công nhận', en: 'Years recognised' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'featured',
      type: 'checkbox',
      index: true,
      label: { vi: 'Nổi bật trên trang chủ', en: 'Featured' },
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'achievements', type: 'richText', localized: true, label: { vi: 'Thành tích', en: 'Achievements' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    {
      type: 'row',
      fields: [
        { name: 'locality', type: 'text', label: { vi: 'Địa bàn (thôn, xã, huyện)', en: 'Locality' } },
        { name: 'ethnicGroup', type: 'text', label: { vi: 'Dân tộc', en: 'Ethnic group' } },
      ],
    },
    {
      name: 'sources',
      type: 'array',
      label: { vi: 'Nguồn thông tin', en: 'Sources' },
      ...arrayRowNames('Nguồn', ['Source', 'Sources'], { title: ['title'] }),
      fields: [
        { name: 'title', type: 'text', required: true, label: { vi: 'Nguồn', en: 'Source' } },
        { name: 'url', type: 'text', label: { vi: 'Đường dẫn', en: 'URL' } },
      ],
    },
    {
      name: 'statusTimeline',
      type: 'ui',
      label: { vi: 'Lịch sử trạng thái', en: 'Status history' },
      admin: { components: { Field: '/src/components/admin/register/ExemplarTimeline#ExemplarTimeline' } },
    },
  ],
}
