import type { PayloadRequest } from 'payload'

/** A contest's categories in their set order, named in Vietnamese. */
export function contestCategoriesOf(req: PayloadRequest, contestId: number) {
  return req.payload.find({
    collection: 'contestCategories',
    where: { contest: { equals: contestId } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'order',
    overrideAccess: true,
    req,
    locale: 'vi',
  })
}
