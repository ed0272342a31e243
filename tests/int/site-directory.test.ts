import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { directoryFacets } from '../../src/lib/site/directoryFacets'
import { inIdOrder, pageOfIds } from '../../src/lib/site/pageOfIds'
import { makeExemplar, makeUnit } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
const ids: Record<string, number> = {}

beforeAll(async () => {
  payload = await testPayload()
  ids.publicUnit = (await makeUnit(payload, { name: 'Xã Có Điển Hình', kind: 'commune' })).id
  ids.internalUnit = (await makeUnit(payload, { name: 'Xã Chỉ Có Nhân Tố Mới', kind: 'commune' })).id
  await makeExemplar(payload, { unit: ids.publicUnit, status: 'recognised', recognisedYears: [1991, 1992], name: 'Điển hình năm 1991' })
  await makeExemplar(payload, { unit: ids.internalUnit, status: 'newFactor', recognisedYears: [1990], name: 'Nhân tố mới năm 1990' })
})
afterAll(() => payload.destroy())

describe('directory filter options', () => {
  it('are aggregated in SQL over public exemplars only: their units and every recognised year', async () => {
    const facets = await directoryFacets(payload)
    expect(facets.units.map((u) => u.id)).toContain(ids.publicUnit)
    expect(facets.units.map((u) => u.id)).not.toContain(ids.internalUnit)
    expect(facets.years).toEqual(expect.arrayContaining([1992, 1991]))
    expect(facets.years).not.toContain(1990)
    expect(facets.years).toEqual([...facets.years].sort((a, b) => b - a))
  })
})

describe('lists loaded in two steps', () => {
  it('give the same page, in the same order, as one find', async () => {
    const where = { status: { in: ['recognised', 'provincial', 'national', 'proposedToProvince', 'proposedToCentral'] } }
    const sort = ['-featured', 'name']
    const one = await payload.find({ collection: 'exemplars', where, sort, page: 1, limit: 3, depth: 0, overrideAccess: false })
    const page = await pageOfIds(payload, { collection: 'exemplars', where, sort, page: 1, limit: 3 })
    const docs = await payload.find({
      collection: 'exemplars',
      where: { id: { in: page.ids } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    expect(inIdOrder(page.ids, docs.docs).map((d) => d.id)).toEqual(one.docs.map((d) => d.id))
    expect(page).toMatchObject({ totalDocs: one.totalDocs, totalPages: one.totalPages, page: 1 })
  })
})
