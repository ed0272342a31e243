import type { CollectionConfig } from 'payload'
import { fieldAccessFor } from '../../access/table'
import { slugField } from '../../fields/slug'
import { indexForSearch, removeFromSearch } from '../../hooks/searchIndex'
import { outletFromColumn } from './hooks/outletFromColumn'
import { revalidateArticle, revalidateArticleDelete } from './hooks/revalidateArticle'
import { reviewBeforePublish } from './hooks/reviewBeforePublish'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { adminGroups, dayTimePicker, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { sidebarRelationship } from '@/fields/sidebarRelationship'
import { sidebarSelect } from '@/fields/sidebarSelect'
import { ARTICLE_FORMAT_LABELS } from '@/domain/editorial/labels'

export const Articles: CollectionConfig = {
  ...collectionBasics('articles', ['Bài viết', 'Article'], ['Bài viết', 'Articles']),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'column', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'slug'],
    group: adminGroups.columns,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    excerpt: true,
    coverImage: true,
    column: true,
    outlet: true,
    publishedAt: true,
    format: true,
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    beforeChange: [outletFromColumn, stampPublishedAt, reviewBeforePublish],
    afterChange: [indexForSearch('article'), revalidateArticle],
    afterDelete: [removeFromSearch('article'), revalidateArticleDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    slugField('title'),
    sidebarRelationship('column', 'columns', { vi: 'Chuyên mục', en: 'Column' }, { required: true }),
    sidebarRelationship('outlet', 'outlets', { vi: 'Cơ quan báo chí', en: 'Outlet' }, { admin: { readOnly: true } }),
    {
      name: 'publishedAt',
      type: 'date',
      timezone: vietnamTime,
      index: true,
      label: { vi: 'Ngày đăng', en: 'Published at' },
      admin: { position: 'sidebar', ...dayTimePicker },
    },
    sidebarSelect('format', ARTICLE_FORMAT_LABELS, { vi: 'Thể loại', en: 'Format' }, { defaultValue: 'text' }),
    { name: 'featured', type: 'checkbox', index: true, label: { vi: 'Nổi bật', en: 'Featured' }, admin: { position: 'sidebar' } },
    // The review record is internal to the newsroom (editors, organizers); nobody writes the stamp but the server.
    {
      name: 'review',
      type: 'group',
      access: fieldAccessFor('articles', 'review'),
      label: { vi: 'Duyệt bài trước khi đăng', en: 'Editorial review' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bài chỉ được đăng khi người duyệt đã xác nhận cả hai mục.',
          en: 'An article is published only after a reviewer ticked both checks.',
        },
      },
      fields: [
        { name: 'sourcesChecked', type: 'checkbox', label: { vi: 'Đã kiểm tra nguồn tin', en: 'Sources checked' } },
        {
          name: 'noExaggeration',
          type: 'checkbox',
          label: { vi: 'Không cường điệu, thổi phồng thành tích', en: 'No exaggeration of achievements' },
        },
        { name: 'reviewNote', type: 'textarea', label: { vi: 'Ghi chú duyệt', en: 'Review note' } },
        {
          name: 'reviewedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { vi: 'Người duyệt', en: 'Reviewed by' },
          access: fieldAccessFor('articles', 'review.reviewedBy'),
          admin: { readOnly: true },
        },
        {
          name: 'reviewedAt',
          type: 'date',
          timezone: vietnamTime,
          label: { vi: 'Thời điểm duyệt', en: 'Reviewed at' },
          access: fieldAccessFor('articles', 'review.reviewedAt'),
          admin: { readOnly: true, ...dayTimePicker },
        },
      ],
    },
    { name: 'byline', type: 'text', label: { vi: 'Tác giả (bút danh)', en: 'Byline' } },
    { name: 'unit', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Đơn vị liên quan', en: 'Unit' } },
    {
      name: 'exemplars',
      type: 'relationship',
      relationTo: 'exemplars',
      hasMany: true,
      index: true,
      label: { vi: 'Điển hình được giới thiệu', en: 'Exemplars featured' },
    },
    { name: 'excerpt', type: 'textarea', localized: true, label: { vi: 'Sa-pô', en: 'Excerpt' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Cover image' } },
    { name: 'content', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Content' } },
    {
      type: 'collapsible',
      label: { vi: 'Âm thanh, video', en: 'Audio and video' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'audio', type: 'upload', relationTo: 'media', label: { vi: 'Tệp âm thanh', en: 'Audio file' } },
        { name: 'video', type: 'upload', relationTo: 'media', label: { vi: 'Tệp video', en: 'Video file' } },
        { name: 'transcript', type: 'textarea', localized: true, label: { vi: 'Lời thoại', en: 'Transcript' } },
      ],
    },
  ],
}
