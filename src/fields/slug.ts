import type { Field, FieldHook } from 'payload'
import { slugify } from '../domain/text/slugify'

/** A URL slug filled from another field when left empty, always folded (no diacritics, đ → d). */
export function slugField(from: string): Field {
  const fill: FieldHook = ({ value, siblingData, data }) => {
    const source = value || siblingData?.[from] || data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    index: true,
    unique: true,
    admin: { position: 'sidebar', description: { vi: 'Để trống để tự tạo từ tiêu đề', en: 'Leave empty to derive from the title' } },
    hooks: { beforeValidate: [fill] },
  }
}
