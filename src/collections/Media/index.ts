import { fieldAccessFor } from '../../access/table'
import type { CollectionConfig } from 'payload'
import { ALLOWED_MEDIA } from '../../domain/media/allowedTypes'
import { requestReceivedAt } from '../../lib/api/receivedAt'
import { mediaDir } from '../../lib/storage/settings'
import { checkFileContent } from './hooks/checkFileContent'
import { adminGroups, vietnamTime } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'
import { sidebarRelationship } from '@/fields/sidebarRelationship'
import { sidebarSelect } from '@/fields/sidebarSelect'

const VISIBILITY_LABELS = {
  public: { vi: 'Công khai', en: 'Public' },
  private: { vi: 'Riêng tư (bài dự thi)', en: 'Private (contest entry)' },
}

export const Media: CollectionConfig = {
  ...collectionBasics('media', ['Tệp đa phương tiện', 'Media'], ['Thư viện tệp', 'Media']),
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'visibility'], group: adminGroups.system },
  hooks: {
    beforeOperation: [checkFileContent],
    // on upload: who owns it, and when it reached the server (a contest's grace accepts a late submit of files that arrived in time)
    beforeChange: [
      ({ data, req, operation }) =>
        operation === 'create'
          ? { ...data, ...(req.user ? { owner: req.user.id } : {}), receivedAt: requestReceivedAt().toISOString() }
          : data,
    ],
  },
  upload: {
    // MEDIA_DIR: where a deployment (or a benchmark) keeps uploaded files; the project's media/ folder otherwise
    staticDir: mediaDir(),
    mimeTypes: Object.keys(ALLOWED_MEDIA),
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
    focalPoint: true,
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' } },
    { name: 'caption', type: 'text', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn / tác giả ảnh', en: 'Credit' } },
    {
      name: 'receivedAt',
      type: 'date',
      timezone: vietnamTime,
      access: fieldAccessFor('media', 'receivedAt'),
      label: { vi: 'Tệp tới máy chủ lúc', en: 'Received at' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    sidebarSelect('visibility', VISIBILITY_LABELS, { vi: 'Phạm vi', en: 'Visibility' }, { defaultValue: 'public', index: true }),
    sidebarRelationship(
      'owner',
      'users',
      { vi: 'Người tải lên', en: 'Uploaded by' },
      { access: fieldAccessFor('media', 'owner'), admin: { readOnly: true } },
    ),
  ],
}
