import type { CollectionConfig } from 'payload'
import { createInOwnUnit, writeInOwnUnit } from '../../access/inOwnUnit'
import { readExemplars } from '../../access/readExemplars'
import { EXEMPLAR_STATUS_LABELS } from '../../domain/exemplars/status'
import { slugField } from '../../fields/slug'
import { unitField } from '../../fields/unit'
import { optionsFrom } from '../../lib/options'

export const EXEMPLAR_KIND_LABELS = {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  household: { vi: 'Hộ gia đình', en: 'Household' },
}

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

export const Exemplars: CollectionConfig = {
  slug: 'exemplars',
  labels: { singular: { vi: 'Điển hình tiên tiến', en: 'Exemplar' }, plural: { vi: 'Điển hình tiên tiến', en: 'Exemplars' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'unit', 'status', 'discoveredOn'],
    listSearchableFields: ['name', 'slug', 'locality'],
    group: { vi: 'Điển hình tiên tiến', en: 'Exemplars' },
  },
  defaultPopulate: { name: true, slug: true, kind: true, status: true, photo: true, unit: true, summary: true },
  access: { read: readExemplars, create: createInOwnUnit, update: writeInOwnUnit, delete: () => false },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { vi: 'Tên tập thể, cá nhân, hộ gia đình', en: 'Name' } },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, index: true, options: optionsFrom(EXEMPLAR_KIND_LABELS), label: { vi: 'Loại', en: 'Kind' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'newFactor',
      options: optionsFrom(EXEMPLAR_STATUS_LABELS),
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    unitField({ admin: { position: 'sidebar' } }),
    { name: 'fields', type: 'relationship', relationTo: 'fields', hasMany: true, index: true, label: { vi: 'Lĩnh vực', en: 'Fields' } },
    { name: 'discoveredOn', type: 'date', required: true, index: true, label: { vi: 'Ngày phát hiện', en: 'Discovered on' }, admin: { position: 'sidebar', ...day } },
    { name: 'recognisedYears', type: 'number', hasMany: true, label: { vi: 'Các năm được công nhận', en: 'Years recognised' }, admin: { position: 'sidebar' } },
    { name: 'featured', type: 'checkbox', index: true, label: { vi: 'Nổi bật trên trang chủ', en: 'Featured' }, admin: { position: 'sidebar' } },
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
      fields: [
        { name: 'title', type: 'text', required: true, label: { vi: 'Nguồn', en: 'Source' } },
        { name: 'url', type: 'text', label: { vi: 'Đường dẫn', en: 'URL' } },
      ],
    },
  ],
}
