/**
 * Rewrites relative imports that climb three or more folders (`../../../x`) into the `@/` alias when
 * their target is inside src/. Run after moving files or merging a branch:
 *   node --import tsx scripts/alias-imports.ts [folder or file …]   (default: src tests scripts bench)
 * Covers `import … from`, `export … from`, side-effect imports, `import()`, `require()` and `vi.mock()`.
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const srcDir = path.join(root, 'src')
const EXTENSIONS = /\.(ts|tsx|mts|js|mjs|jsx)$/
// generated files keep whatever their generator writes
const SKIP = new Set(['node_modules', '.next', 'migrations', 'importMap.js', 'payload-types.ts'])

// a string literal in an import position whose path starts with three or more `../`
const DEEP_IMPORT =
  /((?:\bfrom|\bimport|\bimport\s*\(|\brequire\s*\(|\bvi\.mock\s*\(|\bvi\.importActual\s*\()\s*)(['"])((?:\.\.\/){3,}[^'"]*)\2/g

function* files(entry: string): Generator<string> {
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    if (EXTENSIONS.test(entry)) yield entry
    return
  }
  for (const name of fs.readdirSync(entry)) if (!SKIP.has(name)) yield* files(path.join(entry, name))
}

/** The `@/…` form of a relative specifier, or null when it points outside src/. */
export function aliasFor(file: string, specifier: string): string | null {
  const target = path.resolve(path.dirname(file), specifier)
  const fromSrc = path.relative(srcDir, target)
  if (fromSrc.startsWith('..') || path.isAbsolute(fromSrc)) return null
  return `@/${fromSrc.split(path.sep).join('/')}`
}

function rewrite(file: string): number {
  const before = fs.readFileSync(file, 'utf8')
  let count = 0
  const after = before.replace(DEEP_IMPORT, (whole, lead: string, quote: string, specifier: string) => {
    const alias = aliasFor(file, specifier)
    if (!alias) {
      console.warn(`${path.relative(root, file)}: ${specifier} is outside src/, left as it is`)
      return whole
    }
    count++
    return `${lead}${quote}${alias}${quote}`
  })
  if (count) fs.writeFileSync(file, after)
  return count
}

const args = process.argv.slice(2)
const entries = (args.length ? args : ['src', 'tests', 'scripts', 'bench'])
  .map((p) => path.resolve(root, p))
  .filter((p) => fs.existsSync(p))
let total = 0
for (const entry of entries) {
  for (const file of files(entry)) {
    const n = rewrite(file)
    if (n) console.log(`${path.relative(root, file)}: ${n}`)
    total += n
  }
}
console.log(`${total} import(s) rewritten`)
