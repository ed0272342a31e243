import type { Payload } from 'payload'
import type { IdMap } from './upsert'

const wording = {
  departments:
    'Các sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội cấp tỉnh có ít nhất 10 điển hình tập ' +
    'thể, cá nhân tiêu biểu đại diện cho ngành, lĩnh vực',
  subordinates: 'mỗi đơn vị thuộc và trực thuộc có ít nhất 01 điển hình tập thể, cá nhân tiêu biểu được phổ biến, nhân rộng.',
  province: 'Toàn tỉnh có ít nhất 15 điển hình tập thể, cá nhân tiêu biểu',
  districts: 'mỗi huyện, thành phố Phan Rang-Tháp Chàm có ít nhất 05 điển hình tập thể, cá nhân tiêu biểu',
  communes: 'mỗi xã, phường, thị trấn có ít nhất 02 điển hình tập thể, cá nhân tiêu biểu',
  departmentsPropagated:
    'mỗi sở, ban, ngành thuộc Ủy ban nhân dân tỉnh có ít nhất 01 điển hình tập thể, cá nhân tiêu biểu được phổ biến, nhân rộng.',
}

/** The 2022–2025 plan exactly as section V.1.đ states its yearly targets, and a demo successor plan. */
export async function seedPlan(payload: Payload, units: IdMap, fields: IdMap): Promise<void> {
  await seedPlan2022(payload, units, fields)
  await seedDemoPlan2026(payload, units, fields)
}

/** A plan is identified by its province and first year: other provinces' plans for the same period are not ours. */
async function exists(payload: Payload, province: number, periodFrom: number): Promise<boolean> {
  const found = await payload.find({
    collection: 'plans',
    where: { province: { equals: province }, periodFrom: { equals: periodFrom } },
    limit: 1,
    overrideAccess: true,
  })
  return found.docs.length > 0
}

/** Invented for the demo (no such plan is confirmed): shows the dashboard following a new plan with other numbers. */
async function seedDemoPlan2026(payload: Payload, units: IdMap, fields: IdMap): Promise<void> {
  if (await exists(payload, units.get('KH')!, 2026)) return
  await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: {
      name: 'Kế hoạch tuyên truyền điển hình tiên tiến giai đoạn 2026 - 2030 (dữ liệu minh họa)',
      issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa (minh họa)',
      periodFrom: 2026,
      periodTo: 2030,
      province: units.get('KH')!,
      fields: [...fields.values()],
      targets: [
        {
          appliesTo: 'kind',
          unitKind: 'province',
          minPerYear: 30,
          rule: 'recognised',
          wording: 'Toàn tỉnh có ít nhất 30 điển hình tập thể, cá nhân tiêu biểu (minh họa)',
        },
        {
          appliesTo: 'kind',
          unitKind: 'department',
          minPerYear: 8,
          rule: 'recognised',
          wording: 'Mỗi sở, ban, ngành có ít nhất 08 điển hình (minh họa)',
        },
        {
          appliesTo: 'kind',
          unitKind: 'massOrganisation',
          minPerYear: 8,
          rule: 'recognised',
          wording: 'Mặt trận Tổ quốc và mỗi tổ chức chính trị - xã hội có ít nhất 08 điển hình (minh họa)',
        },
        {
          appliesTo: 'kind',
          unitKind: 'commune',
          minPerYear: 3,
          rule: 'recognised',
          wording: 'Mỗi xã, phường có ít nhất 03 điển hình (minh họa)',
        },
        {
          appliesTo: 'kind',
          unitKind: 'commune',
          minPerYear: 1,
          rule: 'propagated',
          wording: 'Mỗi xã, phường có ít nhất 01 điển hình được phổ biến, nhân rộng (minh họa)',
        },
      ],
    },
  })
}

async function seedPlan2022(payload: Payload, units: IdMap, fields: IdMap): Promise<void> {
  if (await exists(payload, units.get('NT')!, 2022)) return
  await payload.create({
    collection: 'plans',
    overrideAccess: true,
    data: {
      name: 'Kế hoạch tổ chức thực hiện Đề án “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025” trên địa bàn tỉnh Ninh Thuận',
      decisionNumber: '/KH-UBND',
      decisionDate: '2023-02-15',
      issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận',
      periodFrom: 2022,
      periodTo: 2025,
      province: units.get('NT')!,
      fields: [...fields.values()],
      targets: [
        { appliesTo: 'kind', unitKind: 'department', minPerYear: 10, rule: 'recognised', wording: wording.departments },
        { appliesTo: 'kind', unitKind: 'massOrganisation', minPerYear: 10, rule: 'recognised', wording: wording.departments },
        { appliesTo: 'kind', unitKind: 'subordinate', minPerYear: 1, rule: 'propagated', wording: wording.subordinates },
        { appliesTo: 'kind', unitKind: 'province', minPerYear: 15, rule: 'recognised', wording: wording.province },
        { appliesTo: 'kind', unitKind: 'district', minPerYear: 5, rule: 'recognised', wording: wording.districts },
        { appliesTo: 'kind', unitKind: 'commune', minPerYear: 2, rule: 'recognised', wording: wording.communes },
        { appliesTo: 'kind', unitKind: 'department', minPerYear: 1, rule: 'propagated', wording: wording.departmentsPropagated },
      ],
    },
  })
}
