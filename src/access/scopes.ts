import type { Access, AccessResult, PayloadRequest, Where } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../domain/exemplars/status'
import { mayScore } from '../domain/judging/mayScore'
import { readableUnitIds, writableUnitIds } from '../lib/unitScope'
import { assignedFileIds, reportFileIds } from './mediaScopes'
import { asUser, refId } from './user'

/**
 * Row scopes of the access table. The table picks the scope for the caller's role, so each function here only
 * answers "which rows" for a user who already has that role: true, false, or a query (`Where`).
 */
export interface Scope {
  key: string
  vi: string
  en: string
  access: Access
}

const scope = (key: string, en: string, vi: string, access: Access): Scope => ({ key, en, vi, access })
const none = (ids: (number | string)[]) => (ids.length ? ids : [-1])
const outletsOf = (req: PayloadRequest) =>
  none((asUser(req.user)?.outlets ?? []).map(refId).filter((id): id is number | string => id != null))

async function officerUnits(req: PayloadRequest, mode: 'read' | 'write'): Promise<number[]> {
  const unit = refId(asUser(req.user)?.unit)
  if (unit == null) return []
  return mode === 'read' ? readableUnitIds(req, Number(unit)) : writableUnitIds(req, Number(unit))
}

const PUBLISHED: Where = { _status: { equals: 'published' } }
const PUBLIC_EXEMPLARS: Where = { status: { in: [...PUBLIC_EXEMPLAR_STATUSES] } }
const PUBLIC_MEDIA: Where = { visibility: { equals: 'public' } }
const me = (req: PayloadRequest) => asUser(req.user)?.id ?? -1

/* ---- publishing ---- */
export const published = scope('published', 'published documents only', 'chỉ bản đã xuất bản', () => PUBLISHED)
export const publishedOrOwnOutlet = scope(
  'publishedOrOwnOutlet',
  'published, and drafts of own outlets',
  'bản đã xuất bản; bản nháp của cơ quan mình',
  ({ req }) => ({
    or: [PUBLISHED, { outlet: { in: outletsOf(req) } }],
  }),
)
export const publishedOrOwnOutletSelf = scope(
  'publishedOrOwnOutlet',
  'published, and drafts of own outlets',
  'bản đã xuất bản; bản nháp của cơ quan mình',
  ({ req }) => ({
    or: [PUBLISHED, { id: { in: outletsOf(req) } }],
  }),
)
export const ownOutlet = scope('ownOutlet', 'own outlets', 'cơ quan báo chí mình phụ trách', ({ req }) => ({
  outlet: { in: outletsOf(req) },
}))
export const ownOutletVersions = scope('ownOutlet', 'own outlets', 'cơ quan báo chí mình phụ trách', ({ req }) => ({
  'version.outlet': { in: outletsOf(req) },
}))
export const ownOutletSelfVersions = scope('ownOutlet', 'own outlets', 'cơ quan báo chí mình phụ trách', ({ req }) => ({
  parent: { in: outletsOf(req) },
}))
export const ownOutletSelf = scope('ownOutlet', 'own outlets', 'cơ quan báo chí mình phụ trách', ({ req }) => ({
  id: { in: outletsOf(req) },
}))

/** Create cannot be answered with a query: an article names its column, whose outlet decides. */
export const createInOwnOutlet = scope('ownOutlet', 'own outlets', 'cơ quan báo chí mình phụ trách', async ({ req, data }) => {
  const own = outletsOf(req).map(Number)
  let outlet = refId(data?.outlet)
  const column = refId(data?.column)
  if (outlet == null && column != null) {
    const doc = await req.payload.findByID({ collection: 'columns', id: column, depth: 0, req, overrideAccess: true, disableErrors: true })
    outlet = refId(doc?.outlet)
  }
  return outlet == null ? own[0] !== -1 : own.includes(Number(outlet))
})

/* ---- unit-scoped records ---- */
export const ownUnitRead = scope(
  'ownUnitAndPredecessors',
  'own unit, its subunits and their predecessors',
  'đơn vị mình, đơn vị cấp dưới và đơn vị tiền thân',
  async ({ req }) => ({
    unit: { in: none(await officerUnits(req, 'read')) },
  }),
)
export const ownUnitWrite = scope(
  'ownUnit',
  'own unit and its subunits (current)',
  'đơn vị mình và đơn vị cấp dưới (đang hiệu lực)',
  async ({ req }) => ({
    unit: { in: none(await officerUnits(req, 'write')) },
  }),
)
export const ownUnitCreate = scope(
  'ownUnit',
  'own unit and its subunits (current)',
  'đơn vị mình và đơn vị cấp dưới (đang hiệu lực)',
  async ({ req, data }) => {
    const ids = await officerUnits(req, 'write')
    if (!ids.length) return false
    const unit = refId(data?.unit)
    return unit == null ? true : ids.includes(Number(unit))
  },
)
export const publicOrOwnUnit = scope(
  'publicOrOwnUnitAndPredecessors',
  'recognised and above, plus all of own unit and predecessors',
  'từ "được công nhận" trở lên; mọi hồ sơ của đơn vị mình và tiền thân',
  async ({ req }) => ({
    or: [PUBLIC_EXEMPLARS, { unit: { in: none(await officerUnits(req, 'read')) } }],
  }),
)
export const publicExemplars = scope('recognised', 'recognised and above', 'từ "được công nhận" trở lên', () => PUBLIC_EXEMPLARS)

