import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { actorOf } from '../../access/table'
import { loadEditorDashboard, type EditorDashboard } from './editor'
import { loadJudgeDashboard, type JudgeDashboard } from './judge'
import { loadOrganizerDashboard, type OrganizerDashboard } from './organizer'
import { requestFor } from './types'
import { loadUnitOfficerDashboard, type UnitOfficerDashboard } from './unitOfficer'

export type RoleDashboardData = JudgeDashboard | UnitOfficerDashboard | EditorDashboard | OrganizerDashboard

/** The signed-in user's dashboard data, chosen by role; null for an account that has no admin work. */
export async function loadRoleDashboard(
  payload: Payload,
  user: TypedUser | null | undefined,
  now = new Date(),
  req?: PayloadRequest,
): Promise<RoleDashboardData | null> {
  if (!user) return null
  const actor = actorOf(user)
  const r = req ?? (await requestFor(payload, user))
  switch (actor) {
    case 'judge':
      return loadJudgeDashboard(r)
    case 'unitOfficer':
      return loadUnitOfficerDashboard(r, now)
    case 'editor':
      return loadEditorDashboard(r, now)
    case 'organizer':
    case 'admin':
      return loadOrganizerDashboard(r, now)
    default:
      return null
  }
}
