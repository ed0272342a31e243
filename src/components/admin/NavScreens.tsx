'use client'
import { NavGroup } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/** The screens as a group of Payload's side navigation: same links, same marker on the page being shown. */
export function NavScreens({ screens }: { screens: { path: string; label: string }[] }) {
  const pathname = usePathname()
  return (
    <div className="gs-nav" data-testid="nav-screens">
      <NavGroup label="Nghiệp vụ">
        {screens.map((s) => (
          <Link key={s.path} href={s.path} className="nav__link" prefetch={false} aria-current={pathname === s.path ? 'page' : undefined}>
            {pathname === s.path ? <span className="nav__link-indicator" /> : null}
            <span className="nav__link-label">{s.label}</span>
          </Link>
        ))}
      </NavGroup>
    </div>
  )
}
