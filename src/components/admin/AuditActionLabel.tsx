'use client'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import { auditActionLabel } from '../../lib/auditActions'

const useLang = () => (useTranslation().i18n.language === 'en' ? 'en' : 'vi')

/** The audit list shows what happened in words ("Đổi trạng thái tác phẩm dự thi"), not the code ("entry.status"). */
export function AuditActionCell({ cellData }: DefaultCellComponentProps) {
  const lang = useLang()
  return (
    <span title={typeof cellData === 'string' ? cellData : undefined}>
      {auditActionLabel(typeof cellData === 'string' ? cellData : null, lang)}
    </span>
  )
}

/** The same label on the (read-only) audit entry, with the code beside it for whoever searches the log. */
export function AuditActionField({ field, path }: TextFieldClientProps) {
  const lang = useLang()
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type text read-only">
      <FieldLabel label={field.label} path={path} />
      <p>
        <strong>{auditActionLabel(value, lang)}</strong> <code>{value}</code>
      </p>
    </div>
  )
}
