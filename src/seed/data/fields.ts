import type { SeedField } from './types'

/**
 * 14 lĩnh vực của đời sống xã hội theo mục IV.2.c Kế hoạch tổ chức thực hiện Đề án
 * “Tuyên truyền gương điển hình tiên tiến giai đoạn 2022 - 2025” trên địa bàn tỉnh Ninh Thuận.
 * `description` giữ nguyên văn từng gạch đầu dòng của Kế hoạch, đúng thứ tự.
 */
export const fields: SeedField[] = [
  {
    code: 'dang-chinh-quyen',
    name: { vi: 'Xây dựng Đảng, chính quyền, đoàn thể', en: 'Building the Party, government and mass organisations' },
    description:
      'Trong lĩnh vực xây dựng Đảng, chính quyền, đoàn thể: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong xây dựng, ' +
      'phát triển Đảng, chính quyền, đoàn thể, dám nghĩ, dám làm, dám chịu trách nhiệm, có tinh thần đấu tranh phòng, chống tham ' +
      'nhũng, tiêu cực, là điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
  },
  {
    code: 'quoc-phong-an-ninh',
    name: { vi: 'Quốc phòng, an ninh', en: 'National defence and security' },
    description:
      'Trong lĩnh vực quốc phòng, an ninh: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công tác huấn luyện, sẵn ' +
      'sàng chiến đấu, xây dựng đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu”, tham gia phòng, chống thiên tai, dịch bệnh; đấu ' +
      'tranh phòng, chống tội phạm và tệ nạn xã hội, giữ vững an ninh chính trị, trật tự an toàn xã hội.',
  },
  {
    code: 'cong-thuong-xay-dung-giao-thong',
    name: { vi: 'Công thương, xây dựng, giao thông vận tải', en: 'Industry and trade, construction, transport' },
    description:
      'Trong lĩnh vực công thương, xây dựng, giao thông vận tải: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công ' +
      'tác bảo đảm lưu thông hàng hóa và xuất khẩu; phát triển thương mại điện tử, tăng cường quản lý thị trường..., phát huy sáng ' +
      'kiến, cải tiến kỹ thuật, thực hành tiết kiệm, chống lãng phí, ứng dụng khoa học và công nghệ.',
  },
  {
    code: 'nong-nghiep',
    name: { vi: 'Nông nghiệp', en: 'Agriculture' },
    description:
      'Trong lĩnh vực nông nghiệp: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công tác sản xuất nông nghiệp ' +
      'sạch, nông nghiệp hữu cơ, nông nghiệp công nghệ cao, nông nghiệp sinh thái và trong xây dựng nông thôn mới.',
  },
  {
    code: 'tai-chinh-ngan-hang',
    name: { vi: 'Tài chính, ngân hàng', en: 'Finance and banking' },
    description:
      'Trong lĩnh vực tài chính, ngân hàng: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công tác hiện đại hóa ' +
      'công nghệ ngân hàng, phát triển thương hiệu, sản phẩm, dịch vụ; thu ngân sách nhà nước...',
  },
  {
    code: 'y-te',
    name: { vi: 'Y tế', en: 'Health care' },
    description:
      'Trong lĩnh vực y tế: Quan tâm phát hiện, xây dựng những điển hình tiên tiến có chuyên môn vững vàng gắn liền với y đức tốt ' +
      'trong tất cả các lĩnh vực của ngành y tế góp phần nâng cao sức khỏe cả về thể chất và tinh thần, tầm vóc, tuổi thọ, chất ' +
      'lượng cuộc sống của người Việt Nam; xây dựng hệ thống y tế công bằng, chất lượng, hiệu quả và hội nhập quốc tế.',
  },
  {
    code: 'giao-duc-dao-tao',
    name: { vi: 'Giáo dục và đào tạo', en: 'Education and training' },
    description:
      'Trong lĩnh vực giáo dục và đào tạo: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong việc nâng cao chất lượng, ' +
      'hiệu quả giáo dục, đào tạo, giảng dạy, học tập, phát triển giáo dục toàn diện.',
  },
  {
    code: 'khoa-hoc-cong-nghe',
    name: { vi: 'Khoa học và công nghệ', en: 'Science and technology' },
    description:
      'Trong lĩnh vực khoa học và công nghệ: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong phát huy tiềm lực khoa ' +
      'học và công nghệ quốc gia, thúc đẩy hoạt động đổi mới, sáng tạo; phát huy năng lực, trí tuệ tập thể, cá nhân.',
  },
  {
    code: 'van-hoa-nghe-thuat-the-thao',
    name: { vi: 'Văn hóa, nghệ thuật, thể dục thể thao', en: 'Culture, arts, physical education and sport' },
    description:
      'Trong lĩnh vực văn hóa, nghệ thuật, thể dục thể thao: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong việc lan ' +
      'tỏa, tôn vinh các giá trị chân - thiện - mỹ, đưa văn hóa thực sự trở thành sức mạnh nội sinh trong phát triển kinh tế, xã ' +
      'hội của tỉnh, đất nước.',
  },
  {
    code: 'doi-ngoai',
    name: { vi: 'Đối ngoại', en: 'External relations' },
    description:
      'Trong lĩnh vực đối ngoại: Quan tâm phát hiện, xây dựng những điển hình tiên tiến có cách làm sáng tạo, đổi mới tư duy, tạo ' +
      'chuyển biến mạnh mẽ trong hợp tác quốc tế trên các lĩnh vực kinh tế, khoa học, công nghệ, giáo dục, lao động, giao lưu nhân ' +
      'dân, chống biến đổi khí hậu..., lồng ghép các mục tiêu phát triển vào nhiệm vụ đối ngoại.',
  },
  {
    code: 'thong-tin-truyen-thong',
    name: { vi: 'Thông tin và truyền thông', en: 'Information and communications' },
    description:
      'Trong lĩnh vực thông tin và truyền thông: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong lĩnh vực ứng dụng ' +
      'công nghệ thông tin, chuyển đổi số, công nghiệp công nghệ số, bảo đảm an toàn, an ninh mạng, xây dựng kinh tế số và xã hội ' +
      'số; các điển hình tiên tiến trong lĩnh vực báo chí, truyền thông.',
  },
  {
    code: 'cai-cach-hanh-chinh',
    name: { vi: 'Cải cách hành chính', en: 'Administrative reform' },
    description:
      'Trong lĩnh vực cải cách hành chính: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong thực hiện chương trình cải ' +
      'cách hành chính góp phần xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, có năng ' +
      'lực kiến tạo phát triển, liêm chính, phục vụ nhân dân.',
  },
  {
    code: 'an-sinh-xa-hoi',
    name: { vi: 'An sinh xã hội', en: 'Social security and welfare' },
    description:
      'Trong lĩnh vực an sinh xã hội: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công tác giảm nghèo, bảo đảm an ' +
      'sinh xã hội, từ thiện nhân đạo, đảm bảo sự gắn kết chặt chẽ, hài hòa giữa phát triển kinh tế với nâng cao đời sống vật chất ' +
      'và tinh thần cho người dân.',
  },
  {
    code: 'doi-song-xa-hoi',
    name: { vi: 'Đời sống xã hội', en: 'Social life' },
    description:
      'Trong đời sống xã hội: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong quần chúng Nhân dân, nhất là người trực ' +
      'tiếp lao động, sản xuất, gương mẫu xây dựng đời sống văn hóa, tích cực tham gia bảo vệ môi trường, phòng chống thiên tai, ' +
      'dịch bệnh...',
  },
]
