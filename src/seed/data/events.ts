import type { SeedEvent } from './types'

/**
 * Hoạt động giao lưu, tôn vinh, tọa đàm, tập huấn về điển hình tiên tiến (mục IV.3 và V của Kế hoạch).
 * Mỗi hoạt động gắn với đơn vị còn hiệu lực vào ngày tổ chức: mã NT- đến 30/6/2025, mã KH- từ 01/7/2025.
 * Tên, ngày và số người tham dự do dữ liệu mẫu đặt.
 */
export const events: SeedEvent[] = [
  {
    title: 'Tuyên dương phụ nữ tiêu biểu nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    kind: 'honouring',
    unit: 'NT-HLHPN',
    date: '2023-10-18',
    format: 'inPerson',
    exemplars: ['nguyen-thi-hoa', 'phu-thi-my'],
    participants: 220,
    summary:
      'Hội Liên hiệp Phụ nữ tỉnh tuyên dương các hội viên phụ nữ tiêu biểu trên các lĩnh vực giáo dục, gìn giữ văn hóa truyền ' +
      'thống và phát triển kinh tế. Cô giáo Nguyễn Thị Hoa chia sẻ về lớp học tình thương ở phường Kinh Dinh; nghệ nhân Phú Thị Mỹ ' +
      'giới thiệu việc truyền nghề dệt thổ cẩm cho phụ nữ Chăm làng Mỹ Nghiệp.',
  },
  {
    title: 'Giao lưu ngư dân điển hình bám biển huyện Ninh Hải năm 2023',
    kind: 'exchange',
    unit: 'NT-NH',
    date: '2023-12-20',
    format: 'inPerson',
    exemplars: ['to-doan-ket-khai-thac-hai-san-khanh-hai'],
    participants: 150,
    summary:
      'Ủy ban nhân dân huyện Ninh Hải tổ chức buổi giao lưu giữa các tổ đoàn kết khai thác hải sản với lực lượng Biên phòng và Hội ' +
      'Nghề cá huyện. Đại diện Tổ đoàn kết thị trấn Khánh Hải chia sẻ cách tổ chức ra khơi theo nhóm, hỗ trợ lai dắt tàu gặp sự cố ' +
      'và thực hiện quy định chống khai thác hải sản bất hợp pháp.',
  },
  {
    title: 'Tọa đàm trực tuyến “Thanh niên tiếp nối nghề truyền thống quê hương”',
    kind: 'talk',
    unit: 'NT-TD',
    date: '2024-03-22',
    format: 'online',
    exemplars: ['phu-thi-my'],
    participants: 420,
    summary:
      'Nhân kỷ niệm 93 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh, Tỉnh Đoàn tổ chức tọa đàm trực tuyến với các cơ sở ' +
      'Đoàn trong tỉnh. Nghệ nhân Phú Thị Mỹ trao đổi với đoàn viên về việc học nghề dệt thổ cẩm và những khó khăn khi thu hút ' +
      'người trẻ theo nghề lâu dài.',
  },
  {
    title: 'Tập huấn nghiệp vụ phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến năm 2024',
    kind: 'training',
    unit: 'NT-SNV',
    date: '2024-10-15',
    format: 'combined',
    exemplars: ['htx-nong-nghiep-nho-thai-an'],
    participants: 140,
    summary:
      'Sở Nội vụ tập huấn cho cán bộ làm công tác thi đua, khen thưởng của các sở, ngành, huyện, thành phố, kết hợp trực tiếp và ' +
      'trực tuyến đến điểm cầu cấp huyện. Nội dung gồm quy trình phát hiện, theo dõi, bồi dưỡng điển hình và cách viết báo cáo ' +
      'thành tích bảo đảm trung thực; đại diện Hợp tác xã Nông nghiệp nho Thái An chia sẻ kinh nghiệm xây dựng mô hình sản xuất ' +
      'theo tiêu chuẩn VietGAP.',
  },
  {
    title: 'Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước tỉnh Ninh Thuận năm 2024',
    kind: 'honouring',
    unit: 'NT-SNV',
    date: '2024-12-18',
    format: 'inPerson',
    exemplars: ['dang-van-duc', 'htx-nong-nghiep-nho-thai-an', 'ho-ong-pinang-thanh', 'le-thi-thu'],
    participants: 300,
    summary:
      'Hội nghị biểu dương các tập thể, cá nhân, hộ gia đình được công nhận điển hình tiên tiến năm 2024 trên các lĩnh vực sản ' +
      'xuất, kinh doanh, giảm nghèo bền vững và chăm sóc sức khỏe nhân dân. Các điển hình trao đổi kinh nghiệm; Sở Nội vụ đề nghị ' +
      'các địa phương tiếp tục theo dõi, hỗ trợ để nhân rộng những cách làm hiệu quả.',
  },
  {
    title: 'Giao lưu nghệ nhân dệt thổ cẩm với học sinh huyện Ninh Phước',
    kind: 'exchange',
    unit: 'NT-NP',
    date: '2025-03-14',
    format: 'inPerson',
    exemplars: ['phu-thi-my'],
    participants: 180,
    summary:
      'Ủy ban nhân dân huyện Ninh Phước phối hợp với các trường trung học cơ sở tổ chức cho học sinh tham quan làng nghề dệt thổ ' +
      'cẩm Mỹ Nghiệp. Nghệ nhân Phú Thị Mỹ hướng dẫn học sinh nhận biết một số hoa văn truyền thống của người Chăm và thực hành ' +
      'các thao tác dệt cơ bản.',
  },
  {
    title: 'Tọa đàm “Chung tay chăm lo trẻ em có hoàn cảnh khó khăn” tại thành phố Phan Rang – Tháp Chàm',
    kind: 'talk',
    unit: 'NT-PRTC',
    date: '2025-05-30',
    format: 'combined',
    exemplars: ['nguyen-thi-hoa', 'le-thi-thu'],
    participants: 160,
    summary:
      'Hưởng ứng Tháng hành động vì trẻ em năm 2025, Ủy ban nhân dân thành phố tổ chức tọa đàm trực tiếp, đồng thời truyền trực ' +
      'tuyến đến các phường, xã. Cô giáo Nguyễn Thị Hoa và bác sĩ Lê Thị Thu chia sẻ kinh nghiệm hỗ trợ học tập, chăm sóc sức khỏe ' +
      'cho trẻ em khó khăn; đại biểu thảo luận cách huy động nguồn lực xã hội để duy trì các mô hình lâu dài.',
  },
  {
    title: 'Giao lưu điển hình tiên tiến phường Phan Rang năm 2025',
    kind: 'exchange',
    unit: 'KH-P-PHANRANG',
    date: '2025-09-26',
    format: 'combined',
    exemplars: ['doan-thanh-nien-phuong-phan-rang', 'tran-minh-tuan'],
    participants: 200,
    summary:
      'Buổi giao lưu đầu tiên về điển hình tiên tiến của phường Phan Rang sau khi sắp xếp đơn vị hành chính, tổ chức trực tiếp tại ' +
      'hội trường phường và trực tuyến qua trang của Đoàn Thanh niên phường. Đại diện Đoàn Thanh niên phường giới thiệu kết quả mô ' +
      'hình “Bình dân học vụ số”; anh Trần Minh Tuấn, Công an tỉnh Khánh Hòa, trao đổi với đoàn viên, học sinh về cách nhận diện ' +
      'và phòng tránh ma túy.',
  },
]
