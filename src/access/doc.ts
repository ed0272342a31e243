import { ROLE_LABELS } from '../domain/roles'
import { ACCESS_TABLE, ACTORS, OPERATIONS, type Actor, type Cell, type FieldCell, type FieldRow, type Operation } from './table'

const ACTOR_LABEL: Record<Actor, string> = {
  public: 'Khách / public',
  ...Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, `${v.vi} / ${k}`])),
} as Record<Actor, string>
const OP_LABEL: Record<Operation, string> = {
  read: 'xem, liệt kê / read, list',
  create: 'tạo / create',
  update: 'sửa / update',
  delete: 'xóa / delete',
  readVersions: 'xem phiên bản / read versions',
  readFile: 'tải tệp / read file',
}

const cell = (c: Cell | FieldCell | undefined): string => (c === undefined ? '—' : c === 'all' ? '✔' : `${c.vi} (${c.key})`)

/** docs/ACCESS.md, printed from the access table (`npm run docs:access`). */
export function renderAccessDoc(): string {
  const out: string[] = []
  out.push('# Bảng phân quyền / Access table')
  out.push('')
  out.push(
    '<!-- Tệp này được sinh từ src/access/table.ts bằng `npm run docs:access`; đừng sửa tay. Generated from src/access/table.ts by ' +
      '`npm run docs:access`; do not edit. -->',
  )
  out.push('')
  out.push('Mỗi ô: **✔** mọi bản ghi; một phạm vi (tên phạm vi trong ngoặc, xem `src/access/scopes.ts`); **—** bị từ chối.')
  out.push('Tài khoản bị vô hiệu hóa được coi như khách. Tệp tải lên (`/api/media/file/<tên>`) theo đúng quy tắc xem.')
  out.push(
    '*Each cell: ✔ every row; a row scope (key in brackets, see `src/access/scopes.ts`); — refused. A deactivated account counts ' +
      'as the public. File routes follow the read rule.*',
  )
  out.push('')
  out.push('Trang quản trị / admin panel: mọi vai trò trừ tác giả (journalist) và tài khoản bị vô hiệu hóa.')
  out.push('')
  for (const [slug, rules] of Object.entries(ACCESS_TABLE)) {
    out.push(`## ${rules.label.vi} / ${rules.label.en} (\`${slug}\`${rules.global ? ', global' : ''})`)
    out.push('')
    if (rules.builtIn) {
      out.push(`${rules.builtIn.vi}. *${rules.builtIn.en}.*`)
      out.push('')
    }
    const ops = OPERATIONS.filter(
      (op) =>
        rules.ops[op] !== undefined ||
        (!rules.global && ['read', 'create', 'update', 'delete'].includes(op)) ||
        (rules.global && ['read', 'update'].includes(op)),
    )
    out.push(`| | ${ops.map((op) => OP_LABEL[op]).join(' | ')} |`)
    out.push(`|---|${ops.map(() => '---').join('|')}|`)
    for (const actor of ACTORS) out.push(`| ${ACTOR_LABEL[actor]} | ${ops.map((op) => cell(rules.ops[op]?.[actor])).join(' | ')} |`)
    out.push('')
    const fields = Object.entries(rules.fields ?? {})
    if (fields.length) {
      out.push('Ngoại lệ theo trường / field exceptions:')
      out.push('')
      for (const [name, rule] of fields) {
        const parts = (['read', 'create', 'update'] as const)
          .filter((op) => rule[op] !== undefined)
          .map((op) => `${op}: ${describeFieldRow(rule[op]!)}`)
        out.push(`- \`${name}\`${rule.names ? ` (${rule.names})` : ''} — ${parts.join('; ')}`)
      }
      out.push('')
    }
  }
  return out.join('\n')
}

function describeFieldRow(row: FieldRow): string {
  const allowed = ACTORS.filter((a) => row[a] !== undefined)
  if (!allowed.length) return 'chỉ máy chủ / server only'
  return allowed.map((a) => (row[a] === 'all' ? a : `${a} ${cell(row[a])}`)).join(', ')
}
