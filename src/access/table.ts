import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { ROLES, type Role } from '../domain/roles'
import * as s from './scopes'
import type { Scope } from './scopes'
import { asUser, hasRole } from './user'

/**
 * The access model of Gương Sáng in one table: for each collection (and global), each operation and each kind of
 * caller, either every row ('all'), a row scope (src/access/scopes.ts), or nothing (absent). The collection configs
 * take their access functions from here (`accessFor`, `fieldAccessFor`), docs/ACCESS.md is printed from it
 * (`npm run docs:access`), and tests/int/access-table.test.ts walks every cell over REST, GraphQL and the Local API.
 */
export const ACTORS = ['public', ...ROLES] as const
export type Actor = (typeof ACTORS)[number]
export const OPERATIONS = ['read', 'create', 'update', 'delete', 'readVersions', 'readFile'] as const
export type Operation = (typeof OPERATIONS)[number]
export type Cell = 'all' | Scope
export type Row = Partial<Record<Actor, Cell>>

export interface FieldScope {
  key: string
  vi: string
  en: string
  access: FieldAccess
}
export type FieldCell = 'all' | FieldScope
export type FieldRow = Partial<Record<Actor, FieldCell>>
export interface FieldRule {
  /** The fields the exception covers, when the key names a group of them. */
  names?: string
  read?: FieldRow
  create?: FieldRow
  update?: FieldRow
}

export interface CollectionRules {
  label: { vi: string; en: string }
  /** Enforced by Payload itself (built-in collections): listed so the documentation and the walker cover them. */
  builtIn?: { vi: string; en: string }
  global?: boolean
  ops: Partial<Record<Operation, Row>>
  fields?: Record<string, FieldRule>
}

const STAFF: Role[] = ['admin', 'organizer', 'editor', 'unitOfficer', 'judge']
const everyone = (cell: Cell = 'all'): Row => Object.fromEntries(ACTORS.map((a) => [a, cell]))
const signedIn = (cell: Cell = 'all'): Row => Object.fromEntries(ROLES.map((a) => [a, cell]))
const only = (...actors: Actor[]): Row => Object.fromEntries(actors.map((a) => [a, 'all']))
const org = () => only('admin', 'organizer')
const staff = () => only(...STAFF)
const fieldOnly = (...actors: Actor[]): FieldRow => Object.fromEntries(actors.map((a) => [a, 'all']))
const fieldScope = (key: string, en: string, vi: string, access: FieldAccess): FieldScope => ({ key, en, vi, access })

/** Unit-scoped records: organizers and editors read all, a unit officer their unit and predecessors; writes inside the unit. */
const unitRecords = (deletable = false): CollectionRules['ops'] => ({
  read: { ...only('admin', 'organizer', 'editor'), unitOfficer: s.ownUnitRead },
  create: { ...org(), unitOfficer: s.ownUnitCreate },
  update: { ...org(), unitOfficer: s.ownUnitWrite },
  ...(deletable ? { delete: { ...org(), unitOfficer: s.ownUnitWrite } } : {}),
})

/** Drafted editorial collections: the public reads what is published; editors their outlets' drafts and history. */
const editorial = (read: Scope, versions: Scope): Pick<CollectionRules['ops'], 'read' | 'readVersions'> => ({
  read: { ...everyone(s.published), editor: read, ...org() },
  readVersions: { editor: versions, ...org() },
})

const blindToJudges: FieldRow = { ...fieldOnly('admin', 'organizer', 'editor', 'unitOfficer', 'journalist') }
const organizerFields: FieldRule = { create: fieldOnly('admin', 'organizer'), update: fieldOnly('admin', 'organizer') }
const serverOnly: FieldRule = { create: {}, update: {} }

const ownAccount = fieldScope(
  'self',
  'own account only',
  'chỉ tài khoản của mình',
  ({ req, id }) => id != null && String(id) === String(asUser(req.user)?.id),
)
const inviteRole = fieldScope('judgeOrJournalist', 'judge or journalist only', 'chỉ giám khảo hoặc tác giả', ({ data, siblingData }) =>
  ['judge', 'journalist'].includes(String((siblingData as { role?: unknown })?.role ?? (data as { role?: unknown })?.role)),
)
const deactivateManaged = fieldScope(
  'judgeOrJournalist',
  'judge and journalist accounts',
  'tài khoản giám khảo và tác giả',
  ({ doc, data }) => ['judge', 'journalist'].includes(String((doc as { role?: unknown })?.role ?? (data as { role?: unknown })?.role)),
)

