import type { GlobalConfig } from 'payload'
import { globalAccess } from '../access/table'
import { hiddenFor } from '../access/navigation'
import { refreshSiteSettings } from './hooks/refreshSiteSettings'

/** Branding that changes with the province and its reorganisations: edited in the admin, never in code. */
export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: { vi: 'Cấu hình trang', en: 'Site settings' },
  admin: { group: { vi: 'Hệ thống', en: 'System' }, hidden: hiddenFor('siteSettings') },
  access: globalAccess('siteSettings'),
  hooks: { afterChange: [refreshSiteSettings] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Gương Sáng',
      localized: true,
      label: { vi: 'Tên trang', en: 'Site name' },
    },
    { name: 'tagline', type: 'text', localized: true, label: { vi: 'Khẩu hiệu', en: 'Tagline' } },
    { name: 'provinceName', type: 'text', localized: true, label: { vi: 'Tên tỉnh', en: 'Province name' } },
    { name: 'publisher', type: 'text', localized: true, label: { vi: 'Cơ quan chủ quản', en: 'Publisher' } },
    { name: 'emblem', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng', en: 'Emblem' } },
    { name: 'contactEmail', type: 'email', label: { vi: 'Thư điện tử liên hệ', en: 'Contact email' } },
    { name: 'footer', type: 'textarea', localized: true, label: { vi: 'Chân trang', en: 'Footer' } },
  ],
}
