/**
 * Property-based fuzzing of every route the app serves: each collection's REST routes (Payload's and the custom
 * ones), the root endpoints, the auth routes and GraphQL get generated hostile paths, query strings, headers and
 * bodies. None may answer 5xx, hang, or change a row.
 */
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, PASSWORD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { gqlRaw, login, rest } from '../helpers/rest'

const RUNS = Number(process.env.FUZZ_RUNS || 1200)
// a new seed each run finds new cases; FUZZ_SEED=<seed from a failure> replays one
const SEED = Number(process.env.FUZZ_SEED || Date.now() % 2 ** 31)
const PER_REQUEST_MS = 10_000
// tables a well-formed request may rightly write: the login counters, and the signed-in account's own admin
// preferences (any JSON value is a valid preference)
const SKIP_TABLES = new Set(['login_throttle', 'payload_migrations', 'payload_preferences', 'payload_preferences_rels'])

let payload: Payload
let token: string
let fuzzUserId: number
const routes: { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: string }[] = []

async function snapshot(): Promise<Record<string, string>> {
  const db = payload.db.drizzle
  const tables = (await db.execute(`select tablename from pg_tables where schemaname = 'public' order by 1`)).rows.map((r) =>
    String(r.tablename),
  )
  const out: Record<string, string> = {}
  for (const t of tables.filter((t) => !SKIP_TABLES.has(t))) {
    // the fuzzing account may end or refresh its own session (logout, refresh-token): every other session stays
    const own = t === 'users_sessions' ? ` where t._parent_id <> ${fuzzUserId}` : ''
    const r = await db.execute(
      `select count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as sum from "${t}" t${own}`,
    )
    out[t] = String(r.rows[0].sum)
  }
  return out
}

beforeAll(async () => {
  payload = await testPayload()
  // a signed-in account with nothing of its own: it gets only bodies no operation can accept
  const fuzzUser = await makeUser(payload, 'journalist')
  fuzzUserId = Number(fuzzUser.id)
  token = await login(fuzzUser.email, PASSWORD)
  for (const c of payload.config.collections) {
    for (const e of Array.isArray(c.endpoints) ? c.endpoints : []) {
      routes.push({ method: e.method.toUpperCase() as never, path: `/${c.slug}${e.path === '/' ? '' : e.path}` })
    }
  }
  for (const e of Array.isArray(payload.config.endpoints) ? payload.config.endpoints : []) {
    routes.push({ method: e.method.toUpperCase() as never, path: e.path })
  }
}, 180_000)
afterAll(() => payload.destroy())

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'abc',
    '-1',
    '0',
    '1e309',
    'NaN',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '__proto__',
    'constructor',
    "' OR 1=1 --",
    '%',
    '%00',
    '..',
    '../..',
    '9'.repeat(40),
    '😀',
    'khóa đặc biệt',
    '\u0000',
    '<script>',
    'a'.repeat(3000),
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
)
const segment = hostileText.filter((s) => s !== '').map((s) => encodeURIComponent(s))
const queryKey = fc.constantFrom(
  'where',
  'where[id][equals]',
  'where[or][0][id][equals]',
  'where[and][x]',
  'where[status][in]',
  'where[__proto__][x]',
  'depth',
  'page',
  'limit',
  'sort',
  'draft',
  'locale',
  'fallback-locale',
  'select[id]',
  'populate[units]',
  'joins',
  'trash',
  'pagination',
  'year',
  'round',
  'format',
  'q',
  'token',
)
const query = fc.array(fc.tuple(queryKey, hostileText), { maxLength: 4 })

