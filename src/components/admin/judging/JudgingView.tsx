import type { AdminViewServerProps } from 'payload'
import { hasRole, refId } from '@/access/user'
import { ROUND_LABELS } from '@/domain/contest/labels'
import { roundConfig, rubricOf, type Round } from '@/server/judging/context'
import { plainText } from '@/lib/lexical'
import { AdminPage } from '../AdminPage'
import { ScoreForm } from './ScoreForm'
import { cell, TableHead } from '../table'

const STATUS = { assigned: 'Chưa nộp', submitted: 'Đã nộp', conflict: 'Xung đột lợi ích' } as const

/**
 * "Bài được phân công" (/admin/cham-bai): a judge's assignments with progress, and the blind score sheet of one of
 * them (?phan-cong=<id>). Everything is read as the judge (overrideAccess: false), so the blind fields stay hidden.
 */
export async function JudgingView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user
  if (!user || !hasRole(user, 'judge')) {
    return (
      <AdminPage props={props} title="Bài được phân công">
        <p>Trang này dành cho giám khảo.</p>
      </AdminPage>
    )
  }
  const asJudge = { overrideAccess: false, user, req } as const
  const assignments = await req.payload.find({
    collection: 'judgeAssignments',
    where: { judge: { equals: user.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    ...asJudge,
  })
  const active = assignments.docs.filter((a) => a.status !== 'conflict')
  const done = active.filter((a) => a.status === 'submitted').length
  const entryIds = active.map((a) => Number(refId(a.entry)))
  const entries = entryIds.length
    ? await req.payload.find({
        collection: 'entries',
        where: { id: { in: entryIds } },
        depth: 1,
        limit: 0,
        pagination: false,
        select: { title: true, code: true, category: true, contest: true },
        ...asJudge,
      })
    : { docs: [] }
  const entryById = new Map(entries.docs.map((e) => [e.id, e]))
  const selectedId = Number((props.searchParams as Record<string, string> | undefined)?.['phan-cong'])
  const selected = active.find((a) => a.id === selectedId)

  let sheet: React.ReactNode = null
  if (selected) {
    const entry = await req.payload.findByID({
      collection: 'entries',
      id: Number(refId(selected.entry)),
      depth: 1,
      select: { title: true, code: true, category: true, contest: true, body: true, files: true },
      ...asJudge,
    })
    const contest = await req.payload.findByID({
      collection: 'contests',
      id: Number(refId(entry.contest)),
      depth: 0,
      locale: 'vi',
      ...asJudge,
    })
    const round = selected.round as Round
    const score = (
      await req.payload.find({ collection: 'scores', where: { assignment: { equals: selected.id } }, depth: 0, limit: 1, ...asJudge })
    ).docs[0]
    const files = (entry.files ?? []).filter((f): f is Exclude<typeof f, number> => typeof f === 'object')
    sheet = (
      <section aria-labelledby="phieu-cham" style={{ marginTop: '2rem' }}>
        <h2 id="phieu-cham">
          {entry.code ? `${entry.code} — ` : ''}
          {entry.title}
        </h2>
        <p>
          Thể loại: {typeof entry.category === 'object' ? entry.category.name : ''} · Vòng {ROUND_LABELS[round].vi.toLowerCase()}
        </p>
        {entry.body ? (
          <div
            style={{
              whiteSpace: 'pre-line',
              maxWidth: 760,
              border: '1px solid var(--theme-elevation-150)',
              padding: '1rem',
              marginBlock: '1rem',
            }}
          >
            {plainText(entry.body)}
          </div>
        ) : null}
        {files.length ? (
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                <a href={f.url ?? '#'} target="_blank" rel="noreferrer">
                  {f.filename}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <ScoreForm
          key={selected.id}
          assignmentId={selected.id}
          scoreId={score?.id ?? null}
          rubric={rubricOf(contest, round).map((c) => ({ key: c.key, label: c.label ?? c.key, weight: c.weight, maxScore: c.maxScore }))}
          marks={Object.fromEntries((score?.criteria ?? []).map((c) => [c.key, { score: c.score, comment: c.comment ?? '' }]))}
          comment={score?.comment ?? ''}
          locked={!!score?.locked}
          closed={!!roundConfig(contest, round)?.closed}
        />
      </section>
    )
  }

  return (
    <AdminPage props={props} title="Bài được phân công">
      <p data-testid="judging-progress">
        Đã nộp <strong>{done}</strong>/{active.length} phiếu chấm.
      </p>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <TableHead columns={['Mã', 'Tác phẩm', 'Thể loại', 'Vòng', 'Trạng thái', '']} />
        <tbody>
          {active.map((a) => {
            const e = entryById.get(Number(refId(a.entry)))
            return (
              <tr key={a.id} style={{ background: a.id === selected?.id ? 'var(--theme-elevation-50)' : undefined }}>
                <td style={cell}>{e?.code ?? ''}</td>
                <td style={cell}>{e?.title ?? ''}</td>
                <td style={cell}>{e && typeof e.category === 'object' ? e.category.name : ''}</td>
                <td style={cell}>{ROUND_LABELS[a.round as Round].vi}</td>
                <td style={cell}>{STATUS[a.status]}</td>
                <td style={cell}>
                  <a href={`/admin/cham-bai?phan-cong=${a.id}`}>{a.status === 'submitted' ? 'Xem phiếu' : 'Chấm bài'}</a>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {sheet}
    </AdminPage>
  )
}
