import type { UIFieldServerProps } from 'payload'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '@/domain/exemplars/status'
import { formatVnDateTime } from '@/domain/time/vietnam'
import { DataTable } from '../ui/DataTable'

type Lang = 'vi' | 'en'
const statusLabel = (s: string | null | undefined, lang: Lang) =>
  s ? (EXEMPLAR_STATUS_LABELS[s as ExemplarStatus]?.[lang] ?? s) : lang === 'vi' ? 'Tạo hồ sơ' : 'Created'

/** The exemplar's status history, newest last, read with the viewer's own access. */
export async function ExemplarTimeline({ id, req, i18n }: UIFieldServerProps) {
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'vi'
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en)
  const heading = <h3>{t('Lịch sử trạng thái', 'Status history')}</h3>
  if (id == null)
    return (
      <div className="gs-section">
        {heading}
        <p>{t('Lịch sử trạng thái hiện sau khi lưu hồ sơ.', 'The history appears once the record is saved.')}</p>
      </div>
    )

  const changes = await req.payload.find({
    collection: 'statusChanges',
    where: { exemplar: { equals: id } },
    sort: 'at',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!changes.docs.length)
    return (
      <div className="gs-section">
        {heading}
        <p>{t('Chưa có lần chuyển trạng thái nào.', 'No status change yet.')}</p>
      </div>
    )

  return (
    <div className="exemplar-timeline gs-section">
      {heading}
      <DataTable
        columns={[
          t('Thời điểm', 'When'),
          t('Chuyển trạng thái', 'Change'),
          t('Người thực hiện', 'By'),
          t('Lý do', 'Reason'),
          t('Minh chứng', 'Evidence'),
        ]}
      >
        {changes.docs.map((c) => {
          const actor = c.actor && typeof c.actor === 'object' ? c.actor.fullName || c.actor.email : null
          const evidence = c.evidence && typeof c.evidence === 'object' ? c.evidence : null
          return (
            <tr key={c.id}>
              <td>{formatVnDateTime(c.at)}</td>
              <td>
                {c.from ? `${t('Từ', 'From')} ${statusLabel(c.from, lang)} ${t('sang', 'to')} ` : `${statusLabel(null, lang)}: `}
                <strong>{statusLabel(c.to, lang)}</strong>
              </td>
              <td>{actor ?? t('Hệ thống', 'System')}</td>
              <td className="gs-pre">{c.reason ?? ''}</td>
              <td>
                {evidence?.url ? (
                  <a href={evidence.url} target="_blank" rel="noreferrer">
                    {evidence.filename ?? t('Tệp minh chứng', 'Evidence file')}
                  </a>
                ) : (
                  ''
                )}
              </td>
            </tr>
          )
        })}
      </DataTable>
    </div>
  )
}
