import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isOrganizer } from '@/access/user'
import { UNIT_KIND_LABELS } from '@/domain/units/kinds'
import { isValidOn, vnDay } from '@/domain/units/validity'
import { AdminPage } from './AdminPage'
import { ReorganiseUnitsForm } from './ReorganiseUnitsForm'

/** "Sắp xếp đơn vị": merge, split or rename units in one step (organizers only). */
export async function ReorganiseUnitsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  if (!isOrganizer(req.user)) {
    return (
      <AdminPage props={props} title="Sắp xếp đơn vị">
        <Banner type="error">Chỉ Sở Nội vụ (ban tổ chức) được sắp xếp đơn vị.</Banner>
      </AdminPage>
    )
  }
  const units = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    select: { name: true, kind: true, validFrom: true, validTo: true, code: true },
    req,
  })
  const today = vnDay(new Date())
  const open = units.docs
    .filter((u) => isValidOn(u, today))
    .map((u) => ({ id: u.id, label: `${u.name} (${UNIT_KIND_LABELS[u.kind].vi}, ${u.code})`, kind: u.kind }))
  return (
    <AdminPage props={props} title="Sắp xếp đơn vị">
      <p>
        Đóng các đơn vị cũ vào ngày trước ngày hiệu lực, mở đơn vị mới và ghi nhận quyết định trong một thao tác. Hồ sơ cũ giữ nguyên đơn vị
        lúc lập và hiện trong lịch sử của đơn vị kế thừa.
      </p>
      <ReorganiseUnitsForm units={open} kinds={Object.entries(UNIT_KIND_LABELS).map(([value, l]) => ({ value, label: l.vi }))} />
    </AdminPage>
  )
}
