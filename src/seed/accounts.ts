import type { Role } from '../domain/roles'

export interface DemoAccount {
  role: Role
  email: string
  fullName: string
  /** which demo unit or outlet the account works for (codes or slugs from the demo data) */
  unitHint?: 'newCommuneWithHistory'
  outletSlugs?: string[]
}

/** One account per role, for trying the platform; the password is printed at start. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'GuongSang@2025'

export const demoAccounts: DemoAccount[] = [
  { role: 'admin', email: 'quantri@guongsang.local', fullName: 'Quản trị hệ thống' },
  { role: 'organizer', email: 'sonoivu@guongsang.local', fullName: 'Trần Thị Thu Hà (Sở Nội vụ)' },
  { role: 'editor', email: 'bientap@guongsang.local', fullName: 'Lê Minh Quân (Biên tập viên)', outletSlugs: ['bao-ninh-thuan'] },
  { role: 'unitOfficer', email: 'canbo.xa@guongsang.local', fullName: 'Phạm Văn Lộc (Cán bộ xã)', unitHint: 'newCommuneWithHistory' },
  { role: 'judge', email: 'giamkhao@guongsang.local', fullName: 'Nguyễn Hữu Tâm (Giám khảo)' },
  { role: 'journalist', email: 'phongvien@guongsang.local', fullName: 'Đỗ Thị Mai Anh (Phóng viên)' },
]
