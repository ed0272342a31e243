// ESLint flat config: TypeScript, React hooks, Next.js rules and the layering between src/ folders.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import { defineConfig } from 'eslint/config'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// src/ folders that take part in the layering rules; every other src/ file is an "app" element
const LAYERS = ['domain', 'endpoints', 'collections', 'hooks', 'access', 'components', 'lib']

// a character outside Latin (Vietnamese) letters, digits and common punctuation: the admin's font has no glyph for it
const UNDRAWN = '/[^\\s\\u0020-\\u024f\\u1e00-\\u1eff\\u2010-\\u2027]/'

// packages the pure domain code must not know about
const FRAMEWORK_PACKAGES = ['payload', 'payload/**', '@payloadcms/**', 'next', 'next/**', 'react', 'react/**', 'react-dom', 'react-dom/**']

export default defineConfig(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'media/**',
      '.data/**',
      'bench/out/**',
      'test-results/**',
      'tmp/**',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/admin/importMap.js',
    ],
  },

  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs.recommended,
  nextPlugin.configs['core-web-vitals'],

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: { next: { rootDir: '.' } },
    rules: {
      // Payload's hook, access and field APIs hand over loosely typed data; `any` is kept visible, not banned
      '@typescript-eslint/no-explicit-any': 'warn',
      // a leading underscore marks a parameter or binding that is there on purpose
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // targets inside src/ are imported through the @/ alias rather than a long climb up the tree
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./){3,}', message: 'Import through the @/ alias instead of climbing three or more folders.' }] },
      ],
    },
  },

  // layering between src/ folders
  {
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'boundaries/elements': [
        ...LAYERS.map((type) => ({ type, pattern: `src/${type}`, partialMatch: false })),
        { type: 'app', pattern: 'src/*', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [
            {
              from: { element: { type: 'domain' } },
              disallow: { to: { element: { type: '!domain' } } },
              message: 'src/domain is pure: it imports only from src/domain.',
            },
            {
              from: { element: { type: 'domain' } },
              disallow: { to: { module: { origin: 'external', source: FRAMEWORK_PACKAGES } } },
              message: 'src/domain is pure: no Payload, Next.js or React.',
            },
            {
              from: { element: { types: { anyOf: ['collections', 'hooks', 'access', 'components'] } } },
              disallow: { to: { element: { type: 'endpoints' } } },
              message: 'Collections, hooks, access rules and components do not import endpoints.',
            },
            {
              from: { element: { type: 'lib' } },
              disallow: { to: { element: { type: 'access' } } },
              message: 'src/lib does not import src/access (access rules build on lib, not the other way round).',
            },
          ],
        },
      ],
    },
  },

  // no line over 140 columns (Prettier's width): long strings, comments and JSX text are split by hand, since
  // Prettier leaves them whole; generated files are ignored above
  {
    files: [
      'src/**/*.{ts,tsx,js,mjs}',
      'tests/**/*.{ts,tsx,js,mjs}',
      'scripts/**/*.{ts,js,mjs}',
      'bench/**/*.{ts,js,mjs}',
      '*.{ts,js,mjs}',
    ],
    rules: { 'max-len': ['error', { code: 140, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },

  // components reach the REST API through the one client (src/lib/client/api.ts); the tus upload client keeps its own
  {
    files: ['src/components/**/*.{ts,tsx}'],
    ignores: ['src/components/site/contest/resumableUpload.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call the REST API through src/lib/client/api.ts.' },
        { name: 'XMLHttpRequest', message: 'Upload through uploadWithProgress in src/lib/client/api.ts.' },
      ],
    },
  },

  // the admin's own screens draw with Payload's components and the theme classes of src/app/(payload)/custom.scss,
  // so they follow the light and dark themes; their text keeps to what the admin's font draws (icons come from Payload)
  {
    files: ['src/components/admin/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='style']",
          message: 'Admin screens use Payload components and the classes of src/app/(payload)/custom.scss, not inline styles.',
        },
        {
          selector: 'Literal[value=/#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(/]',
          message: 'No hard-coded colours in admin components: the theme variables (--theme-*) in custom.scss follow light and dark.',
        },
        {
          selector: `:matches(JSXText[value=${UNDRAWN}], Literal[value=${UNDRAWN}], TemplateElement[value.raw=${UNDRAWN}])`,
          message: 'Only Latin (Vietnamese) letters, digits and common punctuation: the admin font draws no other sign.',
        },
      ],
    },
  },

  // the code runs in Node.js (server, scripts, tests) and in the browser (client components)
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
)
