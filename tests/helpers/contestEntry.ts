import type { Payload } from 'payload'

const DAY = 86_400_000

const text = (value: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [{ type: 'text', text: value, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** An open contest (deadline tomorrow, no practical cap per author) with one print category. */
export async function makeOpenContest(payload: Payload, title: string): Promise<{ id: number; category: number }> {
  const now = Date.now()
  const contest = await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title,
      year: 2026,
      status: 'open',
      opensAt: new Date(now - DAY).toISOString(),
      deadline: new Date(now + DAY).toISOString(),
      worksFrom: '2025-01-01',
      worksTo: '2026-12-31',
      maxEntriesPerAuthor: 10_000,
    },
  })
  const category = await payload.create({
    collection: 'contestCategories',
    overrideAccess: true,
    data: { contest: contest.id, name: 'Báo in', medium: 'print', maxCoAuthors: 1 },
  })
  return { id: contest.id, category: category.id }
}

/** A journalist's submission of a print entry, sent with its idempotency key. */
export const entrySubmission = (contest: { id: number; category: number }, key: string) => ({
  contest: contest.id,
  category: contest.category,
  title: `Bài dự thi ${key.slice(0, 8)}`,
  body: text('Nội dung bài viết về người tốt việc tốt.'),
  status: 'submitted',
  originalityDeclared: true,
  submissionKey: key,
})
