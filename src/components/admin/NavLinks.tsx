import { screensFor } from '@/access/navigation'
import { NavScreens } from './NavScreens'

/** Links to the custom views the signed-in role works on, under the collections in the admin nav. */
export function NavLinks({ user }: { user?: unknown }) {
  const screens = screensFor(user)
  if (!screens.length) return null
  return <NavScreens screens={screens.map((s) => ({ path: s.path, label: s.label }))} />
}
