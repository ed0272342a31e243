import fs from 'node:fs'
import { processTree } from './memory'

// clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux)
const TICKS = 100

export interface CpuSnapshot {
  /** seconds of CPU used so far by the web processes, PostgreSQL, nginx, and this process (the clients) */
  web: number
  postgres: number
  nginx: number
  clients: number
  /** seconds the machine's cores were busy (not idle, not waiting for disk), and seconds elapsed over all cores */
  machineBusy: number
  machineTotal: number
}

const readOr = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return '' // the process ended between the listing and the read
  }
}

/** utime + stime of one process, in seconds (fields 14 and 15 of /proc/<pid>/stat, after the command's name). */
function processSeconds(pid: number): number {
  const stat = readOr(`/proc/${pid}/stat`)
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return stat ? (Number(fields[11]) + Number(fields[12])) / TICKS : 0
}

const named = (name: string) =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && readOr(`/proc/${p}/comm`).trim() === name)
    .reduce((s, p) => s + processSeconds(Number(p)), 0)

/**
 * Where the machine's CPU has gone so far (Linux /proc): two snapshots around a burst tell which process the
 * work fell on and whether the cores were saturated. Every PostgreSQL and nginx process of the machine counts.
 */
export function cpuSnapshot(webPids: readonly number[]): CpuSnapshot {
  const [, ...ticks] = readOr('/proc/stat').split('\n')[0].trim().split(/\s+/).map(Number)
  const total = ticks.slice(0, 8).reduce((s, t) => s + t, 0)
  const usage = process.cpuUsage()
  return {
    web: webPids.flatMap(processTree).reduce((s, p) => s + processSeconds(p), 0),
    postgres: named('postgres'),
    nginx: named('nginx'),
    clients: (usage.user + usage.system) / 1e6,
    machineBusy: (total - ticks[3] - ticks[4]) / TICKS,
    machineTotal: total / TICKS,
  }
}

/** What was used between two snapshots. */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot): CpuSnapshot {
  const keys = Object.keys(a) as (keyof CpuSnapshot)[]
  return Object.fromEntries(keys.map((k) => [k, b[k] - a[k]])) as unknown as CpuSnapshot
}