const deep = (n: number, open: string, close: string, inner = '1') => open.repeat(n) + inner + close.repeat(n)
/** Bodies no operation can take (non-objects, broken, too deep, wrong type). */
const invalidBody = fc.oneof(
  fc.constantFrom<[string, string | Uint8Array]>(
    ['application/json', 'null'],
    ['application/json', '"x"'],
    ['application/json', '42'],
    ['application/json', 'true'],
    ['application/json', '[]'],
    ['application/json', '{'],
    ['application/json', '{"a":'],
    ['application/json', new Uint8Array([0xff, 0xfe, 0xfd])],
    ['application/json', deep(5000, '[', ']')],
    ['application/json', deep(3000, '{"a":', '}')],
    ['application/x-www-form-urlencoded', 'email=a%40b.vn&password=x'],
    ['text/plain', 'xin chào'],
    ['', 'x'],
    ['multipart/form-data; boundary=x', '--x\r\nbroken'],
    ['multipart/form-data', '--x--'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--x--\r\n'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--x--\r\n'],
  ),
  fc.tuple(
    fc.constantFrom('application/json', 'application/JSON', 'application/merge-patch+json'),
    fc
      .jsonValue()
      .filter((v) => !v || typeof v !== 'object' || Array.isArray(v))
      .map((v) => JSON.stringify(v) ?? 'null'),
  ),
  fc.tuple(fc.constant('application/json'), fc.string({ minLength: 1, maxLength: 60 })).filter(([, s]) => {
    if (!s.trim()) return false
    try {
      const v = JSON.parse(s)
      return !v || typeof v !== 'object' || Array.isArray(v)
    } catch {
      return true
    }
  }),
)
/** Objects with junk or dangerous keys: sent only without a session, which may create nothing. */
const objectBody = fc
  .oneof(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
    fc.record(
      {
        email: hostileText,
        password: hostileText,
        role: fc.constantFrom('admin', 1, null, ['admin']),
        __proto__: fc.constant({ admin: true }),
      },
      { requiredKeys: [] },
    ),
    fc.record({ token: hostileText, password: hostileText, where: fc.jsonValue(), data: fc.jsonValue() }, { requiredKeys: [] }),
  )
  .map((o) => ['application/json', JSON.stringify(o)] as [string, string])

const auth = fc.constantFrom<'anon' | 'session' | 'junk'>('anon', 'session', 'junk')
const extraHeaders = fc.record(
  {
    'Accept-Language': fc.constantFrom('vi', 'en', 'xx', '*', 'vi;q=abc', ''),
    'X-Forwarded-For': fc.constantFrom('', '203.0.113.50', 'garbage', '1.1.1.1, ::ffff:10.0.0.1', '2001:db8::1', ' , ,'),
    Cookie: fc.constantFrom('', 'payload-token=garbage', 'payload-token=', 'a=b; payload-token=eyJhbGciOiJub25lIn0.e30.'),
  },
  { requiredKeys: [] },
)

type Req =
  | {
      kind: 'rest'
      method: string
      path: string
      query: [string, string][]
      auth: string
      body?: [string, string | Uint8Array]
      headers: Record<string, string>
    }
  | { kind: 'gql'; auth: string; body: [string, string | Uint8Array]; headers: Record<string, string> }