/* ---- contest ---- */
export const notDraftContest = scope(
  'announced',
  'announced contests (not in preparation)',
  'cuộc thi đã công bố (không ở bước chuẩn bị)',
  () => ({ status: { not_equals: 'draft' } }),
)
export const ownEntry = scope('own', 'own entries', 'tác phẩm của mình', ({ req }) => ({ author: { equals: me(req) } }))
export const assignedEntries = scope(
  'assigned',
  'entries assigned to them (not a declared conflict), author hidden',
  'tác phẩm được phân công (trừ xung đột lợi ích), ẩn tác giả',
  async ({ req }): Promise<AccessResult> => {
    const assignments = await req.payload.find({
      collection: 'judgeAssignments',
      where: { judge: { equals: me(req) }, status: { not_equals: 'conflict' } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return { id: { in: none(assignments.docs.map((a) => refId(a.entry)).filter((id): id is number => id != null)) } }
  },
)
export const ownJudging = scope('own', 'own records', 'của mình', ({ req }) => ({ judge: { equals: me(req) } }))
export const ownAssignmentScore = scope(
  'ownAssignment',
  'for an own assignment that is not a conflict',
  'cho phân công của mình, không xung đột lợi ích',
  async ({ req, data }) => {
    const id = refId(data?.assignment)
    if (id == null) return true // the hook answers with a clear 400
    const assignment = await req.payload.findByID({
      collection: 'judgeAssignments',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    // the writer and the assignment are known here; the round and the lock are the hook's to check, with its messages
    return mayScore({ judge: me(req), assignment: assignment && { judge: refId(assignment.judge), status: assignment.status } }).ok
  },
)

/* ---- reports ---- */
export const requestOwnUnitReport = scope(
  'ownUnitAndPredecessors',
  'own unit, its subunits and their predecessors',
  'đơn vị mình, đơn vị cấp dưới và đơn vị tiền thân',
  async ({ req, data }) => {
    const ids = await officerUnits(req, 'read')
    if (!ids.length) return false
    if (!data) return true
    const target = refId(data.unit)
    return target != null && ids.includes(Number(target))
  },
)

/* ---- media ---- */
export const publicMedia = scope('public', 'public files', 'tệp công khai', () => PUBLIC_MEDIA)
export const publicOrOwnMedia = scope('publicOrOwn', 'public files and own uploads', 'tệp công khai và tệp mình tải lên', ({ req }) => ({
  or: [PUBLIC_MEDIA, { owner: { equals: me(req) } }],
}))
export const publicOwnOrAssignedMedia = scope(
  'publicOwnOrAssigned',
  'public files, own uploads, files of entries assigned to them in an open round',
  'tệp công khai, tệp mình tải lên, tệp của tác phẩm được phân công ở vòng đang chấm',
  async ({ req }) => ({ or: [PUBLIC_MEDIA, { owner: { equals: me(req) } }, { id: { in: none(await assignedFileIds(req)) } }] }),
)
export const publicOwnOrReportMedia = scope(
  'publicOwnOrOwnUnitReports',
  'public files, own uploads, files of annual reports of own unit and predecessors',
  'tệp công khai, tệp mình tải lên, tệp báo cáo năm của đơn vị mình và tiền thân',
  async ({ req }) => ({
    or: [PUBLIC_MEDIA, { owner: { equals: me(req) } }, { id: { in: none(await reportFileIds(req, await officerUnits(req, 'read'))) } }],
  }),
)
export const ownUpload = scope('own', 'own uploads', 'tệp mình tải lên', ({ req }) => ({ owner: { equals: me(req) } }))

/* ---- users ---- */
export const self = scope('self', 'own account', 'tài khoản của mình', ({ req }) => ({ id: { equals: me(req) } }))
export const selfJudgesJournalistsOfficers = scope(
  'selfOrManaged',
  'own account; judge, journalist and unit officer accounts (no credentials or role)',
  'tài khoản của mình; tài khoản giám khảo, tác giả, cán bộ đơn vị (không đổi thư, mật khẩu, vai trò)',
  ({ req }): Where => ({ or: [{ id: { equals: me(req) } } as Where, { role: { in: ['judge', 'journalist', 'unitOfficer'] } }] }),
)
export const registerAsJournalist = scope('register', 'registers a journalist account', 'tự đăng ký tài khoản tác giả', () => true)
export const inviteJudgeOrJournalist = scope('invite', 'judge and journalist accounts', 'tài khoản giám khảo và tác giả', () => true)

/* ---- Payload's own collections ---- */
export const ownPreference = scope('own', 'own preferences', 'của mình', ({ req }): Where => ({
  and: [{ 'user.value': { equals: me(req) } } as Where, { 'user.relationTo': { equals: req.user?.collection ?? 'users' } }],
}))
