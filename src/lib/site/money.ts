const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 })

/** 10000000 → "10.000.000 ₫" */
export function formatVnd(amount: number | null | undefined): string {
  return typeof amount === 'number' && Number.isFinite(amount) ? vnd.format(amount) : ''
}
