import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeExemplar, makeUnit, makeUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => payload.destroy())

describe('people are listed by given name, in Vietnamese collation', () => {
  it('exemplars sort by nameSort: individuals by given name (D before Đ), collectives by their name', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Thứ Tự', kind: 'commune' })
    const names: [string, 'individual' | 'collective'][] = [
      ['Nguyễn Văn Đức', 'individual'],
      ['Trần Thị Dung', 'individual'],
      ['Đội thanh niên xung kích', 'collective'],
      ['Lê Văn An', 'individual'],
      ['Bùi Thị Ánh', 'individual'],
    ]
    for (const [name, kind] of names) await makeExemplar(payload, { unit: unit.id, name, kind, status: 'provincial' })
    const found = await payload.find({
      collection: 'exemplars',
      where: { unit: { equals: unit.id } },
      sort: 'nameSort',
      depth: 0,
      overrideAccess: true,
    })
    expect(found.docs.map((e) => e.name)).toEqual([
      'Lê Văn An',
      'Bùi Thị Ánh',
      'Trần Thị Dung',
      'Đội thanh niên xung kích',
      'Nguyễn Văn Đức',
    ])
  })

  it('the key follows the name and the kind on every update, and no client sets it', async () => {
    const unit = await makeUnit(payload, { name: 'Xã Đổi Tên', kind: 'commune' })
    const e = await makeExemplar(payload, { unit: unit.id, name: 'Phạm Văn Hùng', kind: 'individual' })
    const key = async () => (await payload.findByID({ collection: 'exemplars', id: e.id, depth: 0, overrideAccess: true })).nameSort
    expect(await key()).toBe('Hùng Văn Phạm')
    await payload.update({
      collection: 'exemplars',
      id: e.id,
      data: { kind: 'household', name: 'Hộ ông Phạm Văn Hùng' },
      overrideAccess: true,
    })
    expect(await key()).toBe('Hộ ông Phạm Văn Hùng')

    const organizer = await makeUser(payload, 'organizer')
    const token = await login(organizer.email, PASSWORD)
    const res = await rest('PATCH', `/exemplars/${e.id}`, { token, json: { nameSort: 'AAA' } })
    expect(res.status).toBeLessThan(500)
    expect(await key()).toBe('Hộ ông Phạm Văn Hùng')
  })

  it('accounts get the key from the full name, renamed or not', async () => {
    const user = await makeUser(payload, 'journalist', { fullName: 'Võ Thị  Sáu' })
    const token = await login(user.email, PASSWORD)
    const key = async () => (await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true })).nameSort
    expect(await key()).toBe('Sáu Thị Võ')
    expect((await rest('PATCH', `/users/${user.id}`, { token, json: { fullName: 'Võ Thị Bảy' } })).status).toBe(200)
    expect(await key()).toBe('Bảy Thị Võ')
  })
})
