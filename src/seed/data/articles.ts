import type { SeedArticle } from './types'

/**
 * Bài viết mẫu của các chuyên trang, chuyên mục tuyên truyền điển hình tiên tiến (mục V.1.c của Kế hoạch).
 * Tên tác giả, người được trích lời (ngoài các điển hình) và số liệu trong bài do dữ liệu mẫu đặt.
 * Văn phong theo yêu cầu của Kế hoạch: khách quan, trung thực, tránh cường điệu.
 */
export const articles: SeedArticle[] = [
  {
    slug: 'co-giao-nguyen-thi-hoa-va-lop-hoc-tinh-thuong-o-phuong-kinh-dinh',
    title: 'Cô giáo Nguyễn Thị Hoa và lớp học tình thương ở phường Kinh Dinh',
    outlet: 'bao-ninh-thuan',
    column: 'nguoi-tot-viec-tot',
    unit: 'NT-PRTC-KINHDINH',
    exemplars: ['nguyen-thi-hoa'],
    author: 'Minh Châu',
    publishedAt: '2023-11-19',
    excerpt:
      'Ba buổi tối mỗi tuần, cô giáo tiểu học Nguyễn Thị Hoa mở lớp học miễn phí tại nhà văn hóa khu phố, giúp trẻ em có hoàn cảnh ' +
      'khó khăn ở phường Kinh Dinh theo kịp chương trình ở trường.',
    paragraphs: [
      'Lớp học đặt tại nhà văn hóa khu phố, có bốn dãy bàn ghế cũ và một tấm bảng do Ban điều hành khu phố hỗ trợ. Học trò của cô ' +
        'Nguyễn Thị Hoa là con em các gia đình buôn bán nhỏ, làm thuê; có em phải phụ cha mẹ bán hàng nên thường xuyên nghỉ học, bị ' +
        'hổng kiến thức từ những lớp đầu cấp.',
      'Là giáo viên tiểu học với hơn 20 năm đứng lớp, cô Hoa nhận thấy nhiều em không theo kịp bạn bè không phải vì kém chăm chỉ ' +
        'mà vì ở nhà không có ai kèm cặp. Năm 2017, cô bàn với gia đình và Chi hội Phụ nữ khu phố mở lớp vào các tối thứ Hai, thứ Tư ' +
        'và thứ Sáu, dạy đọc, viết, làm toán và hướng dẫn các em ôn lại bài trên lớp.',
      'Theo sổ theo dõi của lớp, đến nay đã có khoảng 120 lượt em theo học. Năm học 2022 – 2023, lớp duy trì 25 em; cuối năm, 18 ' +
        'em được nhà trường đánh giá hoàn thành tốt nội dung học tập, không em nào bỏ học. Cô Hoa không thu học phí; sách vở, đồ ' +
        'dùng học tập chủ yếu do phụ huynh, đồng nghiệp và một số nhà hảo tâm trong phường góp tặng.',
      'Ông Trương Văn Bảy, Trưởng khu phố, cho biết ngoài giờ học, cô Hoa còn đến từng nhà vận động khi có em nghỉ học dài ngày và ' +
        'phối hợp với Chi hội Phụ nữ xin học bổng cho những em khó khăn nhất. Một số phụ huynh nay đã chủ động đưa đón con và góp ' +
        'sức sửa sang phòng học.',
      'Năm 2023, cô giáo Nguyễn Thị Hoa được công nhận là điển hình tiên tiến trong phong trào thi đua yêu nước của thành phố Phan ' +
        'Rang – Tháp Chàm. Cô cho biết sẽ tiếp tục duy trì lớp và mong có thêm giáo viên trẻ trong phường cùng tham gia để lớp có ' +
        'thể nhận thêm học sinh.',
    ],
    quote:
      'Các em chỉ cần có người ngồi cạnh, chỉ cho từng phép tính, từng nét chữ. Tôi không làm được việc gì lớn, chỉ mong các em ' +
      'không phải bỏ học giữa chừng. — Cô giáo Nguyễn Thị Hoa',
  },
  {
    slug: 'to-doan-ket-khanh-hai-cung-nhau-bam-bien',
    title: 'Tổ đoàn kết khai thác hải sản Khánh Hải: cùng nhau bám biển, hỗ trợ nhau khi gặp nạn',
    outlet: 'bao-ninh-thuan',
    column: 'dien-hinh-tien-tien',
    unit: 'NT-NH-KHANHHAI',
    exemplars: ['to-doan-ket-khai-thac-hai-san-khanh-hai'],
    author: 'Hoàng Nhật',
    publishedAt: '2023-12-14',
    excerpt:
      'Với 12 tàu cá và gần 100 lao động, Tổ đoàn kết khai thác hải sản thị trấn Khánh Hải duy trì việc chia sẻ thông tin ngư ' +
      'trường, hỗ trợ lai dắt tàu gặp sự cố và chấp hành nghiêm quy định về chống khai thác bất hợp pháp.',
    paragraphs: [
      'Tổ đoàn kết khai thác hải sản thị trấn Khánh Hải được thành lập năm 2015, hiện có 12 tàu cá với 96 lao động, chủ yếu làm ' +
        'nghề lưới vây và câu khơi. Các tàu trong tổ thống nhất ra khơi theo nhóm từ ba đến bốn chiếc, giữ liên lạc hằng ngày qua ' +
        'máy thông tin tầm xa để thông báo vị trí, tình hình thời tiết và ngư trường.',
      'Cách làm này phát huy hiệu quả khi có sự cố. Trong năm 2023, các tàu của tổ đã lai dắt ba tàu bị hỏng máy vào bờ an toàn, ' +
        'trong đó có một tàu của ngư dân ngoài tổ, và phối hợp với lực lượng chức năng đưa bảy ngư dân bị nạn vào bờ cấp cứu. Chi ' +
        'phí nhiên liệu cho các chuyến lai dắt do các thành viên cùng góp.',
      'Tổ cũng là một trong những đơn vị thực hiện tốt các quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và ' +
        'không theo quy định. Toàn bộ tàu của tổ đã lắp thiết bị giám sát hành trình, ghi nhật ký khai thác đầy đủ; trong năm không ' +
        'có tàu nào vi phạm vùng biển nước ngoài.',
      'Ông Nguyễn Văn Lành, Tổ trưởng, cho biết tổ có quỹ tương trợ do các chủ tàu đóng góp theo từng chuyến biển, dùng để hỗ trợ ' +
        'gia đình thành viên gặp rủi ro và thăm hỏi khi ốm đau. Những kinh nghiệm này đã được Hội Nghề cá huyện giới thiệu để các tổ ' +
        'đoàn kết khác tham khảo.',
      'Năm 2023, Tổ đoàn kết khai thác hải sản thị trấn Khánh Hải được công nhận là tập thể điển hình tiên tiến của huyện Ninh Hải.',
    ],
    quote:
      'Trên biển, tàu nào gặp nạn thì tàu gần nhất phải đến trước, không phân biệt trong tổ hay ngoài tổ. — Ông Nguyễn Văn Lành, Tổ trưởng',
  },
  {
    slug: 'nghe-nhan-phu-thi-my-giu-nghe-det-tho-cam-lang-my-nghiep',
    title: 'Nghệ nhân Phú Thị Mỹ giữ nghề dệt thổ cẩm làng Mỹ Nghiệp',
    outlet: 'dai-phat-thanh-va-truyen-hinh-ninh-thuan',
    column: 'guong-sang-que-huong',
    unit: 'NT-NP-PHUOCDAN',
    exemplars: ['phu-thi-my'],
    author: 'Thanh Tâm – Quốc Việt',
    publishedAt: '2024-03-28',
    format: 'video',
    excerpt:
      'Phóng sự về nghệ nhân Phú Thị Mỹ, người gắn bó với khung dệt từ năm 15 tuổi và nhiều năm truyền nghề dệt thổ cẩm cho phụ ' +
      'nữ, thanh niên Chăm ở làng Mỹ Nghiệp, thị trấn Phước Dân.',
    paragraphs: [
      'Làng Mỹ Nghiệp, thị trấn Phước Dân, huyện Ninh Phước là một trong những làng nghề dệt thổ cẩm truyền thống của đồng bào ' +
        'Chăm ở Ninh Thuận. Trong làng, nghệ nhân Phú Thị Mỹ được nhiều người biết đến vì vẫn dệt thủ công các hoa văn cổ và kiên ' +
        'trì truyền nghề cho lớp trẻ.',
      'Bà Mỹ học dệt từ mẹ khi 15 tuổi. Theo bà, để dệt được một tấm vải có hoa văn cổ, người thợ phải thuộc cách mắc sợi, đếm sợi ' +
        'cho từng họa tiết; nhiều mẫu hoa văn chỉ còn được lưu giữ qua trí nhớ của những người lớn tuổi trong làng.',
      'Những năm gần đây, bà mở lớp truyền nghề tại nhà, mỗi khóa khoảng ba tháng, chủ yếu cho phụ nữ và thanh niên trong làng. Bà ' +
        'cũng phối hợp với các hộ dệt khác làm thêm sản phẩm nhỏ như khăn, túi, ví để bán cho khách tham quan, giúp người học có ' +
        'thêm thu nhập ngay trong thời gian học nghề.',
      'Với những đóng góp trong việc gìn giữ nghề truyền thống, nghệ nhân Phú Thị Mỹ được công nhận là điển hình tiên tiến năm ' +
        '2023 và năm 2024. Bà cho biết điều mong muốn nhất là có thêm người trẻ theo nghề lâu dài, không chỉ học cho biết.',
    ],
    transcript:
      'Lời dẫn: Tiếng khung dệt vẫn vang lên đều đặn mỗi sáng trong ngôi nhà của nghệ nhân Phú Thị Mỹ ở làng Mỹ Nghiệp. Mấy chục ' +
      'năm gắn bó với nghề, bà vẫn tự tay mắc sợi, đếm sợi cho từng hoa văn.\n\nNghệ nhân Phú Thị Mỹ: Hồi nhỏ tôi ngồi cạnh mẹ, mẹ ' +
      'dệt tới đâu thì nhớ tới đó. Bây giờ tôi dạy lại cho các cháu cũng vậy, dạy chậm mà chắc, sai một sợi là hoa văn lệch ' +
      'liền.\n\nLời dẫn: Mỗi khóa học kéo dài khoảng ba tháng. Ngoài giờ học, các học viên làm khăn, túi nhỏ để bán cho khách đến ' +
      'tham quan làng nghề.\n\nNghệ nhân Phú Thị Mỹ: Tôi chỉ mong các cháu giữ được nghề, để hoa văn của ông bà mình không bị mất.',
  },
  {
    slug: 'diem-dan-dang-van-duc-va-ruong-muoi-trai-bat-o-ca-na',
    title: 'Diêm dân Đặng Văn Đức và những ô ruộng muối trải bạt ở Cà Ná',
    outlet: 'bao-ninh-thuan',
    column: 'guong-sang-giua-doi-thuong',
    unit: 'NT-TN-CANA',
    exemplars: ['dang-van-duc'],
    author: 'Phan Hạnh',
    publishedAt: '2024-09-12',
    excerpt:
      'Chuyển từ làm muối trên nền đất sang trải bạt ô kết tinh, diêm dân Đặng Văn Đức ở xã Cà Ná làm ra muối sạch hơn, bán được ' +
      'giá hơn và hướng dẫn nhiều hộ xung quanh làm theo.',
    paragraphs: [
      'Gia đình ông Đặng Văn Đức có ba đời làm muối ở xã Cà Ná, huyện Thuận Nam. Trước đây, muối được kết tinh trực tiếp trên nền ' +
        'đất nên hạt muối thường lẫn bùn, cát, màu xám; khi thu hoạch phải cào nhiều lần, giá bán thấp và phụ thuộc vào thương lái.',
      'Năm 2020, sau khi tham gia lớp tập huấn của ngành nông nghiệp, ông Đức thử trải bạt nhựa HDPE dưới đáy một ô kết tinh. Vụ ' +
        'đầu, muối trên ô trải bạt trắng và sạch hơn hẳn, thời gian thu hoạch rút ngắn. Từ kết quả đó, ông lần lượt chuyển toàn bộ ' +
        '1,5 ha ruộng muối của gia đình sang sản xuất trên bạt.',
      'Theo ông Đức, muối sạch hiện bán được giá cao hơn muối truyền thống khoảng 20 – 30% tùy thời điểm; chi phí đầu tư bạt có ' +
        'thể thu hồi sau hai đến ba vụ nếu thời tiết thuận lợi. Ông cũng lưu ý bạt phải được vệ sinh, phơi cất đúng cách vào mùa mưa ' +
        'để dùng được nhiều năm.',
      'Ông Đức sẵn sàng chỉ cách làm cho bà con xung quanh, từ cách san nền, trải bạt đến cách dẫn nước chạt. Đến nay, đã có 15 hộ ' +
        'diêm dân trong xã áp dụng cách làm này trên một phần hoặc toàn bộ diện tích ruộng muối.',
      'Năm 2024, ông Đặng Văn Đức được công nhận là điển hình tiên tiến trong phong trào thi đua sản xuất, kinh doanh giỏi của ' +
        'huyện Thuận Nam.',
    ],
    quote:
      'Làm muối sạch cực hơn lúc đầu, nhưng hạt muối đẹp thì người mua tự tìm đến, mình không phải năn nỉ thương lái nữa. — Ông ' +
      'Đặng Văn Đức',
  },
  {
    slug: 'htx-nong-nghiep-nho-thai-an-nhan-rong-san-xuat-vietgap',
    title: 'Hợp tác xã Nông nghiệp nho Thái An mở rộng sản xuất nho, táo theo tiêu chuẩn VietGAP',
    outlet: 'cong-thong-tin-dien-tu-tinh-ninh-thuan',
    column: 'thi-dua-yeu-nuoc',
    unit: 'NT-NH-VINHHAI',
    exemplars: ['htx-nong-nghiep-nho-thai-an'],
    author: 'Ngọc Diệp',
    publishedAt: '2024-12-10',
    excerpt:
      'Hợp tác xã Nông nghiệp nho Thái An ở xã Vĩnh Hải, huyện Ninh Hải được công nhận là tập thể điển hình tiên tiến năm 2024 nhờ ' +
      'tổ chức sản xuất nho, táo theo tiêu chuẩn VietGAP và liên kết tiêu thụ ổn định cho thành viên.',
    paragraphs: [
      'Hợp tác xã Nông nghiệp nho Thái An hiện có 52 thành viên, canh tác khoảng 30 ha nho và táo tại thôn Thái An, xã Vĩnh Hải. ' +
        'Hợp tác xã hướng dẫn thành viên ghi chép nhật ký đồng ruộng, sử dụng phân bón, thuốc bảo vệ thực vật theo đúng quy trình và ' +
        'thời gian cách ly, làm cơ sở để được chứng nhận VietGAP.',
      'Sản phẩm của thành viên được hợp tác xã thu mua, phân loại và bán cho các cửa hàng, siêu thị, doanh nghiệp chế biến trong ' +
        'và ngoài tỉnh. Nhờ có hợp đồng tiêu thụ, giá bán ổn định hơn so với bán lẻ cho thương lái; một phần sản lượng được chế biến ' +
        'thành nho sấy, rượu vang nho để kéo dài thời gian tiêu thụ.',
      'Bên cạnh sản xuất, hợp tác xã phối hợp với các công ty lữ hành đón khách tham quan vườn nho, trải nghiệm thu hái tại vườn. ' +
        'Hoạt động này tạo thêm việc làm thời vụ cho lao động địa phương, nhất là phụ nữ.',
      'Theo đánh giá của Ủy ban nhân dân huyện Ninh Hải, mô hình của Hợp tác xã Thái An phù hợp với chủ trương phát triển kinh tế ' +
        'tập thể trong nông nghiệp, có thể nhân rộng tại các vùng trồng nho, táo khác trong huyện. Năm 2024, hợp tác xã được công ' +
        'nhận là tập thể điển hình tiên tiến.',
      'Thời gian tới, hợp tác xã dự kiến mở rộng diện tích sản xuất theo VietGAP, đầu tư hệ thống tưới nhỏ giọt tiết kiệm nước và ' +
        'xây dựng mã số vùng trồng để đáp ứng yêu cầu của các thị trường khó tính hơn.',
    ],
  },
  {
    slug: 'ho-ong-pinang-thanh-thoat-ngheo-nho-dieu-ghep-va-nuoi-de',
    title: 'Hộ ông Pinăng Thanh thoát nghèo nhờ điều ghép và nuôi dê',
    outlet: 'dai-phat-thanh-va-truyen-hinh-ninh-thuan',
    column: 'nhan-to-moi',
    unit: 'NT-BA-PHUOCBINH',
    exemplars: ['ho-ong-pinang-thanh'],
    author: 'Katơr Thị Lan',
    publishedAt: '2025-04-15',
    format: 'audio',
    excerpt:
      'Chương trình phát thanh giới thiệu cách làm của hộ ông Pinăng Thanh, người Raglai ở xã Phước Bình, huyện Bác Ái: chuyển ' +
      'sang trồng điều ghép, nuôi dê nhốt chuồng và thoát nghèo bền vững.',
    paragraphs: [
      'Gia đình ông Pinăng Thanh ở xã Phước Bình, huyện Bác Ái nhiều năm thuộc diện hộ nghèo. Trước đây, gia đình chủ yếu trồng ' +
        'bắp, mì trên rẫy, năng suất thấp và phụ thuộc vào mưa.',
      'Năm 2019, ông Thanh vay 50 triệu đồng từ Ngân hàng Chính sách xã hội, đồng thời tham gia lớp tập huấn của Trạm Khuyến nông ' +
        'huyện. Ông thay dần 2 ha điều già cỗi bằng giống điều ghép, mua năm con dê giống và làm chuồng nuôi nhốt thay vì thả rông ' +
        'như trước.',
      'Điều ghép cho trái sau khoảng ba năm, năng suất cao hơn giống cũ; đàn dê của gia đình hiện có 25 con, mỗi năm bán được một ' +
        'lứa dê thịt. Năm 2022, hộ ông Thanh thoát nghèo và đã trả hết nợ vay.',
      'Ông Thanh thường chia sẻ cách chăm sóc điều ghép, làm chuồng dê với bà con trong thôn; một số hộ đã đến tận vườn học cách ' +
        'làm. Năm 2024, hộ ông Pinăng Thanh được công nhận là hộ gia đình điển hình tiên tiến trong phong trào thi đua “Cả nước ' +
        'chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.',
    ],
    quote: 'Mình chịu học, chịu làm thì cây điều, con dê nuôi mình được. — Ông Pinăng Thanh',
    transcript:
      'Lời dẫn: Thưa quý vị và các bạn, trong chương trình Nhân tố mới hôm nay, chúng tôi đưa quý vị về xã Phước Bình, huyện Bác ' +
      'Ái, thăm gia đình ông Pinăng Thanh, một hộ đồng bào Raglai đã thoát nghèo nhờ trồng điều ghép và nuôi dê nhốt ' +
      'chuồng.\n\nÔng Pinăng Thanh: Trước nhà tôi trồng bắp, trồng mì, trời không mưa là mất hết. Đi học lớp khuyến nông, thấy ' +
      'người ta làm điều ghép, nuôi dê trong chuồng, tôi về làm theo. Mấy năm đầu cũng cực, giờ thì đỡ rồi.\n\nLời dẫn: Từ 2 ha ' +
      'điều ghép và đàn dê 25 con, năm 2022, gia đình ông đã thoát nghèo và trả hết nợ vay ngân hàng.\n\nÔng Pinăng Thanh: Bà con ' +
      'trong thôn hỏi thì tôi chỉ. Ai muốn làm chuồng dê, tôi qua phụ.',
  },
  {
    slug: 'bac-si-le-thi-thu-va-nhung-chuyen-kham-benh-mien-phi-vung-sau',
    title: 'Bác sĩ Lê Thị Thu và những chuyến khám bệnh miễn phí ở vùng sâu',
    outlet: 'bao-ninh-thuan',
    column: 'dien-hinh-tien-tien',
    unit: 'NT-SYT-BVDK',
    exemplars: ['le-thi-thu'],
    author: 'Bảo Trân',
    publishedAt: '2025-05-20',
    excerpt:
      'Ngoài công việc chuyên môn tại Bệnh viện Đa khoa tỉnh, bác sĩ Lê Thị Thu thường xuyên cùng đồng nghiệp tổ chức khám bệnh, ' +
      'tư vấn sức khỏe miễn phí cho người dân các xã vùng sâu, vùng đồng bào dân tộc thiểu số.',
    paragraphs: [
      'Bác sĩ Lê Thị Thu công tác tại Bệnh viện Đa khoa tỉnh Ninh Thuận. Từ năm 2019, chị cùng một nhóm bác sĩ, điều dưỡng trong ' +
        'bệnh viện duy trì các chuyến khám bệnh miễn phí vào ngày nghỉ cuối tuần tại các xã vùng sâu của huyện Bác Ái, Thuận Bắc và ' +
        'Ninh Sơn.',
      'Mỗi chuyến đi, đoàn khám từ 150 đến 200 người, chủ yếu là người cao tuổi và trẻ em; đo huyết áp, xét nghiệm đường huyết ' +
        'nhanh, tư vấn cách dùng thuốc và phát hiện sớm những trường hợp cần chuyển lên tuyến trên. Thuốc và chi phí đi lại do các ' +
        'thành viên trong nhóm, một số doanh nghiệp và nhà hảo tâm hỗ trợ.',
      'Theo thống kê của nhóm, trong năm 2024 đã có khoảng 2.000 lượt người dân được khám, tư vấn. Nhiều người bệnh tăng huyết áp, ' +
        'đái tháo đường sau lần khám đầu đã được hướng dẫn đăng ký quản lý bệnh tại trạm y tế xã để theo dõi lâu dài.',
      'Đồng nghiệp đánh giá chị Thu tận tụy, nắm vững chuyên môn và luôn kiên nhẫn giải thích cho người bệnh. Trong các buổi khám, ' +
        'chị thường nhờ cán bộ thôn, người có uy tín phiên dịch để người dân Raglai, Chăm hiểu rõ cách dùng thuốc.',
      'Năm 2024, bác sĩ Lê Thị Thu được công nhận là cá nhân điển hình tiên tiến của ngành Y tế tỉnh Ninh Thuận. Chị cho biết nhóm ' +
        'sẽ tiếp tục duy trì các chuyến đi và mong có thêm bác sĩ trẻ tham gia.',
    ],
    quote:
      'Nhiều bà con có bệnh mà không biết, đến khi nặng mới xuống bệnh viện. Mình lên tận nơi, phát hiện sớm được một người là ' +
      'đáng. — Bác sĩ Lê Thị Thu',
  },
  {
    slug: 'phuong-phan-rang-lan-toa-binh-dan-hoc-vu-so-va-phong-chong-ma-tuy',
    title: 'Phường Phan Rang lan tỏa “Bình dân học vụ số” và gương sáng trong phòng, chống ma túy',
    outlet: 'cong-thong-tin-dien-tu-tinh-ninh-thuan',
    column: 'thi-dua-yeu-nuoc',
    unit: 'KH-P-PHANRANG',
    exemplars: ['doan-thanh-nien-phuong-phan-rang', 'tran-minh-tuan'],
    author: 'Quỳnh Như',
    publishedAt: '2025-09-15',
    excerpt:
      'Sau khi sắp xếp đơn vị hành chính, phường Phan Rang (tỉnh Khánh Hòa) tiếp tục nhân rộng mô hình “Bình dân học vụ số” của ' +
      'Đoàn Thanh niên phường và phối hợp với Công an tỉnh tuyên truyền phòng, chống ma túy trong cộng đồng.',
    paragraphs: [
      'Từ ngày 01/7/2025, phường Phan Rang thuộc tỉnh Khánh Hòa đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. ' +
        'Trong những tháng đầu, nhu cầu của người dân về thực hiện thủ tục hành chính trên môi trường số tăng nhanh, đặt ra yêu cầu ' +
        'hướng dẫn trực tiếp cho người cao tuổi và người chưa quen dùng điện thoại thông minh.',
      'Đoàn Thanh niên phường Phan Rang đã thành lập các tổ “Bình dân học vụ số” tại khu phố và Trung tâm Phục vụ hành chính công ' +
        'phường. Đoàn viên hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID, nộp hồ sơ dịch vụ công trực tuyến và ' +
        'thanh toán không dùng tiền mặt. Theo báo cáo của Đoàn phường, từ tháng 7 đến giữa tháng 9/2025, các tổ đã hỗ trợ gần 3.500 ' +
        'lượt người dân.',
      'Cùng với phong trào chuyển đổi số, công tác phòng, chống ma túy trên địa bàn cũng được chú trọng. Anh Trần Minh Tuấn, cán ' +
        'bộ Công an tỉnh Khánh Hòa, là một trong những gương được phường giới thiệu. Anh tham gia nhiều buổi tuyên truyền về tác hại ' +
        'của ma túy, nhất là các loại ma túy tổng hợp trá hình, cho học sinh và đoàn viên thanh niên, đồng thời tham gia đấu tranh ' +
        'các vụ án về ma túy trên địa bàn.',
      'Đoàn Thanh niên phường Phan Rang và anh Trần Minh Tuấn đều được công nhận là điển hình tiên tiến năm 2025. Đại diện Ủy ban ' +
        'nhân dân phường cho biết hai mô hình sẽ được phối hợp thực hiện: các buổi hướng dẫn kỹ năng số cho thanh thiếu niên có thêm ' +
        'nội dung nhận diện thông tin, lời mời chào liên quan đến ma túy trên mạng xã hội.',
    ],
    quote:
      'Nhiều em tiếp cận ma túy qua lời rủ rê trên mạng. Giúp các em biết cách nhận diện và từ chối là việc phải làm thường xuyên, ' +
      'không chỉ trong một đợt cao điểm. — Anh Trần Minh Tuấn',
  },
]
