import type { Payload } from 'payload'
import { asTrusted } from '../lib/api/trustedWrite'

/** The major anniversaries and holidays the newsrooms plan exemplar stories for (solar unless marked lunar). */
export const STANDARD_CAMPAIGN_DATES: { code: string; name: string; day: number; month: number; lunar?: boolean; description: string }[] = [
  {
    code: 'thanh-lap-dang',
    name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
    day: 3,
    month: 2,
    description: 'Kỷ niệm ngày thành lập Đảng (3/2/1930): gương đảng viên tiêu biểu, tổ chức đảng trong sạch, vững mạnh.',
  },
  {
    code: 'gio-to-hung-vuong',
    name: 'Giỗ Tổ Hùng Vương',
    day: 10,
    month: 3,
    lunar: true,
    description: 'Mùng 10 tháng 3 âm lịch: truyền thống uống nước nhớ nguồn.',
  },
  {
    code: 'giai-phong-mien-nam',
    name: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
    day: 30,
    month: 4,
    description: 'Kỷ niệm 30/4/1975: gương cựu chiến binh, thế hệ trẻ tiếp bước.',
  },
  {
    code: 'quoc-te-lao-dong',
    name: 'Ngày Quốc tế Lao động',
    day: 1,
    month: 5,
    description: 'Gương công nhân, người lao động giỏi, sáng kiến trong sản xuất.',
  },
  {
    code: 'sinh-nhat-bac',
    name: 'Ngày sinh Chủ tịch Hồ Chí Minh',
    day: 19,
    month: 5,
    description: 'Kỷ niệm ngày sinh Bác (19/5/1890): gương học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  },
  {
    code: 'loi-keu-goi-thi-dua',
    name: 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
    day: 11,
    month: 6,
    description: 'Ngày truyền thống thi đua yêu nước (11/6/1948): tôn vinh điển hình tiên tiến trong phong trào thi đua.',
  },
  {
    code: 'thuong-binh-liet-si',
    name: 'Ngày Thương binh – Liệt sĩ',
    day: 27,
    month: 7,
    description: 'Gương thương binh, gia đình chính sách vượt khó; phong trào đền ơn đáp nghĩa.',
  },
  {
    code: 'cach-mang-thang-tam',
    name: 'Ngày Cách mạng tháng Tám thành công',
    day: 19,
    month: 8,
    description: 'Kỷ niệm Cách mạng tháng Tám (19/8/1945); truyền thống Công an nhân dân.',
  },
  {
    code: 'quoc-khanh',
    name: 'Ngày Quốc khánh',
    day: 2,
    month: 9,
    description: 'Kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945).',
  },
  { code: 'phu-nu-viet-nam', name: 'Ngày Phụ nữ Việt Nam', day: 20, month: 10, description: 'Gương phụ nữ giỏi việc nước, đảm việc nhà.' },
  {
    code: 'nha-giao-viet-nam',
    name: 'Ngày Nhà giáo Việt Nam',
    day: 20,
    month: 11,
    description: 'Gương nhà giáo tận tụy, sáng tạo, vì học trò.',
  },
  {
    code: 'quan-doi-nhan-dan',
    name: 'Ngày thành lập Quân đội nhân dân Việt Nam',
    day: 22,
    month: 12,
    description: 'Kỷ niệm ngày thành lập QĐND (22/12/1944) và Ngày hội Quốc phòng toàn dân: gương cán bộ, chiến sĩ, dân quân tự vệ.',
  },
]

/** Adds the standard dates that are missing (by code); editors' changes to existing ones are kept. Safe to run again. */
export async function seedCalendar(payload: Payload): Promise<number> {
  let created = 0
  for (const d of STANDARD_CAMPAIGN_DATES) {
    const found = await payload.find({
      collection: 'campaignDates',
      where: { code: { equals: d.code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (found.docs.length) continue
    await payload.create({
      collection: 'campaignDates',
      data: { ...d, lunar: !!d.lunar, recurring: true },
      overrideAccess: true,
      depth: 0,
      context: asTrusted(),
    })
    created++
  }
  return created
}
