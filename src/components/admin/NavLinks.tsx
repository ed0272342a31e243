import Link from 'next/link'
import { screensFor } from '../../access/navigation'

/** Links to the custom views the signed-in role works on, under the collections in the admin nav. */
export function NavLinks({ user }: { user?: unknown }) {
  const screens = screensFor(user)
  if (!screens.length) return null
  return (
    <div style={{ display: 'grid', gap: '.5rem', marginTop: '1rem' }} data-testid="nav-screens">
      {screens.map((s) => (
        <Link key={s.path} href={s.path}>
          {s.label}
        </Link>
      ))}
    </div>
  )
}
