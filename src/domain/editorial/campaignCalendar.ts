import { lunarToSolar } from './lunar'

export interface CampaignDateInput {
  id: number
  name: string
  day: number
  month: number
  lunar?: boolean | null
  recurring?: boolean | null
  /** for a one-off date: the year it happens */
  year?: number | null
  plannedArticles?: PlannedArticleInput[] | null
}

export interface PlannedArticleInput {
  year: number
  status?: 'planned' | 'published' | null
  articleTitle?: string | null
  articleId?: number | null
  outletName?: string | null
  editorName?: string | null
}

export interface CalendarOccurrence {
  campaignDateId: number
  name: string
  /** solar date, YYYY-MM-DD */
  date: string
  /** the year the date belongs to (the lunar year for lunar dates) */
  year: number
  lunar: boolean
  /** for a lunar date: the day and month on the lunar calendar (the `date` above is its solar date) */
  lunarDay: { day: number; month: number } | null
  planned: PlannedArticleInput[]
  /** nothing planned for this occurrence yet */
  gap: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** 29 February in a year without it falls on 28 February. */
function solarDate(day: number, month: number, year: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return solarDate(d, ((m - 1 + months) % 12) + 1, y + Math.floor((m - 1 + months) / 12))
}

/**
 * Every campaign date falling in [today, today + 12 months), in date order, with the articles planned for that
 * occurrence's year; an occurrence with nothing planned is a gap the editors must fill.
 */
export function upcomingCampaign(dates: CampaignDateInput[], today: string): CalendarOccurrence[] {
  const until = addMonths(today, 12)
  const startYear = Number(today.slice(0, 4))
  const out: CalendarOccurrence[] = []
  for (const c of dates) {
    const years = c.recurring === false ? (c.year ? [c.year] : []) : [startYear - 1, startYear, startYear + 1]
    for (const year of years) {
      const date = c.lunar ? lunarToSolar(c.day, c.month, year) : solarDate(c.day, c.month, year)
      if (!date || date < today || date >= until) continue
      const planned = (c.plannedArticles ?? []).filter((p) => p.year === year)
      out.push({
        campaignDateId: c.id,
        name: c.name,
        date,
        year,
        lunar: !!c.lunar,
        lunarDay: c.lunar ? { day: c.day, month: c.month } : null,
        planned,
        gap: planned.length === 0,
      })
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'vi'))
}

/**
 * How the calendar shows an occurrence's date: the solar date as dd/MM/yyyy, and for a lunar anniversary its lunar
 * day beside it ("18/04/2024 (10/3 âm lịch)"). Only the lunar day is called âm lịch; the solar date never is.
 */
export function occurrenceDateLabel(o: Pick<CalendarOccurrence, 'date' | 'lunarDay'>): string {
  const [y, m, d] = o.date.split('-')
  const solar = `${d}/${m}/${y}`
  return o.lunarDay ? `${solar} (${o.lunarDay.day}/${o.lunarDay.month} âm lịch)` : solar
}
