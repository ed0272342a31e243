import { describe, expect, it } from 'vitest'
import { canAccessAdmin } from '../../src/access/canAccessAdmin'
import { ACCESS_TABLE, accessFor, actorOf, fieldAccessFor, OPERATIONS } from '../../src/access/table'
import { ROLES, type Role } from '../../src/domain/roles'

/** A request as the access functions see it; no database is touched by the rules tested here. */
const req = (role?: Role, extra: Record<string, unknown> = {}) => ({ req: { user: role ? { id: 7, role, ...extra } : null } }) as never
const call = (slug: string, op: 'read' | 'create' | 'update' | 'delete' | 'readVersions', role?: Role, extra?: Record<string, unknown>) =>
  accessFor(slug, op)(req(role, extra))
const field = (slug: string, name: string, op: 'read' | 'create' | 'update', role?: Role, args: Record<string, unknown> = {}) =>
  fieldAccessFor(slug, name)[op]!({ ...(req(role) as object), ...args } as never)

describe('who counts as whom', () => {
  it('a deactivated account, an unknown role and nobody are the public', () => {
    expect(actorOf(null)).toBe('public')
    expect(actorOf({ id: 1, role: 'admin', deactivated: true })).toBe('public')
    expect(actorOf({ id: 1, role: 'superuser' })).toBe('public')
    expect(actorOf({ id: 1, role: 'judge' })).toBe('judge')
  })
})

describe('admin panel', () => {
  it.each(ROLES.map((r) => [r, r !== 'journalist'] as const))('%s may enter: %s', (role, expected) =>
    expect(canAccessAdmin(req(role))).toBe(expected),
  )
  it('anonymous or deactivated may not', () => {
    expect(canAccessAdmin(req())).toBe(false)
    expect(canAccessAdmin(req('admin', { deactivated: true }))).toBe(false)
  })
})

describe('the table is complete', () => {
  it('names only known operations and actors; every versioned collection has readVersions', () => {
    for (const [slug, rules] of Object.entries(ACCESS_TABLE)) {
      for (const op of Object.keys(rules.ops)) expect(OPERATIONS as readonly string[], slug).toContain(op)
    }
    for (const slug of ['articles', 'columns', 'outlets']) expect(ACCESS_TABLE[slug].ops.readVersions, slug).toBeDefined()
    expect(ACCESS_TABLE.media.ops.readFile).toBe(ACCESS_TABLE.media.ops.read)
  })
})

describe('published or editorial', () => {
  const published = { _status: { equals: 'published' } }
  it.each([
    ['journalist', published],
    ['judge', published],
    ['unitOfficer', published],
    [undefined, published],
    ['organizer', true],
  ] as const)('%s reads articles %o', async (role, expected) =>
    expect(await call('articles', 'read', role as Role | undefined)).toEqual(expected),
  )
  it('an editor reads published articles and their own outlets’ drafts', async () =>
    expect(await call('articles', 'read', 'editor', { outlets: [3, { id: 4 }] })).toEqual({ or: [published, { outlet: { in: [3, 4] } }] }))
  it('versions: the outlet’s editors and organizers only', async () => {
    for (const role of [undefined, 'journalist', 'judge', 'unitOfficer'] as const)
      expect(await call('articles', 'readVersions', role)).toBe(false)
    expect(await call('articles', 'readVersions', 'editor', { outlets: [3] })).toEqual({ 'version.outlet': { in: [3] } })
    expect(await call('outlets', 'readVersions', 'editor', { outlets: [3] })).toEqual({ parent: { in: [3] } })
    expect(await call('columns', 'readVersions', 'organizer')).toBe(true)
  })
})

describe('entries', () => {
  it('a journalist reads only their own', async () =>
    expect(await call('entries', 'read', 'journalist')).toEqual({ author: { equals: 7 } }))
  it('organizers read all, the public and editors nothing', async () => {
    expect(await call('entries', 'read', 'organizer')).toBe(true)
    expect(await call('entries', 'read')).toBe(false)
    expect(await call('entries', 'read', 'editor')).toBe(false)
  })
  it.each([
    ['judge', false],
    ['journalist', true],
    ['organizer', true],
  ] as const)('author identity readable by %s: %s', (role, expected) =>
    expect(field('entries', 'authorIdentity', 'read', role)).toBe(expected),
  )
})

describe('editor outlets', () => {
  it('an editor writes only in their outlets', async () =>
    expect(await call('articles', 'update', 'editor', { outlets: [3, { id: 4 }] })).toEqual({ outlet: { in: [3, 4] } }))
  it('an editor without outlets writes nowhere', async () =>
    expect(await call('articles', 'update', 'editor', { outlets: [] })).toEqual({ outlet: { in: [-1] } }))
  it('a unit officer cannot write articles', async () => expect(await call('articles', 'update', 'unitOfficer')).toBe(false))
})

describe('users', () => {
  it('a journalist reads only themself; organizers everyone', async () => {
    expect(await call('users', 'read', 'journalist')).toEqual({ id: { equals: 7 } })
    expect(await call('users', 'read', 'organizer')).toBe(true)
    expect(await call('users', 'read')).toBe(false)
  })
  it('e-mail and password: one’s own, or an administrator', () => {
    for (const name of ['email', 'password']) {
      expect(field('users', name, 'update', 'organizer', { id: 8 })).toBe(false)
      expect(field('users', name, 'update', 'organizer', { id: 7 })).toBe(true)
      expect(field('users', name, 'update', 'journalist', { id: 7 })).toBe(true)
      expect(field('users', name, 'update', 'admin', { id: 8 })).toBe(true)
    }
  })
  it('roles: an administrator gives any; an organizer invites judges and journalists only', () => {
    expect(field('users', 'role', 'create', 'organizer', { data: { role: 'judge' }, siblingData: { role: 'judge' } })).toBe(true)
    expect(field('users', 'role', 'create', 'organizer', { data: { role: 'editor' }, siblingData: { role: 'editor' } })).toBe(false)
    expect(field('users', 'role', 'create', 'admin', { data: { role: 'editor' } })).toBe(true)
    expect(field('users', 'role', 'update', 'organizer')).toBe(false)
    expect(field('users', 'role', 'create', undefined, { data: { role: 'admin' } })).toBe(false)
  })
})

describe('media', () => {
  it('private files: the public sees public ones, a journalist also their own, organizers all', async () => {
    expect(await call('media', 'read')).toEqual({ visibility: { equals: 'public' } })
    expect(await call('media', 'read', 'journalist')).toEqual({ or: [{ visibility: { equals: 'public' } }, { owner: { equals: 7 } }] })
    expect(await call('media', 'read', 'editor')).toEqual({ or: [{ visibility: { equals: 'public' } }, { owner: { equals: 7 } }] })
    expect(await call('media', 'read', 'organizer')).toBe(true)
  })
  it('only the uploader, organizers and administrators change or delete a file', async () => {
    for (const role of ['editor', 'unitOfficer', 'judge', 'journalist'] as const) {
      expect(await call('media', 'update', role)).toEqual({ owner: { equals: 7 } })
      expect(await call('media', 'delete', role)).toEqual({ owner: { equals: 7 } })
    }
    expect(await call('media', 'delete')).toBe(false)
    expect(await call('media', 'delete', 'organizer')).toBe(true)
  })
  it('the uploader is hidden from judges', () => {
    expect(field('media', 'owner', 'read', 'judge')).toBe(false)
    expect(field('media', 'owner', 'read', 'organizer')).toBe(true)
  })
})
