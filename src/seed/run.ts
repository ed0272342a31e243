import config from '../../payload.config'
import { getPayload, type Payload } from 'payload'
import { closePayload } from '../db/closePayload'
import { demoAccounts, DEMO_PASSWORD } from './accounts'
import { seedContest } from './contest'
import { seedEmblem } from './emblem'
import { seedFinishedContest } from './finishedContest'
import { seedCalendar } from './calendar'
import { seedCriteriaSets } from './criteriaSets'
import { seedJudgingContest } from './judgingContest'
import { seedNewsroom } from './newsroom'
import { officerUnit, seedRegisterStates } from './workStates'
import { seedArticles, seedEvents, seedExemplars, seedFields, seedOutlets } from './content'
import { seedPlan } from './plan'
import { seedRecordings } from './recordings'
import { seedSettings } from './settings'
import { seedUnits } from './units'
import { seedUsers } from './users'

/** Loads the demo data; safe to run again (existing records are kept, missing ones added). */
export async function seedDemo(payload: Payload, log: (msg: string) => void = () => undefined): Promise<void> {
  await seedSettings(payload)
  await seedEmblem(payload)
  const units = await seedUnits(payload)
  log(`đơn vị: ${units.size}`)
  const fields = await seedFields(payload)
  await seedPlan(payload, units, fields)
  const { outlets, columns } = await seedOutlets(payload, units)
  const exemplars = await seedExemplars(payload, units, fields)
  log(`điển hình: ${exemplars.size}`)
  await seedArticles(payload, { units, exemplars, columns, outlets })
  await seedRecordings(payload)
  await seedEvents(payload, units, exemplars)
  await seedContest(payload, units.get('NT-BTG') ?? units.get('KH'))
  await seedUsers(payload, units, outlets)
  await seedFinishedContest(payload, units.get('NT-BTG') ?? units.get('KH'))
  await seedCalendar(payload)
  // work waiting for each demo login: a contest in judging, register records in every state, the newsroom's drafts
  await seedJudgingContest(payload, units.get('KH'))
  await seedRegisterStates(payload, units)
  const officer = await officerUnit(payload)
  const officerCode = [...units].find(([, id]) => id === officer)?.[0]
  const created = await seedCriteriaSets(payload, units, fields.values().next().value!, officerCode)
  if (created) log(`bộ tiêu chí: ${created}`)
  await seedNewsroom(payload, columns)
}

export function printLogins(): void {
  console.log('\n  Tài khoản dùng thử / demo logins (mật khẩu / password: %s)', DEMO_PASSWORD)
  for (const a of demoAccounts) console.log(`   - ${a.role.padEnd(12)} ${a.email}`)
  console.log('  Trang quản trị / admin: /admin\n')
}

async function withPayload<T>(fn: (payload: Payload) => Promise<T>): Promise<T> {
  const payload = await getPayload({ config })
  try {
    return await fn(payload)
  } finally {
    await closePayload(payload)
  }
}

export async function seed(opts: { verbose?: boolean } = {}): Promise<void> {
  await withPayload((payload) => seedDemo(payload, opts.verbose ? (m) => console.log(`[seed] ${m}`) : undefined))
  printLogins()
}

/** First start on an empty database: load the demo data; afterwards just print the logins. */
export async function seedIfEmpty(): Promise<void> {
  await withPayload(async (payload) => {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs === 0) {
      console.log('[seed] Cơ sở dữ liệu trống: đang nạp dữ liệu minh họa... / empty database: loading demo data...')
      await seedDemo(payload, (m) => console.log(`[seed] ${m}`))
    }
  })
  printLogins()
}
