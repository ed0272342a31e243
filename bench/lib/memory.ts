import fs from 'node:fs'

const kbOf = (status: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)

/** A process and its descendants (`next start` may run its server in a child), from /proc (Linux). */
export function processTree(pid: number): number[] {
  const read = (p: number) => fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)
  try {
    return [pid, ...read(pid).flatMap(processTree)]
  } catch {
    return []
  }
}

/** Resident memory of a process tree in MB; 0 where /proc cannot be read. */
export function residentMb(pid: number): number {
  let kb = 0
  for (const p of processTree(pid)) {
    try {
      kb += kbOf(fs.readFileSync(`/proc/${p}/status`, 'utf8'), 'VmRSS')
    } catch {
      // the process ended between the listing and the read
    }
  }
  return kb / 1024
}

/**
 * Samples the resident memory of one or more process trees (summed: several web processes of one deployment) until
 * stopped: what they held at the start and at their peak.
 */
export function watchMemory(pids: readonly number[], everyMs = 100): { stop: () => { startMb: number; peakMb: number } } {
  const total = () => pids.reduce((mb, pid) => mb + residentMb(pid), 0)
  const startMb = total()
  let peakMb = startMb
  const timer = setInterval(() => (peakMb = Math.max(peakMb, total())), everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return { startMb, peakMb: Math.max(peakMb, total()) }
    },
  }
}
