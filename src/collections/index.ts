import { AnnualReports } from './AnnualReports'
import { Articles } from './Articles'
import { CampaignDates } from './CampaignDates'
import { Publications } from './Publications'
import { AuditLogs } from './AuditLogs'
import { Columns } from './Columns'
import { ContestCategories } from './ContestCategories'
import { ContestMailings } from './ContestMailings'
import { Contests } from './Contests'
import { CriteriaSets } from './CriteriaSets'
import { Entries } from './Entries'
import { Events } from './Events'
import { Exemplars } from './Exemplars'
import { Fields } from './Fields'
import { JudgeAssignments } from './JudgeAssignments'
import { Media } from './Media'
import { Nominations } from './Nominations'
import { Outlets } from './Outlets'
import { Plans } from './Plans'
import { Scores } from './Scores'
import { Units } from './Units'
import { Users } from './Users'
import { StatusChanges } from './StatusChanges'
import { Nurturing } from './Nurturing'
import { Commendations } from './Commendations'
import { Inspections } from './Inspections'
import { BudgetLines } from './BudgetLines'
import { rejectBadQueryArgs } from '../hooks/rejectBadQueryArgs'
import { hiddenFor } from '../access/navigation'
import type { CollectionConfig } from 'payload'

const all: CollectionConfig[] = [
  Users,
  Units,
  Plans,
  Fields,
  CriteriaSets,
  Exemplars,
  Events,
  Outlets,
  Columns,
  Articles,
  Contests,
  ContestCategories,
  ContestMailings,
  Entries,
  JudgeAssignments,
  Scores,
  Media,
  AuditLogs,
  CampaignDates,
  Publications,
  Nominations,
  AnnualReports,
  StatusChanges,
  Nurturing,
  Commendations,
  Inspections,
  BudgetLines,
]

/**
 * Every collection gets the same guard on list arguments, whatever API the request came through, and is left out of
 * the admin navigation of the roles the access table gives no read.
 */
export const collections: CollectionConfig[] = all.map((c) => ({
  ...c,
  admin: { ...c.admin, hidden: c.admin?.hidden ?? hiddenFor(c.slug) },
  hooks: { ...c.hooks, beforeOperation: [rejectBadQueryArgs(c), ...(c.hooks?.beforeOperation ?? [])] },
}))
