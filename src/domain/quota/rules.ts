/** The named counting rules a plan's target row can use. Each is defined precisely in its own file. */
export const COUNTING_RULES = {
  recognised: {
    short: 'được công nhận',
    vi: 'Điển hình được công nhận trong năm (tập thể, cá nhân tiêu biểu)',
    en: 'Exemplars recognised in the year',
  },
  propagated: {
    short: 'được phổ biến, nhân rộng',
    vi: 'Điển hình được phổ biến, nhân rộng trong năm (được công nhận và có bài đăng hoặc sự kiện tôn vinh trong năm)',
    en: 'Exemplars propagated in the year (recognised and featured in a published article or an event that year)',
  },
} as const
export type CountingRule = keyof typeof COUNTING_RULES
