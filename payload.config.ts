import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'
import { withBuiltInAccess } from './src/access/builtInCollections'
import { collections } from './src/collections'
import { MAX_UPLOAD_BYTES } from './src/domain/media/allowedTypes'
import { endpoints, withCollectionEndpoints } from './src/endpoints'
import { sameAnswerForFailedLogins } from './src/hooks/sameAnswerForFailedLogins'
import { tasks } from './src/jobs'
import { SiteSettings } from './src/globals/SiteSettings'
import { logRefusalsBriefly } from './src/lib/log/refusals'
import { withQueryArgChecksOnBuiltIns } from './src/hooks/rejectBadQueryArgs'
import { withPreferenceDeleteFix } from './src/lib/api/preferenceDelete'
import { emailAdapter } from './src/mail/adapter'
import { showRefusalMessages } from './src/lib/api/showRefusalMessages'
import { answerDatabaseDown } from './src/lib/api/databaseDown'
import { resilientPg, type ResilientPoolConfig } from './src/db/resilientPg'
import { withStrictCommits } from './src/db/strictCommits'
import { migrations } from './src/migrations'
import { DEVELOPMENT_SECRET } from './src/lib/config/productionEnv'
import { mediaStorage } from './src/plugins/mediaStorage'
import { ownUploadTempDir } from './src/lib/storage/settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// a production server refuses the development secret at start (src/instrumentation.ts)
const secret = () => process.env.PAYLOAD_SECRET || DEVELOPMENT_SECRET

// Payload's own collections (preferences, document locks) follow the access table too
const poolConfig: ResilientPoolConfig = {
  connectionString: process.env.DATABASE_URI,
  max: Number(process.env.DB_POOL_MAX || 10),
  // without a connect timeout a request would wait forever for a connection while the database is unreachable
  connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS || 10_000),
  // while every connection is busy, requests wait their turn: a surge is slow, never refused as an outage
  acquireTimeoutMillis: Number(process.env.DB_ACQUIRE_TIMEOUT_MS || 60_000),
  // no JIT compiling: it pays off for long analytical queries, not for a request's short ones. At national size the
  // planner's estimates of some page and dashboard queries cross jit_above_cost, and each then spent 10–75 ms compiling
  options: '-c jit=off',
}

const config = withBuiltInAccess(
  buildConfig({
    serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
    secret: secret(),
    admin: {
      user: 'users',
      avatar: 'default',
      dateFormat: 'dd/MM/yyyy HH:mm',
      // date-and-time fields (`timezone: true`) are entered and shown in Vietnam time whatever the browser's zone
      timezones: {
        supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: 'Asia/Ho_Chi_Minh' }],
        defaultTimezone: 'Asia/Ho_Chi_Minh',
      },
      meta: { titleSuffix: ' — Gương Sáng' },
      importMap: { baseDir: path.resolve(dirname) },
      components: {
        afterNavLinks: ['/src/components/admin/NavLinks#NavLinks'],
        beforeDashboard: ['/src/components/admin/dashboard/RoleDashboard#RoleDashboard'],
        views: {
          quota: { Component: '/src/components/admin/QuotaDashboard#QuotaDashboard', path: '/chi-tieu' },
          reorganise: { Component: '/src/components/admin/ReorganiseUnitsView#ReorganiseUnitsView', path: '/sap-xep-don-vi' },
          campaignCalendar: { Component: '/src/components/admin/editorial/CampaignCalendar#CampaignCalendar', path: '/lich-tuyen-truyen' },
          judging: { Component: '/src/components/admin/judging/JudgingView#JudgingView', path: '/cham-bai' },
          leaderboard: { Component: '/src/components/admin/judging/LeaderboardView#LeaderboardView', path: '/xep-hang' },
          annualReports: { Component: '/src/components/admin/AnnualReportsView#AnnualReportsView', path: '/bao-cao' },
        },
      },
    },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    localization: {
      locales: [
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'vi',
      fallback: true,
    },
    defaultDepth: 1,
    collections: withCollectionEndpoints(collections),
    endpoints,
    jobs: {
      tasks,
      // a long-running server works the queue every minute; tests run it explicitly with payload.jobs.run()
      autoRun: process.env.JOBS_AUTORUN === '0' ? [] : [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default', limit: 20 }],
      shouldAutoRun: () => process.env.JOBS_AUTORUN !== '0',
    },
    globals: [SiteSettings],
    editor: lexicalEditor(),
    // a COMMIT that fails is an error, not a silent loss (src/db/strictCommits.ts)
    db: withStrictCommits(
      postgresAdapter({
        pg: resilientPg,
        pool: poolConfig,
        extensions: ['unaccent', 'pg_trgm'],
        migrationDir: path.resolve(dirname, 'src/migrations'),
        prodMigrations: migrations,
        // the schema comes from the migrations everywhere; PAYLOAD_PUSH=1 lets a developer try a change before writing its migration
        push: process.env.PAYLOAD_PUSH === '1',
        // the login throttle's table is not Payload's: a schema push must leave it alone
        tablesFilter: ['!login_throttle'],
      }),
    ),
    email: emailAdapter(),
    sharp,
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, abortOnLimit: true, useTempFiles: true, tempFileDir: ownUploadTempDir() },
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    graphQL: { disablePlaygroundInProduction: true },
    plugins: [mediaStorage()],
    telemetry: false,
    hooks: { afterError: [answerDatabaseDown, showRefusalMessages, sameAnswerForFailedLogins] },
    // Payload's own pretty output, with refusals (4xx) logged as one line instead of an error with its stack
    logger: { options: { hooks: { logMethod: logRefusalsBriefly } }, destination: defaultLoggerOptions },
  }),
)

export default config.then(withPreferenceDeleteFix).then(withQueryArgChecksOnBuiltIns)
