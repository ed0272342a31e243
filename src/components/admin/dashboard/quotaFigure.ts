import type { Figure } from '@/server/dashboard/types'

/** How many units met this year's targets, of those in view, as a figure that opens the quota page for that year. */
export function quotaFigure(
  key: string,
  year: number,
  quota: { units: number; met: number; short: number },
  note: string | undefined,
): Figure {
  return {
    key,
    label: `Đơn vị đạt chỉ tiêu năm ${year}`,
    value: quota.met,
    total: quota.units,
    href: `/admin/chi-tieu?nam=${year}`,
    attention: quota.short > 0,
    note,
  }
}
