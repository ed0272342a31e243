import { describe, expect, it } from 'vitest'
import { checkQueryArgs } from '../../src/domain/http/queryArgs'

const selects = new Map([['status', new Set(['recognised', 'national'])]])

describe('checkQueryArgs', () => {
  it.each([
    [{ page: 1, limit: 10 }, null],
    [{ page: 0 }, 'Số trang'],
    [{ page: '2' }, null],
    [{ limit: -1 }, 'Giới hạn'],
    [{ limit: '9'.repeat(40) }, 'Giới hạn'],
    [{ limit: 2_147_483_647 }, null],
    [{ page: 1e40, limit: 0 }, 'Số trang'],
    [{ where: 'x' }, 'phải là một đối tượng'],
    [{ where: { status: { equals: 'bogus' } } }, 'bogus'],
    [{ where: { status: { in: 'recognised,national' } } }, null],
    [{ where: { or: [{ status: { equals: 'national' } }] } }, null],
    [{ where: { OR: [{ status: { equals: 'national' } }, { name: { like: 'x' } }] } }, null],
    [{ where: { AND: [{ status: { equals: 'nope' } }] } }, 'nope'],
    [{ where: { or: 1 } }, 'danh sách'],
    [{ where: { id: { equals: "' OR 1=1 --" } } }, 'mã tài liệu là số nguyên'],
    [{ where: { or: [{ id: { equals: '9999999999999' } }] } }, 'mã tài liệu là số nguyên'],
    [{ where: { unit: { in: '1,abc' } } }, 'abc'],
    [{ where: { unit: { in: '1,2' }, id: { not_equals: 5 } } }, null],
    [{ where: { unit: { equals: 'null' }, id: { exists: 'x' } } }, null],
  ])('%o → %s', (args, problem) => {
    const result = checkQueryArgs(args as never, selects, new Set(['id', 'unit']))
    if (problem === null) expect(result).toBeNull()
    else expect(result).toContain(problem)
  })
})
