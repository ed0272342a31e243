import type { UIFieldServerProps } from 'payload'
import { EXEMPLAR_STATUS_LABELS, type ExemplarStatus } from '@/domain/exemplars/status'
import { TIME_ZONE } from '@/domain/time/vietnam'
import { topCell as cell } from '../table'

/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, whatever the server's locale puts first. */
export function formatDateTime(value: string | Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    })
      .formatToParts(new Date(value))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`
}

type Lang = 'vi' | 'en'
const statusLabel = (s: string | null | undefined, lang: Lang) =>
  s ? (EXEMPLAR_STATUS_LABELS[s as ExemplarStatus]?.[lang] ?? s) : lang === 'vi' ? 'Tạo hồ sơ' : 'Created'

/** The exemplar's status history, newest last, read with the viewer's own access. */
export async function ExemplarTimeline({ id, req, i18n }: UIFieldServerProps) {
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'vi'
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en)
  const heading = <h3 style={{ margin: '1.5rem 0 0.5rem' }}>{t('Lịch sử trạng thái', 'Status history')}</h3>
  if (id == null)
    return (
      <div>
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
      <div>
        {heading}
        <p>{t('Chưa có lần chuyển trạng thái nào.', 'No status change yet.')}</p>
      </div>
    )

  return (
    <div className="exemplar-timeline">
      {heading}
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{t('Thời điểm', 'When')}</th>
            <th style={cell}>{t('Chuyển trạng thái', 'Change')}</th>
            <th style={cell}>{t('Người thực hiện', 'By')}</th>
            <th style={cell}>{t('Lý do', 'Reason')}</th>
            <th style={cell}>{t('Minh chứng', 'Evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.docs.map((c) => {
            const actor = c.actor && typeof c.actor === 'object' ? c.actor.fullName || c.actor.email : null
            const evidence = c.evidence && typeof c.evidence === 'object' ? c.evidence : null
            return (
              <tr key={c.id}>
                <td style={cell}>{formatDateTime(c.at)}</td>
                <td style={cell}>
                  {statusLabel(c.from, lang)} → <strong>{statusLabel(c.to, lang)}</strong>
                </td>
                <td style={cell}>{actor ?? t('Hệ thống', 'System')}</td>
                <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{c.reason ?? ''}</td>
                <td style={cell}>
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
        </tbody>
      </table>
    </div>
  )
}
