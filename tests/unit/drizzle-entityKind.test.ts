import { entityKind, is } from 'drizzle-orm'
import { PgTable, pgTable, serial } from 'drizzle-orm/pg-core'
import { SQL, sql, StringChunk } from 'drizzle-orm/sql'
import { describe, expect, it } from 'vitest'

/** drizzle's `is` remembers its answer per prototype (patches/): the answers must stay those of the walk it replaces. */
describe("drizzle's entity check", () => {
  class Base {
    static readonly [entityKind]: string = 'TestBase'
  }
  class Derived extends Base {
    static readonly [entityKind]: string = 'TestDerived'
  }
  // the same kind from another copy of the library: recognised by its kind, not by identity
  class BaseFromElsewhere {
    static readonly [entityKind]: string = 'TestBase'
  }

  it('answers the same for the first and the repeated question, for every pair', () => {
    for (let round = 0; round < 3; round++) {
      expect(is(new Derived(), Base)).toBe(true)
      expect(is(new Base(), Derived)).toBe(false)
      expect(is(new BaseFromElsewhere(), Base)).toBe(true)
      expect(is(new Derived(), Derived)).toBe(true)
      expect(is({}, Base)).toBe(false)
      expect(is(null, Base)).toBe(false)
      expect(is('text', Base)).toBe(false)
    }
  })

  it("tells drizzle's own objects apart, as query building relies on", () => {
    const table = pgTable('t', { id: serial('id') })
    const chunk = sql`select 1`
    for (let round = 0; round < 2; round++) {
      expect(is(table, PgTable)).toBe(true)
      expect(is(chunk, SQL)).toBe(true)
      expect(is(chunk, StringChunk)).toBe(false)
      expect(is(chunk.queryChunks[0], StringChunk)).toBe(true)
    }
  })

  it('still refuses a class that is not a drizzle entity, every time', () => {
    class Plain {}
    expect(() => is(new Derived(), Plain as never)).toThrow(/doesn't look like a Drizzle entity/)
    expect(() => is(new Derived(), Plain as never)).toThrow(/doesn't look like a Drizzle entity/)
  })
})
