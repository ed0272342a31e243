import type { CollectionSlug, Payload, PopulateType, SelectType, TransformCollectionWithSelect } from 'payload'
import { inIdOrder } from './pageOfIds'

/**
 * The second step of a public list page (see `pageOfIds`): the documents of the page's ids, as an anonymous visitor
 * reads them in Vietnamese, with their relations one level deep, in the order of `ids`.
 */
export async function findInIdOrder<TSlug extends CollectionSlug, TSelect extends SelectType>(
  payload: Payload,
  { collection, ids, select, populate }: { collection: TSlug; ids: number[]; select: TSelect; populate?: PopulateType },
): Promise<TransformCollectionWithSelect<TSlug, TSelect>[]> {
  if (!ids.length) return []
  const found = await payload.find({
    collection: collection as CollectionSlug,
    where: { id: { in: ids } },
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    locale: 'vi',
    select,
    populate,
  })
  // Payload types a find over a generic collection as the union of all of them; the select above decides the shape
  return inIdOrder(ids, found.docs) as TransformCollectionWithSelect<TSlug, TSelect>[]
}
