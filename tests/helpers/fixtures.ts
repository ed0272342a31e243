import type { Payload } from 'payload'
import type { Role } from '../../src/domain/roles'

let counter = 0
/** A unique suffix so test files can share one database without colliding on unique codes. */
export const uniq = (prefix = 't') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`

export const PASSWORD = 'MatKhau@123'

export async function makeUnit(
  payload: Payload,
  data: { name: string; kind: string; parent?: number; validFrom?: string; validTo?: string; code?: string },
) {
  return payload.create({
    collection: 'units',
    data: { code: data.code ?? uniq('U'), validFrom: '2020-01-01', ...data } as never,
    overrideAccess: true,
    depth: 0,
  })
}

export async function makeUser(payload: Payload, role: Role, extra: Record<string, unknown> = {}) {
  const email = `${uniq(role)}@test.vn`.toLowerCase()
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, fullName: `Người dùng ${role}`, role, _verified: true, ...extra } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
    depth: 0,
  })
  return { ...user, email }
}

export async function makeExemplar(
  payload: Payload,
  data: { unit: number; status?: string; recognisedYears?: number[]; name?: string; kind?: string; discoveredOn?: string },
) {
  return payload.create({
    collection: 'exemplars',
    data: {
      name: data.name ?? `Điển hình ${uniq()}`,
      kind: 'individual',
      status: 'recognised',
      discoveredOn: '2024-03-01',
      recognisedYears: [2024],
      ...data,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}
