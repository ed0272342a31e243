import type { Payload } from 'payload'
import { richTextFromParagraphs } from '../lib/lexical'

const DAY = 24 * 60 * 60 * 1000

const categories = [
  { medium: 'print', name: 'Báo in', description: 'Bài viết đã đăng trên báo in, tạp chí in; nộp bản PDF hoặc DOCX.' },
  {
    medium: 'online',
    name: 'Báo điện tử',
    description: 'Bài viết đã đăng trên báo điện tử, trang thông tin điện tử; dán nội dung hoặc nộp tệp.',
  },
  { medium: 'radio', name: 'Phát thanh', description: 'Phóng sự, ký sự phát thanh; tệp MP3, M4A hoặc WAV.' },
  { medium: 'tv', name: 'Truyền hình', description: 'Phóng sự, phim tài liệu truyền hình; tệp MP4.' },
  { medium: 'photo', name: 'Ảnh báo chí', description: 'Ảnh đơn hoặc bộ ảnh (tối đa 10 ảnh) kèm chú thích.' },
] as const

export const contestTitle = (year: number) =>
  `Cuộc thi viết, làm phóng sự về điển hình tiên tiến, mô hình mới, gương người tốt, việc tốt năm ${year}`

export const contestRounds = () =>
  ['preliminary', 'final'].map((round) => ({
    round,
    rubric: [
      { key: 'noiDung', label: 'Nội dung, chủ đề', weight: 50, maxScore: 10 },
      { key: 'hinhThuc', label: 'Hình thức, nghệ thuật thể hiện', weight: 30, maxScore: 10 },
      { key: 'tacDong', label: 'Tác động xã hội, sáng tạo', weight: 20, maxScore: 10 },
    ],
  }))

/** The contest's categories, in order. */
export async function seedCategories(payload: Payload, contest: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const [order, c] of categories.entries()) {
    const doc = await payload.create({
      collection: 'contestCategories',
      overrideAccess: true,
      data: { ...c, order, contest, maxCoAuthors: c.medium === 'tv' ? 4 : 2 },
    })
    ids.set(c.medium, doc.id)
  }
  return ids
}

/** One open contest, dated around the day it is seeded so the demo always has a live deadline. */
export async function seedContest(payload: Payload, organizerUnit?: number): Promise<void> {
  const existing = await payload.find({ collection: 'contests', where: { status: { equals: 'open' } }, limit: 1, overrideAccess: true })
  if (existing.docs.length) return
  const now = Date.now()
  const year = new Date(now).getFullYear()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: contestTitle(year),
      year,
      status: 'open',
      organizer: organizerUnit,
      summary:
        'Cuộc thi dành cho phóng viên, biên tập viên, cộng tác viên và mọi người dân yêu thích viết về những tấm gương bình dị mà cao đẹp.',
      rules: richTextFromParagraphs([
        'Đối tượng dự thi: phóng viên, biên tập viên, cộng tác viên các cơ quan báo chí và mọi công dân Việt Nam.',
        'Tác phẩm dự thi phản ánh chân thực, sinh động các tập thể, cá nhân điển hình tiên tiến, mô hình mới, gương người tốt, ' +
          'việc tốt trên địa bàn tỉnh; bảo đảm khách quan, trung thực, tránh cường điệu, thổi phồng thành tích.',
        'Mỗi tác giả (hoặc nhóm tác giả) gửi tối đa 03 tác phẩm; tác phẩm đã đăng, phát trong thời gian quy định của cuộc thi.',
        'Tác giả cam kết tác phẩm do mình sáng tác, không sao chép, chưa đạt giải tại cuộc thi khác.',
      ]) as never,
      opensAt: new Date(now - 30 * DAY).toISOString(),
      deadline: new Date(now + 60 * DAY).toISOString(),
      worksFrom: `${year - 1}-01-01`,
      worksTo: new Date(now + 60 * DAY).toISOString().slice(0, 10),
      maxEntriesPerAuthor: 3,
      judgesPerEntry: 3,
      uploadGraceMinutes: 15,
      timeline: [
        { label: 'Phát động cuộc thi', date: new Date(now - 30 * DAY).toISOString() },
        { label: 'Hạn cuối nhận tác phẩm', date: new Date(now + 60 * DAY).toISOString() },
        { label: 'Chấm sơ khảo', date: new Date(now + 75 * DAY).toISOString() },
        { label: 'Chấm chung khảo và tổng kết, trao giải', date: new Date(now + 100 * DAY).toISOString() },
      ],
      prizes: [
        { label: 'Giải A', amount: 10_000_000, note: 'Mỗi thể loại' },
        { label: 'Giải B', amount: 7_000_000, note: 'Mỗi thể loại' },
        { label: 'Giải C', amount: 5_000_000, note: 'Mỗi thể loại' },
        { label: 'Giải Khuyến khích', amount: 2_000_000, note: 'Mỗi thể loại' },
      ],
      rounds: contestRounds() as never,
      contact: 'Thường trực Ban Tổ chức cuộc thi — Ban Tuyên giáo Tỉnh ủy. Điện thoại: 0259 3822 xxx (dữ liệu minh họa).',
    },
  })
  await seedCategories(payload, contest.id)
}
