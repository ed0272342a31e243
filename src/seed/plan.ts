import type { Payload } from 'payload'
import type { IdMap } from './upsert'

const wording = {
  departments:
    'Các sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội cấp tỉnh có ít nhất 10 điển hình tập thể, cá nhân tiêu biểu đại diện cho ngành, lĩnh vực',
  subordinates: 'mỗi đơn vị thuộc và trực thuộc có ít nhất 01 điển hình tập thể, cá nhân tiêu biểu được phổ biến, nhân rộng.',
  province: 'Toàn tỉnh có ít nhất 15 điển hình tập thể, cá nhân tiêu biểu',
  districts: 'mỗi huyện, thành phố Phan Rang-Tháp Chàm có ít nhất 05 điển hình tập thể, cá nhân tiêu biểu',
  communes: 'mỗi xã, phường, thị trấn có ít nhất 02 điển hình tập thể, cá nhân tiêu biểu',
  departmentsPropagated: 'mỗi sở, ban, ngành thuộc Ủy ban nhân dân tỉnh có ít nhất 01 điển hình tập thể, cá nhân tiêu biểu được phổ biến, nhân rộng.',
}

/** The 2022–2025 plan exactly as section V.1.đ states its yearly targets. */
export async function seedPlan(payload: Payload, units: IdMap, fields: IdMap): Promise<void> {
  const found = await payload.find({ collection: 'plans', where: { periodFrom: { equals: 2022 } }, limit: 1, overrideAccess: true })
  if (found.docs.length) return
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
