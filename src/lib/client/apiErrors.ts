/**
 * Turns Payload REST errors into Vietnamese messages for the browser (src/lib/client/api.ts is the only caller).
 * Payload answers `{ errors: [{ message, data?: { errors: [{ message, path }] } }] }`; its messages come in the
 * request's language (English or Payload's own Vietnamese wording), so both are mapped to the site's wording.
 * Messages already written in Vietnamese by our own hooks pass through unchanged.
 */

export interface FieldError {
  path: string
  message: string
}

export interface ApiError {
  /** One sentence for the alert at the top of the form. */
  message: string
  /** Per-field messages keyed by field name. */
  fields: Record<string, string>
}

export const USER_FIELD_LABELS: Record<string, string> = {
  fullName: 'Họ và tên',
  penName: 'Bút danh',
  email: 'Thư điện tử',
  password: 'Mật khẩu',
  employer: 'Cơ quan công tác',
  phone: 'Điện thoại',
  address: 'Địa chỉ',
  token: 'Mã xác thực',
}

const GENERIC = 'Đã xảy ra lỗi. Vui lòng thử lại sau.'

/** Lower-cased, trimmed, without the final full stop and Payload's "Lỗi - " prefix. */
const norm = (s: string) =>
  s
    .normalize('NFC')
    .trim()
    .replace(/^lỗi\s*-\s*/i, '')
    .replace(/[.!]+$/, '')
    .toLowerCase()

const EXACT: [string[], string][] = [
  [
    ['A user with the given email is already registered', 'Người dùng với email đã cho đã được đăng ký'],
    'Địa chỉ thư điện tử này đã được đăng ký. Hãy đăng nhập hoặc dùng chức năng quên mật khẩu.',
  ],
  [['The email or password provided is incorrect', 'Email hoặc mật khẩu không chính xác'], 'Thư điện tử hoặc mật khẩu không đúng.'],
  [
    ['Please verify your email before logging in', 'Vui lòng xác minh email trước khi đăng nhập'],
    'Tài khoản chưa được xác thực. Vui lòng mở liên kết xác thực trong thư chúng tôi đã gửi tới hộp thư của bạn.',
  ],
  [
    ['This user is locked due to having too many failed login attempts', 'Tài khoản đã bị khóa do đăng nhập thất bại nhiều lần'],
    'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ít phút.',
  ],
  [['Verification token is invalid', 'Token dùng để xác thực không hợp lệ'], 'Liên kết xác thực không hợp lệ hoặc đã được sử dụng.'],
  [
    ['Token is either invalid or has expired', 'Token không hợp lệ hoặc đã hết hạn'],
    'Liên kết không hợp lệ hoặc đã hết hạn. Vui lòng yêu cầu một liên kết mới.',
  ],
  [['Token not provided', 'Không có token được cung cấp'], 'Thiếu mã xác thực trong liên kết.'],
  [['Missing email', 'Thiếu email'], 'Vui lòng nhập địa chỉ thư điện tử.'],
  [['Missing required data', 'Thiếu dữ liệu cần thiết'], 'Thiếu thông tin bắt buộc.'],
  [
    ['Please enter a valid email address', 'Địa chỉ email không hợp lệ', 'The email provided is not valid', 'Email không chính xác'],
    'Địa chỉ thư điện tử không hợp lệ.',
  ],
  [['This field is required', 'Trường này là bắt buộc'], 'Vui lòng nhập thông tin này.'],
  [['Value must be unique', 'Giá trị không được trùng lặp'], 'Giá trị này đã được sử dụng.'],
  [
    ['Unauthorized, you must be logged in to make this request', 'Bạn cần phải đăng nhập trước khi thực hiện thao tác này'],
    'Bạn cần đăng nhập để thực hiện thao tác này.',
  ],
  [['You are not allowed to perform this action', 'Bạn không có quyền thực hiện lệnh này'], 'Bạn không có quyền thực hiện thao tác này.'],
  [['This field has an invalid input', 'Dữ liệu nhập vào không hợp lệ'], 'Giá trị nhập vào không hợp lệ.'],
  [
    [
      'An unknown error has occurred',
      'Không xác định (unknown error)',
      'An error has occurred',
      'Đã xảy ra (unspecific error)',
      'Something went wrong',
    ],
    GENERIC,
  ],
  [['Logout failed', 'Đăng xuất thất bại'], 'Đăng xuất không thành công.'],
  [['No User', 'Yêu cầu thiếu thông tin người dùng'], 'Bạn chưa đăng nhập.'],
]

const LOOKUP = new Map<string, string>(EXACT.flatMap(([keys, vi]) => keys.map((k) => [norm(k), vi] as [string, string])))

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/minimum length of (\d+)|độ dài tối thiểu (\d+)/i, (m) => `Cần ít nhất ${m[1] ?? m[2]} ký tự.`],
  [/max(?:imum)? length of (\d+)|ngắn hơn hoặc bằng (\d+)/i, (m) => `Tối đa ${m[1] ?? m[2]} ký tự.`],
  [/^the following fields? (?:is|are) invalid|^(?:lỗi - )?(?:field|những fields) sau không hợp lệ/i, () => 'Một số thông tin chưa hợp lệ.'],
]

/** A Vietnamese sentence for one server message. */
export function translateMessage(message: string | null | undefined, path?: string): string {
  if (!message) return GENERIC
  const key = norm(message)
  if (path === 'email' && (key === norm('Value must be unique') || key === norm('Giá trị không được trùng lặp')))
    return LOOKUP.get(norm('A user with the given email is already registered')) ?? GENERIC
  const exact = LOOKUP.get(key)
  if (exact) return exact
  for (const [re, build] of PATTERNS) {
    const m = message.match(re)
    if (m) return build(m)
  }
  // Our own hooks already speak Vietnamese; anything else unknown gets a generic sentence plus the original text.
  return /[À-ỹđĐ]/.test(message) ? message : `${GENERIC} (${message})`
}

interface PayloadErrorBody {
  errors?: { message?: string; data?: { errors?: { message?: string; path?: string; field?: string }[] } | null }[]
  message?: string
}

/** A failed answer (its status and parsed body, or null when it was not JSON) as a Vietnamese message and per-field messages. */
export function apiError(status: number, json: unknown, fallback = GENERIC): ApiError {
  const body = json && typeof json === 'object' ? (json as PayloadErrorBody) : null
  const fields: Record<string, string> = {}
  const topMessages: string[] = []
  for (const err of body?.errors ?? []) {
    const details = err.data?.errors ?? []
    for (const d of details) {
      const path = d.path ?? d.field
      if (path && !fields[path]) fields[path] = translateMessage(d.message, path)
    }
    if (!details.length && err.message) topMessages.push(translateMessage(err.message))
  }
  if (!body?.errors?.length && body?.message) topMessages.push(translateMessage(body.message))

  const invalid = Object.keys(fields)
  let message: string
  if (invalid.length === 1 && invalid[0] === 'email' && /đã được đăng ký/.test(fields.email)) message = fields.email
  else if (invalid.length) message = `Vui lòng kiểm tra lại: ${invalid.map((p) => USER_FIELD_LABELS[p] ?? p).join(', ')}.`
  else if (topMessages.length) message = [...new Set(topMessages)].join(' ')
  else if (status === 429) message = 'Bạn thao tác quá nhanh. Vui lòng đợi một lát rồi thử lại.'
  else if (status >= 500) message = 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.'
  else message = fallback
  return { message, fields }
}

/** The message for a request that never reached the server. */
export const NETWORK_ERROR = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.'
