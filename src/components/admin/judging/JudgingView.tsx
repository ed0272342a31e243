import { Pill } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole, refId } from '@/access/user'
import { ROUND_LABELS } from '@/domain/contest/labels'
import { roundConfig, rubricOf, type Round } from '@/server/judging/context'
import { assignmentsOfJudge } from '@/server/judging/judgeAssignments'
import { plainText } from '@/lib/lexical'
import { AdminPage, type Crumb } from '../AdminPage'
import { NoAccessPage } from '../NoAccessPage'
import { DataTable, rowClass } from '../ui/DataTable'
import { ScoreForm } from './ScoreForm'

const STATUS = {
  assigned: { label: 'Chưa nộp', pill: 'warning' },
  submitted: { label: 'Đã nộp', pill: 'success' },
  conflict: { label: 'Xung đột lợi ích', pill: 'light-gray' },
} as const

/**
 * "Bài được phân công" (/admin/cham-bai): a judge's assignments with progress, and the blind score sheet of one of
 * them (?phan-cong=<id>). Everything is read as the judge (overrideAccess: false), so the blind fields stay hidden.
 */
export async function JudgingView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = req.user
  if (!user || !hasRole(user, 'judge')) {
    return <NoAccessPage props={props} title="Bài được phân công" message="Trang này dành cho giám khảo." />
  }
  const asJudge = { overrideAccess: false, user, req } as const
  const assignments = await assignmentsOfJudge(req, user)
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
  let crumbs: Crumb[] | undefined
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
    crumbs = [{ label: 'Bài được phân công', url: '/admin/cham-bai' }, { label: entry.code ?? 'Phiếu chấm' }]
    const files = (entry.files ?? []).filter((f): f is Exclude<typeof f, number> => typeof f === 'object')
    sheet = (
      <section aria-labelledby="phieu-cham" className="gs-section gs-stack">
        <h2 id="phieu-cham">
          {entry.code ? `${entry.code} — ` : ''}
          {entry.title}
        </h2>
        <p>
          Thể loại: {typeof entry.category === 'object' ? entry.category.name : ''} · Vòng {ROUND_LABELS[round].vi.toLowerCase()}
        </p>
        {entry.body ? <div className="gs-reading">{plainText(entry.body)}</div> : null}
        {files.length ? (
          <ul className="gs-list">
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
    <AdminPage props={props} title="Bài được phân công" crumbs={crumbs}>
      <p data-testid="judging-progress">
        Đã nộp <strong>{done}</strong>/{active.length} phiếu chấm.
      </p>
      <DataTable columns={['Mã', 'Tác phẩm', 'Thể loại', 'Vòng', 'Trạng thái', 'Phiếu chấm']}>
        {active.map((a) => {
          const e = entryById.get(Number(refId(a.entry)))
          return (
            <tr
              key={a.id}
              className={rowClass({ selected: a.id === selected?.id })}
              aria-current={a.id === selected?.id ? 'true' : undefined}
            >
              <td>{e?.code ?? ''}</td>
              <td>{e?.title ?? ''}</td>
              <td>{e && typeof e.category === 'object' ? e.category.name : ''}</td>
              <td>{ROUND_LABELS[a.round as Round].vi}</td>
              <td>
                <Pill pillStyle={STATUS[a.status].pill} size="small">
                  {STATUS[a.status].label}
                </Pill>
              </td>
              <td>
                <a href={`/admin/cham-bai?phan-cong=${a.id}`}>{a.status === 'submitted' ? 'Xem phiếu' : 'Chấm bài'}</a>
              </td>
            </tr>
          )
        })}
      </DataTable>
      {sheet}
    </AdminPage>
  )
}
