import type { Field, FieldHook } from 'payload'
import { slugify } from '../domain/text/slugify'

/**
 * A URL slug, always folded (no diacritics, đ → d). Left empty, it is derived from another field and made unique
 * with -2, -3… (two exemplars may share a name); typed by hand, it is kept and must be unique.
 */
export function slugField(from: string): Field {
  const fill: FieldHook = async ({ value, siblingData, data, collection, req, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = siblingData?.[from] ?? data?.[from]
    if (typeof source !== 'string' || !source.trim() || !collection) return value
    const base = slugify(source) || 'bai'
    for (let n = 1; n < 50; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.find({
        collection: collection.slug,
        where: { slug: { equals: candidate }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      if (!taken.docs.length) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
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
