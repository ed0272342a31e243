import type { Payload } from 'payload'

export async function seedSettings(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  if (current.provinceName) return
  await payload.updateGlobal({
    slug: 'siteSettings',
    data: {
      siteName: 'Gương Sáng',
      tagline: 'Điển hình tiên tiến — người tốt, việc tốt',
      provinceName: 'tỉnh Khánh Hòa',
      publisher: 'Sở Nội vụ và Ban Tuyên giáo Tỉnh ủy (dữ liệu minh họa)',
      footer:
        'Gương Sáng — nền tảng phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến. Dữ liệu trên trang là dữ liệu ' +
        'minh họa.',
    },
  })
}
