import { foldVietnamese } from './normalize'

/** "Nguyễn Thị Đào – Hội LHPN" → "nguyen-thi-dao-hoi-lhpn" */
export function slugify(value: string, maxLength = 96): string {
  return foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}
