import fs from 'node:fs'
import path from 'node:path'
import { renderAccessDoc } from '../src/access/doc'

/** Prints docs/ACCESS.md from the access table. */
const file = path.resolve(import.meta.dirname, '..', 'docs', 'ACCESS.md')
fs.writeFileSync(file, renderAccessDoc())
console.log(`Đã ghi ${path.relative(process.cwd(), file)}`)
