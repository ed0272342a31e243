import type { CollectionConfig } from 'payload'
import { collectionAccess } from '@/access/table'

type ViEn = readonly [vi: string, en: string]

/** What every collection config starts with: its slug, its names in Vietnamese and English, and the access table's rules for it. */
export const collectionBasics = (slug: string, [singularVi, singularEn]: ViEn, [pluralVi, pluralEn]: ViEn) =>
  ({
    slug,
    labels: { singular: { vi: singularVi, en: singularEn }, plural: { vi: pluralVi, en: pluralEn } },
    access: collectionAccess(slug),
  }) satisfies Pick<CollectionConfig, 'slug' | 'labels' | 'access'>
