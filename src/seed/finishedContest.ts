import type { Payload } from 'payload'
import { richTextFromParagraphs } from '../lib/lexical'
import type { Prize } from '../domain/judging/prizes'
import { DEMO_PASSWORD } from './accounts'
import { contestRounds, contestTitle, seedCategories } from './contest'

const DAY = 24 * 60 * 60 * 1000

/** Entrants of last year's contest besides the demo journalist (accounts that exist, but are not demo logins). */
const entrants = [
  { email: 'tacgia.hoa@guongsang.local', fullName: 'Nguyễn Thị Thanh Hòa', penName: 'Thanh Hòa' },
  { email: 'tacgia.dung@guongsang.local', fullName: 'Trần Quốc Dũng', penName: 'Quốc Dũng' },
  { email: 'tacgia.ly@guongsang.local', fullName: 'Lê Thị Hương Ly', penName: 'Hương Ly' },
]

interface SeedEntry {
  author: string
  medium: 'online' | 'print'
  title: string
  paragraphs: string[]
  status: 'awarded' | 'eligible' | 'ineligible'
  prize?: Prize
  coAuthors?: string[]
  screeningReason?: string
}

const works: SeedEntry[] = [
  {
    author: 'phongvien@guongsang.local',
    medium: 'online',
    title: 'Người thầy mang con chữ lên núi Tà Năng',
    paragraphs: [
      'Hơn hai mươi năm bám bản, thầy giáo người Raglai mở lớp xóa mù chữ ban đêm cho bà con.',
      'Từ lớp học ấy, nhiều học trò đã trở thành cán bộ thôn, giáo viên.',
    ],
    status: 'awarded',
    prize: 'B',
    coAuthors: ['Phạm Gia Huy'],
  },
  {
    author: 'tacgia.hoa@guongsang.local',
    medium: 'online',
    title: 'Tổ phụ nữ tiết kiệm giúp nhau thoát nghèo ở làng chài',
    paragraphs: [
      'Mỗi tháng góp năm mươi nghìn đồng, các chị em đã giúp hàng chục hộ có vốn làm ăn.',
      'Mô hình được nhân rộng ra nhiều thôn ven biển.',
    ],
    status: 'awarded',
    prize: 'A',
  },
  {
    author: 'tacgia.dung@guongsang.local',
    medium: 'online',
    title: 'Cựu chiến binh hiến đất làm đường liên thôn',
    paragraphs: [
      'Ông hiến hơn 500 m² đất vườn để con đường bê tông về thôn được mở rộng.',
      'Việc làm của ông lan tỏa, cả thôn cùng góp công, góp đất.',
    ],
    status: 'awarded',
    prize: 'C',
  },
  {
    author: 'tacgia.ly@guongsang.local',
    medium: 'print',
    title: 'Hợp tác xã nho an toàn và giấc mơ xuất khẩu',
    paragraphs: ['Từ vài hộ trồng nho theo VietGAP, hợp tác xã nay có hơn 40 thành viên và sản phẩm OCOP 4 sao.'],
    status: 'awarded',
    prize: 'A',
  },
  {
    author: 'phongvien@guongsang.local',
    medium: 'print',
    title: 'Nữ bác sĩ trẻ ở trạm y tế xã đảo',
    paragraphs: ['Chị tình nguyện công tác ở xã đảo, đỡ đẻ giữa đêm mưa bão khi tàu không thể vào bờ.'],
    status: 'eligible',
  },
  {
    author: 'tacgia.hoa@guongsang.local',
    medium: 'print',
    title: 'Ghi chép về lễ hội làng (đăng trước thời gian dự thi)',
    paragraphs: ['Bài ghi chép về lễ hội truyền thống của làng.'],
    status: 'ineligible',
    screeningReason: 'Tác phẩm đăng trước thời gian quy định của cuộc thi.',
  },
]

