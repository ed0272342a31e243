import { describe, expect, it } from 'vitest'
import { blindToJudges } from '../../src/access/blindToJudges'
import { canAccessAdmin } from '../../src/access/canAccessAdmin'
import { editorOwnOutlets } from '../../src/access/editorOutlets'
import { isAdmin } from '../../src/access/isAdmin'
import { isOrganizer } from '../../src/access/isOrganizer'
import { isStaff } from '../../src/access/isStaff'
import { ownEntries } from '../../src/access/ownEntries'
import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { readMedia } from '../../src/access/readMedia'
import { readUsers } from '../../src/access/users'
import { ROLES, type Role } from '../../src/domain/roles'

/** A request as the access functions see it; no database is touched by the rules tested here. */
const req = (role?: Role, extra: Record<string, unknown> = {}) => ({ req: { user: role ? { id: 7, role, ...extra } : null } }) as never
const call = (fn: (args: never) => unknown, role?: Role, extra?: Record<string, unknown>) => fn(req(role, extra))

describe.each([
  ['isAdmin', isAdmin, ['admin']],
  ['isOrganizer', isOrganizer, ['admin', 'organizer']],
  ['isStaff', isStaff, ['admin', 'organizer', 'editor', 'unitOfficer', 'judge']],
] as const)('%s', (_name, fn, allowed) => {
  it.each(ROLES.map((r) => [r, (allowed as readonly string[]).includes(r)] as const))('%s → %s', (role, expected) => expect(call(fn, role)).toBe(expected))
  it('anonymous → false', () => expect(call(fn)).toBe(false))
})

describe('admin panel', () => {
  it.each(ROLES.map((r) => [r, r !== 'journalist'] as const))('%s may enter: %s', (role, expected) => expect(canAccessAdmin(req(role))).toBe(expected))
  it('anonymous may not', () => expect(canAccessAdmin(req())).toBe(false))
})

describe('publishedOrStaff', () => {
  const published = { _status: { equals: 'published' } }
  it.each([
    ['journalist', published],
    ['judge', true],
    ['editor', true],
    [undefined, published],
  ] as const)('%s reads %o', (role, expected) => expect(call(publishedOrStaff, role as Role | undefined)).toEqual(expected))
})

describe('entries', () => {
  it('a journalist reads only their own', async () => expect(await call(ownEntries, 'journalist')).toEqual({ author: { equals: 7 } }))
  it('organisers read all, the public nothing', async () => {
    expect(await call(ownEntries, 'organizer')).toBe(true)
    expect(await call(ownEntries)).toBe(false)
    expect(await call(ownEntries, 'editor')).toBe(false)
  })
  it.each([
    ['judge', false],
    ['journalist', true],
    ['organizer', true],
  ] as const)('author identity readable by %s: %s', (role, expected) => expect(blindToJudges(req(role))).toBe(expected))
})

describe('editor outlets', () => {
  it('an editor writes only in their outlets', () => expect(call(editorOwnOutlets, 'editor', { outlets: [3, { id: 4 }] })).toEqual({ outlet: { in: [3, 4] } }))
  it('an editor without outlets writes nowhere', () => expect(call(editorOwnOutlets, 'editor', { outlets: [] })).toEqual({ outlet: { in: [-1] } }))
  it('a unit officer cannot write articles', () => expect(call(editorOwnOutlets, 'unitOfficer')).toBe(false))
})

describe('users and media', () => {
  it('a journalist reads only themself; organisers everyone', () => {
    expect(call(readUsers, 'journalist')).toEqual({ id: { equals: 7 } })
    expect(call(readUsers, 'organizer')).toBe(true)
    expect(call(readUsers)).toBe(false)
  })
  it('private media only for their uploader and staff', () => {
    expect(call(readMedia)).toEqual({ visibility: { equals: 'public' } })
    expect(call(readMedia, 'journalist')).toEqual({ or: [{ visibility: { equals: 'public' } }, { owner: { equals: 7 } }] })
    expect(call(readMedia, 'judge')).toBe(true)
  })
})
