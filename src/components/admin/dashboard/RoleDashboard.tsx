import type { Payload, TypedUser } from 'payload'
import { ROLE_LABELS } from '@/domain/roles'
import { loadRoleDashboard } from '@/server/dashboard'
import { EditorDashboard } from './EditorDashboard'
import { JudgeDashboard } from './JudgeDashboard'
import { OrganizerDashboard } from './OrganizerDashboard'
import { UnitOfficerDashboard } from './UnitOfficerDashboard'

/** Above the admin home's collection cards: the signed-in role's work, counted with the user's own access. */
export async function RoleDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  const data = await loadRoleDashboard(payload, user)
  if (!data || !user) return null
  return (
    <div data-testid="role-dashboard" className="gs-dashboard">
      <h2>Việc cần làm — {ROLE_LABELS[user.role as keyof typeof ROLE_LABELS]?.vi ?? ''}</h2>
      {data.role === 'judge' ? <JudgeDashboard data={data} /> : null}
      {data.role === 'unitOfficer' ? <UnitOfficerDashboard data={data} /> : null}
      {data.role === 'editor' ? <EditorDashboard data={data} /> : null}
      {data.role === 'organizer' || data.role === 'admin' ? <OrganizerDashboard data={data} /> : null}
    </div>
  )
}
