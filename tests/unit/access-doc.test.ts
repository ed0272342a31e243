import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderAccessDoc } from '../../src/access/doc'

describe('docs/ACCESS.md', () => {
  it('is the access table as printed by `npm run docs:access` (run it after changing src/access/table.ts)', () => {
    const file = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/ACCESS.md'), 'utf8')
    expect(file).toBe(renderAccessDoc())
  })
})
