/**
 * What a production start needs from its environment. Without a public URL every absolute link (sitemap, RSS,
 * canonical, Open Graph, mail) would point at localhost; with the development secret anyone could sign sessions.
 */
export const DEVELOPMENT_SECRET = 'guong-sang-development-secret-change-me'

export function productionEnvProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = []
  const url = env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (!url) {
    problems.push(
      'Chưa đặt NEXT_PUBLIC_SERVER_URL (địa chỉ công khai của trang, ví dụ https://guongsang.example.vn). / NEXT_PUBLIC_SERVER_URL ' +
        'is not set (the public address of the site).',
    )
  } else if (!/^https?:\/\/[^/\s]+/.test(url)) {
    problems.push(
      `NEXT_PUBLIC_SERVER_URL không hợp lệ: "${url}" (cần dạng https://ten-mien). / NEXT_PUBLIC_SERVER_URL is not a URL: "${url}".`,
    )
  }
  const secret = env.PAYLOAD_SECRET
  if (!secret || secret === DEVELOPMENT_SECRET) {
    problems.push(
      'Chưa đặt PAYLOAD_SECRET (khóa bí mật ký phiên đăng nhập, chuỗi ngẫu nhiên dài). / PAYLOAD_SECRET is not set (a long random string).',
    )
  }
  return problems
}

/** One message for the console: what is missing and how to fix it. */
export const productionEnvMessage = (problems: string[]) =>
  ['Không thể khởi động bản triển khai / cannot start in production:', ...problems.map((p) => `  - ${p}`)].join('\n')
