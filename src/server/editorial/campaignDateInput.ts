import type { CampaignDateInput, PlannedArticleInput } from '@/domain/editorial/campaignCalendar'
import type { CampaignDate } from '@/payload-types'

type PlannedArticle = NonNullable<CampaignDate['plannedArticles']>[number]

/** A stored campaign date as the calendar reads it; `plan` says what each planned article carries. */
export function campaignDateInput(date: CampaignDate, plan: (article: PlannedArticle) => PlannedArticleInput): CampaignDateInput {
  return {
    id: date.id,
    name: date.name,
    day: date.day,
    month: date.month,
    lunar: date.lunar,
    recurring: date.recurring,
    year: date.year,
    plannedArticles: (date.plannedArticles ?? []).map(plan),
  }
}