export async function entrantIds(payload: Payload): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const e of entrants) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: e.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const user =
      found.docs[0] ??
      (await payload.create({
        collection: 'users',
        overrideAccess: true,
        disableVerificationEmail: true,
        data: { ...e, password: DEMO_PASSWORD, role: 'journalist', _verified: true },
      }))
    ids.set(e.email, user.id)
  }
  const demo = await payload.find({
    collection: 'users',
    where: { email: { equals: 'phongvien@guongsang.local' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (demo.docs[0]) ids.set('phongvien@guongsang.local', demo.docs[0].id)
  return ids
}

/**
 * Last year's contest, finished: entries screened, prizes approved and results published, so the results page,
 * the winners' certificates (each with its verification code) and "Tác phẩm của tôi" of the demo journalist,
 * who won a prize, all have something to show.
 */
export async function seedFinishedContest(payload: Payload, organizerUnit?: number): Promise<void> {
  const year = new Date().getFullYear() - 1
  const existing = await payload.find({
    collection: 'contests',
    where: { and: [{ year: { equals: year } }, { status: { equals: 'resultsPublished' } }] },
    limit: 1,
    overrideAccess: true,
  })
  if (existing.docs.length) return
  const organizer = await payload.find({
    collection: 'users',
    where: { role: { equals: 'organizer' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const authors = await entrantIds(payload)
  const start = Date.UTC(year, 2, 1, 1)
  const deadline = Date.UTC(year, 7, 31, 16, 59)
  const publishedAt = new Date(Date.UTC(year, 10, 20, 2)).toISOString()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: contestTitle(year),
      year,
      status: 'closed',
      organizer: organizerUnit,
      summary: 'Cuộc thi đã kết thúc, kết quả đã công bố. Cảm ơn các tác giả đã tham gia.',
      rules: richTextFromParagraphs(['Mỗi tác giả gửi tối đa 03 tác phẩm đã đăng, phát trong thời gian quy định.']) as never,
      opensAt: new Date(start).toISOString(),
      deadline: new Date(deadline).toISOString(),
      worksFrom: `${year - 1}-01-01`,
      worksTo: `${year}-08-31`,
      maxEntriesPerAuthor: 3,
      judgesPerEntry: 3,
      timeline: [
        { label: 'Phát động cuộc thi', date: new Date(start).toISOString() },
        { label: 'Hạn cuối nhận tác phẩm', date: new Date(deadline).toISOString() },
        { label: 'Tổng kết, trao giải', date: publishedAt },
      ],
      prizes: [
        { label: 'Giải A', amount: 10_000_000, note: 'Mỗi thể loại' },
        { label: 'Giải B', amount: 7_000_000, note: 'Mỗi thể loại' },
        { label: 'Giải C', amount: 5_000_000, note: 'Mỗi thể loại' },
      ],
      rounds: contestRounds().map((r) => ({ ...r, closed: true })) as never,
    },
  })
  const categoryIds = await seedCategories(payload, contest.id)
  const allocation: { entry: number; category: number; prize: Prize; rank: number; title: string; code: string | null }[] = []
  for (const [i, w] of works.entries()) {
    const author = authors.get(w.author)
    if (!author) continue
    const category = categoryIds.get(w.medium)!
    const entry = await payload.create({
      collection: 'entries',
      overrideAccess: true,
      data: {
        contest: contest.id,
        category,
        title: w.title,
        author,
        body: richTextFromParagraphs(w.paragraphs) as never,
        publishedOn: `${year}-0${(i % 6) + 2}-15`,
        originalityDeclared: true,
        coAuthors: (w.coAuthors ?? []).map((fullName) => ({ fullName })),
        status: w.status,
        prize: w.prize,
        screeningReason: w.screeningReason,
        submittedAt: new Date(deadline - (10 + i) * DAY).toISOString(),
      },
    })
    if (w.prize)
      allocation.push({
        entry: entry.id,
        category,
        prize: w.prize,
        rank: allocation.filter((a) => a.category === category).length + 1,
        title: entry.title,
        code: entry.code ?? null,
      })
  }
  await payload.update({
    collection: 'contests',
    id: contest.id,
    overrideAccess: true,
    data: {
      status: 'resultsPublished',
      results: {
        round: 'final',
        allocation: allocation as never,
        allocatedAt: publishedAt,
        approved: true,
        approvedBy: organizer.docs[0]?.id,
        approvedAt: publishedAt,
        publishedAt,
      },
    },
  })
}