const gqlQuery = fc.oneof(
  fc.constantFrom(
    '{ __typename }',
    '{',
    'query { Units(page: -1) { docs { id } } }',
    'query { Units(where: { id: { equals: "abc" } }) { docs { id } } }',
    'query { Exemplars(limit: -5, sort: "\'; drop") { docs { id } } }',
    'query { Users { docs { email hash salt } } }',
    'query { meUser { user { id } } }',
    'mutation { loginUser(email: "khongco@test.vn", password: "x") { token } }',
    'mutation { forgotPasswordUser(email: "khongco@test.vn") }',
    'mutation { resetPasswordUser(token: "x", password: "y") { token } }',
    'mutation { deleteUnit(id: 1) { id } }',
    'mutation { updateUser(id: 1, data: { role: admin }) { id } }',
    'query { Unit(id: "99999999999999999999") { id } }',
    'query { Media(where: { visibility: { equals: bogus } }) { docs { id } } }',
    'subscription { x }',
    'query ($p: Int) { Units(page: $p) { docs { id } } }',
    'query ($w: Unit_where) { Units(where: $w) { docs { id } } }',
    'mutation ($d: mutationUserInput!) { createUser(data: $d) { id } }',
    'query Q { __typename } query R { __typename }',
    `query { ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    deep(300, '{ a ', ' }', ''),
  ),
  fc.string({ maxLength: 80 }),
  fc
    .tuple(fc.constantFrom('Units', 'Exemplars', 'Articles', 'Entries', 'Media', 'Users', 'Scores', 'Contests'), hostileText)
    .map(
      ([c, v]) => `query { ${c}(where: ${JSON.stringify({ id: { equals: v } }).replace(/"(\w+)":/g, '$1:')}, page: 1) { docs { id } } }`,
    ),
)
const gqlBody = fc.oneof(
  invalidBody,
  fc
    .tuple(gqlQuery, fc.option(fc.jsonValue(), { nil: undefined }))
    .map(([q, variables]) => ['application/json', JSON.stringify({ query: q, variables })] as [string, string]),
)

const request: fc.Arbitrary<Req> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        r: fc.integer({ min: 0, max: 10_000 }),
        seg: fc.array(segment, { minLength: 1, maxLength: 3 }),
        query,
        auth,
        headers: extraHeaders,
        which: fc.integer({ min: 0, max: 3 }),
      })
      .chain((x) => {
        const route = routes[x.r % routes.length]
        let i = 0
        const path = route.path.replace(/:[a-zA-Z]+\??/g, () => x.seg[i++ % x.seg.length])
        const hasBody = route.method !== 'GET'
        const body = !hasBody
          ? fc.constant(undefined)
          : x.auth === 'session'
            ? invalidBody
            : fc.oneof(invalidBody, objectBody, fc.constant(undefined))
        return body.map((b) => ({
          kind: 'rest' as const,
          method: route.method,
          path,
          query: x.query,
          auth: x.auth,
          body: b,
          headers: x.headers,
        }))
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ auth: fc.constantFrom('anon', 'junk'), body: gqlBody, headers: extraHeaders })
      .map((x) => ({ kind: 'gql' as const, ...x })),
  },
)

async function send(req: Req): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = Object.fromEntries(Object.entries(req.headers).filter(([, v]) => v))
  if (req.auth === 'session') headers.Authorization = `JWT ${token}`
  if (req.auth === 'junk') headers.Authorization = 'JWT eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.sai'
  if (req.kind === 'gql') {
    if (req.body[0]) headers['Content-Type'] = req.body[0]
    return gqlRaw(req.body[1] as BodyInit, headers)
  }
  if (req.body?.[0]) headers['Content-Type'] = req.body[0]
  const qs = req.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  return rest(req.method as never, `${req.path}${qs ? `?${qs}` : ''}`, { headers, body: req.body?.[1] as BodyInit | undefined })
}

const withinTime = <T>(work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PER_REQUEST_MS} ms`)), PER_REQUEST_MS)),
  )
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

describe('fuzzing every route with hostile requests', () => {
  it(`${RUNS} generated requests: no 5xx, no hang, no row changed`, async () => {
    expect(routes.length).toBeGreaterThan(100)
    const before = await snapshot()
    let sent = 0
    const seen = new Set<string>()
    // every bad answer is collected (not just the first), each with the request that caused it
    const failures: string[] = []
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        const where = req.kind === 'gql' ? 'POST /graphql' : `${req.method} ${req.path}`
        let res: { status: number; body: any }
        try {
          res = await withinTime(send(req))
        } catch (err) {
          failures.push(`${where}: ${(err as Error).message} ${JSON.stringify(req).slice(0, 300)}`)
          return
        }
        sent++
        seen.add(req.kind === 'gql' ? 'graphql' : `${req.method} ${req.path.split('/')[1]}`)
        const gqlErrors: { extensions?: { statusCode?: number } }[] = Array.isArray(res.body?.errors) ? res.body.errors : []
        if (res.status >= 500 || gqlErrors.some((e) => (e.extensions?.statusCode ?? 400) >= 500)) {
          failures.push(`${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)} ${JSON.stringify(req).slice(0, 400)}`)
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([])
    expect(sent).toBeGreaterThanOrEqual(1000)
    // every collection that has routes was reached
    for (const c of payload.config.collections.filter((c) => Array.isArray(c.endpoints) && c.endpoints.length))
      expect(
        [...seen].some((s) => s.endsWith(` ${c.slug}`)),
        c.slug,
      ).toBe(true)
    expect(seen.has('graphql')).toBe(true)
    expect(await snapshot()).toEqual(before)
  }, 240_000)
})
