'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Text = { vi: string; en: string }

export interface ArrayRowLabelProps {
  /** fields of the row whose values make its title, joined by " — " */
  title: string[]
  /** the row's word when the title fields are empty: "Đồng tác giả 01" */
  fallback: Text
  /** labels of select values, per field */
  options?: Record<string, Record<string, Text>>
  /** fields holding dates, shown as dd/MM/yyyy */
  dates?: string[]
}

const day = (value: string) => {
  const d = new Date(value)
  return Number.isNaN(d.getTime())
    ? value
    : new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d)
}

/** An array row titled by its own content (the co-author's name, the prize, the milestone) instead of "Row 01". */
export function ArrayRowLabel({ title, fallback, options, dates }: ArrayRowLabelProps) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const parts = title
    .map((key) => {
      const value = data?.[key]
      if (value == null || value === '') return null
      if (options?.[key]) return options[key][String(value)]?.[lang] ?? String(value)
      if (dates?.includes(key)) return day(String(value))
      return typeof value === 'object' ? null : String(value)
    })
    .filter((p): p is string => !!p)
  return <span>{parts.length ? parts.join(' — ') : `${fallback[lang]} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
}
