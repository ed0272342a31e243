import type { Payload } from 'payload'
import { upsertBy, type IdMap } from './upsert'

/** The demo officer's unit (set by seedUsers): where the officer's own records are filed. */
export async function officerUnit(payload: Payload): Promise<number | null> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: 'canbo.xa@guongsang.local' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const unit = found.docs[0]?.unit
  return unit == null ? null : typeof unit === 'object' ? unit.id : unit
}

/** Commendation proposals at each stage of Sở Nội vụ's appraisal. */
export const COMMENDATIONS = [
  { recipientName: 'Tổ tự quản an ninh thôn (minh họa)', status: 'proposed', form: 'certificateOfMerit', level: 'unit', own: true },
  {
    recipientName: 'Bà Nguyễn Thị Lài, tổ trưởng tổ phụ nữ (minh họa)',
    status: 'appraising',
    form: 'diplomaOfMerit',
    level: 'province',
    own: true,
  },
  {
    recipientName: 'Hợp tác xã nông nghiệp Phước Thuận (minh họa)',
    status: 'approved',
    form: 'diplomaOfMerit',
    level: 'province',
    own: false,
    decisionNumber: '1234/QĐ-UBND',
    decisionDate: '2026-05-19',
  },
  {
    recipientName: 'Ông Trần Văn Bảy, cựu chiến binh (minh họa)',
    status: 'returned',
    form: 'grassrootsEmulationSoldier',
    level: 'district',
    own: true,
    returnNote: 'Bổ sung xác nhận của Hội Cựu chiến binh xã.',
  },
] as const

export const INSPECTIONS = [
  { team: 'Đoàn kiểm tra số 1 của Sở Nội vụ (minh họa)', date: '2026-04-10', followUpStatus: 'open', own: true },
  { team: 'Đoàn kiểm tra số 2 của Sở Nội vụ (minh họa)', date: '2026-06-05', followUpStatus: 'inProgress', own: false },
  { team: 'Đoàn giám sát của Ban Tuyên giáo (minh họa)', date: '2026-03-02', followUpStatus: 'done', own: true },
] as const

export const BUDGET_LINES = [
  { item: 'Tổ chức hội nghị biểu dương điển hình tiên tiến (minh họa)', amount: 25_000_000, own: true },
  { item: 'Xây dựng phóng sự về gương người tốt, việc tốt (minh họa)', amount: 15_000_000, own: true },
  { item: 'In ấn phẩm điện tử điển hình tiên tiến của tỉnh (minh họa)', amount: 40_000_000, own: false },
] as const

export const NOMINATIONS = [
  { nomineeName: 'Anh Lê Văn Tư, người cứu ba ngư dân gặp nạn (minh họa)', place: 'Xã Ninh Chử', status: 'new' },
  { nomineeName: 'Cô Phạm Thị Hồng, giáo viên dạy chữ miễn phí (minh họa)', place: 'Phường Phan Rang', status: 'new' },
  { nomineeName: 'Nhóm thiện nguyện Bữa cơm 0 đồng (minh họa)', place: 'Phường Đô Vinh', status: 'new' },
  { nomineeName: 'Một cửa hàng quảng cáo sản phẩm (minh họa)', place: 'Không rõ', status: 'rejected' },
] as const

/** Exemplars of the demo officer's unit whose next step is the unit's. */
export const OFFICER_EXEMPLARS = [
  {
    slug: 'minh-hoa-to-tu-quan-ven-bien-phuoc-dinh',
    name: 'Tổ tự quản bảo vệ môi trường ven biển (minh họa)',
    kind: 'collective',
    status: 'newFactor',
  },
  {
    slug: 'minh-hoa-ong-nguyen-van-sau-phuoc-dinh',
    name: 'Ông Nguyễn Văn Sáu, người nuôi trồng thủy sản giỏi (minh họa)',
    kind: 'individual',
    status: 'nurturing',
  },
] as const

/** Commendations, inspections, budget lines and nominations in every state; each found by its name, added once. */
export async function seedRegisterStates(payload: Payload, units: IdMap): Promise<void> {
  const own = (await officerUnit(payload)) ?? units.get('KH')!
  const province = units.get('KH')!
  const field = (await payload.find({ collection: 'fields', limit: 1, depth: 0, sort: 'order', overrideAccess: true })).docs[0]?.id
  for (const e of OFFICER_EXEMPLARS)
    await upsertBy(
      payload,
      'exemplars',
      { slug: { equals: e.slug } },
      {
        ...e,
        unit: own,
        fields: field ? [field] : [],
        discoveredOn: '2026-03-01',
        summary: 'Phát hiện qua phong trào thi đua của xã (dữ liệu minh họa).',
      },
    )
  for (const c of COMMENDATIONS) {
    const { own: mine, ...data } = c
    await upsertBy(
      payload,
      'commendations',
      { recipientName: { equals: c.recipientName } },
      {
        ...data,
        unit: mine ? own : province,
        proposedBy: mine ? own : province,
        achievementSummary: 'Thành tích tiêu biểu trong phong trào thi đua (dữ liệu minh họa).',
      },
    )
  }
  for (const i of INSPECTIONS) {
    const { own: mine, ...data } = i
    await upsertBy(
      payload,
      'inspections',
      { team: { equals: i.team } },
      {
        ...data,
        unit: mine ? own : province,
        findings: 'Đơn vị triển khai kế hoạch đúng tiến độ; hồ sơ điển hình còn thiếu minh chứng.',
        recommendations: 'Bổ sung minh chứng và ban hành bộ tiêu chí năm.',
      },
    )
  }
  for (const b of BUDGET_LINES) {
    const { own: mine, ...data } = b
    await upsertBy(payload, 'budgetLines', { item: { equals: b.item } }, { ...data, year: 2026, unit: mine ? own : province })
  }
  for (const n of NOMINATIONS) {
    await upsertBy(
      payload,
      'nominations',
      { nomineeName: { equals: n.nomineeName } },
      {
        ...n,
        achievement: 'Việc làm tốt được bà con trong xóm kể lại (dữ liệu minh họa).',
        nominatorName: 'Người đọc (minh họa)',
        nominatorEmail: 'bandoc@example.com',
        ...(n.status === 'rejected' ? { moderationNote: 'Nội dung quảng cáo, không phải việc tốt.' } : {}),
      },
    )
  }
}