/** Upload file routes (/api/media/file/<name>) are answered by the read rule: the same row, listed twice. */
const MEDIA_READ: Row = {
  public: s.publicMedia,
  journalist: s.publicOrOwnMedia,
  judge: s.publicOwnOrAssignedMedia,
  unitOfficer: s.publicOwnOrReportMedia,
  editor: s.publicOrOwnMedia,
  ...org(),
}

export const ACCESS_TABLE: Record<string, CollectionRules> = {
  users: {
    label: { vi: 'Người dùng', en: 'Users' },
    ops: {
      read: { ...signedIn(s.self), ...org() },
      create: {
        public: s.registerAsJournalist,
        journalist: s.registerAsJournalist,
        judge: s.registerAsJournalist,
        unitOfficer: s.registerAsJournalist,
        editor: s.registerAsJournalist,
        organizer: s.inviteJudgeOrJournalist,
        admin: 'all',
      },
      update: { ...signedIn(s.self), organizer: s.selfJudgesJournalistsOfficers, admin: 'all' },
      delete: only('admin'),
    },
    fields: {
      role: { create: { admin: 'all', organizer: inviteRole }, update: fieldOnly('admin') },
      unit: organizerFields,
      outlets: { create: fieldOnly('admin'), update: fieldOnly('admin') },
      email: { update: { ...Object.fromEntries(ROLES.map((r) => [r, ownAccount])), admin: 'all' } },
      password: { update: { ...Object.fromEntries(ROLES.map((r) => [r, ownAccount])), admin: 'all' } },
      deactivated: { create: fieldOnly('admin', 'organizer'), update: { organizer: deactivateManaged, admin: 'all' } },
      nameSort: serverOnly,
    },
  },
  media: {
    label: { vi: 'Thư viện tệp', en: 'Media' },
    ops: {
      read: MEDIA_READ,
      readFile: MEDIA_READ,
      create: signedIn(),
      update: { ...signedIn(s.ownUpload), ...org() },
      delete: { ...signedIn(s.ownUpload), ...org() },
    },
    fields: {
      owner: { read: blindToJudges, ...serverOnly },
      receivedAt: serverOnly,
    },
  },
  articles: {
    label: { vi: 'Bài viết', en: 'Articles' },
    ops: {
      ...editorial(s.publishedOrOwnOutlet, s.ownOutletVersions),
      create: { editor: s.createInOwnOutlet, ...org() },
      update: { editor: s.ownOutlet, ...org() },
      delete: { editor: s.ownOutlet, ...org() },
    },
    fields: {
      review: { read: fieldOnly('admin', 'organizer', 'editor') },
      'review.reviewedBy': serverOnly,
      'review.reviewedAt': serverOnly,
    },
  },
  columns: {
    label: { vi: 'Chuyên mục', en: 'Columns' },
    ops: {
      ...editorial(s.publishedOrOwnOutlet, s.ownOutletVersions),
      create: { editor: s.createInOwnOutlet, ...org() },
      update: { editor: s.ownOutlet, ...org() },
    },
  },
  outlets: {
    label: { vi: 'Cơ quan báo chí', en: 'Outlets' },
    ops: { ...editorial(s.publishedOrOwnOutletSelf, s.ownOutletSelfVersions), create: org(), update: org() },
  },
  campaignDates: {
    label: { vi: 'Lịch tuyên truyền', en: 'Campaign dates' },
    ops: { read: staff(), create: only('admin', 'organizer', 'editor'), update: only('admin', 'organizer', 'editor'), delete: org() },
  },
  exemplars: {
    label: { vi: 'Điển hình', en: 'Exemplars' },
    ops: {
      read: { ...everyone(s.publicExemplars), unitOfficer: s.publicOrOwnUnit, ...only('admin', 'organizer', 'editor') },
      create: { ...org(), unitOfficer: s.ownUnitCreate },
      update: { ...org(), unitOfficer: s.ownUnitWrite },
    },
    fields: { archivedFrom: serverOnly, nameSort: serverOnly },
  },
  criteriaSets: { label: { vi: 'Bộ tiêu chí', en: 'Criteria sets' }, ops: unitRecords() },
  events: { label: { vi: 'Hoạt động tôn vinh', en: 'Events' }, ops: unitRecords() },
  nurturing: { label: { vi: 'Bồi dưỡng', en: 'Nurturing' }, ops: unitRecords() },
  budgetLines: { label: { vi: 'Kinh phí', en: 'Budget lines' }, ops: unitRecords(true) },
  commendations: {
    label: { vi: 'Khen thưởng', en: 'Commendations' },
    ops: unitRecords(),
    fields: { decision: { names: 'decisionNumber, decisionDate, returnNote', ...organizerFields } },
  },
  inspections: {
    label: { vi: 'Kiểm tra', en: 'Inspections' },
    ops: { read: { ...org(), unitOfficer: s.ownUnitRead }, create: org(), update: { ...org(), unitOfficer: s.ownUnitWrite } },
    fields: { findings: { names: 'every field but the follow-up (followUp, followUpStatus)', ...organizerFields } },
  },
  annualReports: {
    label: { vi: 'Báo cáo năm', en: 'Annual reports' },
    ops: { read: { ...org(), unitOfficer: s.ownUnitRead }, create: { ...org(), unitOfficer: s.requestOwnUnitReport } },
  },
  plans: { label: { vi: 'Kế hoạch', en: 'Plans' }, ops: { read: staff(), create: org(), update: org() } },
  fields: { label: { vi: 'Lĩnh vực', en: 'Fields' }, ops: { read: everyone(), create: org(), update: org() } },
  units: { label: { vi: 'Đơn vị', en: 'Units' }, ops: { read: everyone(), create: org(), update: org() } },
  statusChanges: { label: { vi: 'Lịch sử trạng thái', en: 'Status changes' }, ops: { read: staff() } },
  auditLogs: { label: { vi: 'Nhật ký', en: 'Audit log' }, ops: { read: org() } },
  nominations: {
    label: { vi: 'Giới thiệu người tốt, việc tốt', en: 'Nominations' },
    ops: { read: only('admin', 'organizer', 'editor'), update: only('admin', 'organizer', 'editor'), delete: only('admin') },
    fields: { exemplar: serverOnly },
  },
  publications: { label: { vi: 'Ấn phẩm', en: 'Publications' }, ops: { read: everyone() } },
  contests: {
    label: { vi: 'Cuộc thi', en: 'Contests' },
    ops: { read: { ...everyone(s.notDraftContest), ...only('admin', 'organizer', 'judge') }, create: org(), update: org() },
    fields: { results: { read: fieldOnly('admin', 'organizer'), ...serverOnly } },
  },
  contestMailings: {
    label: { vi: 'Thư gửi người dự thi', en: 'Mails to entrants' },
    ops: { read: org(), create: org() },
    fields: { delivery: { names: 'status, recipients, delivered, deliveredTo, sentBy', ...serverOnly } },
  },
  contestCategories: {
    label: { vi: 'Thể loại dự thi', en: 'Contest categories' },
    ops: { read: everyone(), create: org(), update: org() },
  },
  entries: {
    label: { vi: 'Tác phẩm dự thi', en: 'Entries' },
    ops: {
      read: { journalist: s.ownEntry, judge: s.assignedEntries, ...org() },
      create: only('admin', 'organizer', 'journalist'),
      update: { journalist: s.ownEntry, ...org() },
      delete: only('admin'),
    },
    fields: {
      authorIdentity: { names: 'author, outlet, outletName, publicLink, coAuthors, submissionKey', read: blindToJudges },
      screening: { names: 'screeningReason, prize', ...organizerFields },
      certificate: { names: 'certificateCode', ...serverOnly },
    },
  },
  judgeAssignments: {
    label: { vi: 'Phân công chấm', en: 'Judge assignments' },
    ops: { read: { judge: s.ownJudging, ...org() }, create: org(), update: { judge: s.ownJudging, ...org() }, delete: org() },
  },
  scores: {
    label: { vi: 'Phiếu chấm', en: 'Scores' },
    ops: { read: { judge: s.ownJudging, ...org() }, create: { judge: s.ownAssignmentScore }, update: { judge: s.ownJudging } },
    fields: { computed: { names: 'entry, judge, round, total, submittedAt', ...serverOnly } },
  },
  siteSettings: { label: { vi: 'Cấu hình trang', en: 'Site settings' }, global: true, ops: { read: everyone(), update: only('admin') } },
  'payload-preferences': {
    label: { vi: 'Tùy chọn giao diện', en: 'Preferences' },
    builtIn: { vi: 'Payload: mỗi người chỉ thấy tùy chọn của mình', en: 'Payload: each user their own preferences' },
    ops: { read: signedIn(s.ownPreference), create: signedIn(), update: signedIn(s.ownPreference), delete: signedIn(s.ownPreference) },
  },
  'payload-locked-documents': {
    label: { vi: 'Khóa tài liệu đang sửa', en: 'Document locks' },
    builtIn: {
      vi: 'Payload: khóa khi một cán bộ đang sửa tài liệu trong trang quản trị',
      en: 'Payload: held while a staff member edits a document in the admin',
    },
    ops: { read: staff(), create: staff(), update: staff(), delete: staff() },
  },
}

