import type { SeedOutlet } from './types'

/**
 * Cơ quan báo chí, truyền thông của tỉnh được Kế hoạch giao mở chuyên trang, chuyên mục
 * tuyên truyền điển hình tiên tiến (mục V.1.c). Tên chuyên mục do dữ liệu mẫu đặt.
 * Cơ quan báo chí đi theo cây đơn vị: các cơ quan của tỉnh Ninh Thuận dừng hoạt động cùng tỉnh (30/6/2025), các cơ quan
 * của tỉnh Khánh Hòa (mới) hoạt động từ 01/7/2025.
 */
export const outlets: SeedOutlet[] = [
  {
    slug: 'bao-ninh-thuan',
    unit: 'NT',
    validFrom: '2020-01-01',
    validTo: '2025-06-30',
    name: 'Báo Ninh Thuận',
    kind: 'newspaper',
    website: 'https://baoninhthuan.com.vn',
    description:
      'Cơ quan ngôn luận của Đảng bộ tỉnh Ninh Thuận, xuất bản báo in và báo điện tử; phối hợp với Sở Nội vụ duy trì các chuyên ' +
      'mục tuyên truyền gương người tốt, việc tốt và điển hình tiên tiến.',
    columns: [
      {
        slug: 'guong-sang-giua-doi-thuong',
        name: 'Gương sáng giữa đời thường',
        description:
          'Chân dung những con người bình dị ở cơ sở: nông dân, ngư dân, diêm dân, người lao động, cán bộ thôn, khu phố có việc ' +
          'làm đẹp, lan tỏa trong cộng đồng.',
      },
      {
        slug: 'nguoi-tot-viec-tot',
        name: 'Người tốt, việc tốt',
        description:
          'Ghi nhận những hành động nghĩa hiệp, tấm lòng tương thân tương ái, mô hình giúp nhau thoát nghèo, bảo đảm an sinh xã hội.',
      },
      {
        slug: 'dien-hinh-tien-tien',
        name: 'Điển hình tiên tiến',
        description:
          'Giới thiệu các tập thể, cá nhân điển hình tiên tiến đã được cấp có thẩm quyền công nhận, khen thưởng trong các phong ' +
          'trào thi đua yêu nước.',
      },
    ],
  },
  {
    slug: 'dai-phat-thanh-va-truyen-hinh-ninh-thuan',
    unit: 'NT',
    validFrom: '2020-01-01',
    validTo: '2025-06-30',
    name: 'Đài Phát thanh và Truyền hình Ninh Thuận',
    kind: 'broadcaster',
    website: 'https://ninhthuantv.vn',
    description:
      'Đài phát thanh, truyền hình của tỉnh, phát sóng bằng tiếng Việt, tiếng Chăm và tiếng Raglai; sản xuất phóng sự, chương ' +
      'trình phát thanh về phong trào thi đua yêu nước và gương điển hình tiên tiến.',
    columns: [
      {
        slug: 'nhan-to-moi',
        name: 'Nhân tố mới',
        description: 'Chương trình phát thanh giới thiệu những nhân tố mới, mô hình mới đang được phát hiện, bồi dưỡng tại cơ sở.',
      },
      {
        slug: 'guong-sang-que-huong',
        name: 'Gương sáng quê hương',
        description: 'Phóng sự truyền hình về những tấm gương điển hình tiên tiến trên các lĩnh vực của đời sống xã hội ở Ninh Thuận.',
      },
    ],
  },
  {
    slug: 'cong-thong-tin-dien-tu-tinh-ninh-thuan',
    unit: 'NT',
    validFrom: '2020-01-01',
    validTo: '2025-06-30',
    name: 'Cổng thông tin điện tử tỉnh Ninh Thuận',
    kind: 'portal',
    website: 'https://ninhthuan.gov.vn',
    description:
      'Cổng thông tin điện tử của Ủy ban nhân dân tỉnh Ninh Thuận; đăng tải thông tin chỉ đạo, điều hành và kết quả phong trào thi ' +
      'đua yêu nước của các sở, ngành, địa phương.',
    columns: [
      {
        slug: 'thi-dua-yeu-nuoc',
        name: 'Thi đua yêu nước',
        description:
          'Tin, bài về phong trào thi đua yêu nước, công tác khen thưởng và việc nhân rộng điển hình tiên tiến của các cơ quan, ' +
          'đơn vị, địa phương trong tỉnh.',
      },
    ],
  },
  {
    slug: 'bao-va-phat-thanh-truyen-hinh-khanh-hoa',
    unit: 'KH',
    validFrom: '2025-07-01',
    name: 'Báo và Phát thanh, Truyền hình Khánh Hòa',
    kind: 'newspaper',
    website: 'https://baokhanhhoa.vn',
    description:
      'Cơ quan báo chí của tỉnh Khánh Hòa sau sắp xếp (từ 01/7/2025), xuất bản báo in, báo điện tử và phát thanh, truyền hình; ' +
      'tiếp nối các chuyên mục tuyên truyền điển hình tiên tiến của báo, đài hai tỉnh cũ.',
    columns: [
      {
        slug: 'guong-sang-khanh-hoa',
        name: 'Gương sáng Khánh Hòa',
        description: 'Chân dung tập thể, cá nhân điển hình tiên tiến trên địa bàn tỉnh Khánh Hòa sau sắp xếp, từ miền biển đến vùng cao.',
      },
    ],
  },
  {
    slug: 'cong-thong-tin-dien-tu-tinh-khanh-hoa',
    unit: 'KH',
    validFrom: '2025-07-01',
    name: 'Cổng thông tin điện tử tỉnh Khánh Hòa',
    kind: 'portal',
    website: 'https://khanhhoa.gov.vn',
    description:
      'Cổng thông tin điện tử của Ủy ban nhân dân tỉnh Khánh Hòa; đăng tải thông tin chỉ đạo, điều hành và kết quả phong trào thi ' +
      'đua yêu nước của các sở, ngành, địa phương trong tỉnh.',
    columns: [
      {
        slug: 'thi-dua-khen-thuong-khanh-hoa',
        name: 'Thi đua, khen thưởng',
        description: 'Tin, bài về phong trào thi đua yêu nước, công tác khen thưởng và nhân rộng điển hình tiên tiến của tỉnh Khánh Hòa.',
      },
    ],
  },
]