/** Who the caller is for the table: a deactivated account counts as the public. */
export function actorOf(user: unknown): Actor {
  const u = asUser(user) as (ReturnType<typeof asUser> & { deactivated?: boolean | null }) | null
  if (!u || u.deactivated || !u.role || !hasRole(u, ...ROLES)) return 'public'
  return u.role
}

export function cellFor(slug: string, op: Operation, actor: Actor): Cell | undefined {
  const rules = ACCESS_TABLE[slug]
  if (!rules) throw new Error(`access table: no collection "${slug}"`)
  return rules.ops[op]?.[actor]
}

/** The access function of one collection operation, looked up in the table for the caller's role. */
export function accessFor(slug: string, op: Exclude<Operation, 'readFile'>): Access {
  if (!ACCESS_TABLE[slug]) throw new Error(`access table: no collection "${slug}"`)
  return (args) => {
    const cell = cellFor(slug, op, actorOf(args.req.user))
    if (!cell) return false
    if (cell === 'all') return true
    return cell.access(args)
  }
}

/** The `access` block of a collection config, every operation from the table. */
export function collectionAccess(slug: string) {
  const ops = ACCESS_TABLE[slug].ops
  return {
    read: accessFor(slug, 'read'),
    create: accessFor(slug, 'create'),
    update: accessFor(slug, 'update'),
    delete: accessFor(slug, 'delete'),
    ...(ops.readVersions ? { readVersions: accessFor(slug, 'readVersions') } : {}),
  }
}

/** The `access` block of a global. */
export function globalAccess(slug: string) {
  return { read: accessFor(slug, 'read'), update: accessFor(slug, 'update') }
}

/** A field's `access` block from the table's field exceptions. */
export function fieldAccessFor(slug: string, field: string): { read?: FieldAccess; create?: FieldAccess; update?: FieldAccess } {
  const rule = ACCESS_TABLE[slug]?.fields?.[field]
  if (!rule) throw new Error(`access table: no field exception "${slug}.${field}"`)
  const out: { read?: FieldAccess; create?: FieldAccess; update?: FieldAccess } = {}
  for (const op of ['read', 'create', 'update'] as const) {
    const row = rule[op]
    if (!row) continue
    out[op] = (args) => {
      const cell = row[actorOf(args.req.user)]
      if (!cell) return false
      if (cell === 'all') return true
      return cell.access(args)
    }
  }
  return out
}

/** For rules outside the table (hooks, endpoints): may this request's caller do `op` on `slug` at all? */
export const allowedSomewhere = (req: PayloadRequest, slug: string, op: Operation): boolean => !!cellFor(slug, op, actorOf(req.user))
