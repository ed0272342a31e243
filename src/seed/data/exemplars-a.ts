import type { SeedExemplar } from './types'

/**
 * 10 điển hình “neo” của dữ liệu mẫu: các bài viết, sự kiện và kiểm thử tham chiếu đến đúng các slug này.
 * Họ tên cá nhân, hộ gia đình là hư cấu; số liệu mang tính minh họa.
 */
export const exemplarsA: SeedExemplar[] = [
  {
    slug: 'nguyen-thi-hoa',
    kind: 'individual',
    name: 'Nguyễn Thị Hoa',
    unit: 'NT-PRTC-KINHDINH',
    fields: ['giao-duc-dao-tao', 'an-sinh-xa-hoi'],
    status: 'provincial',
    discoveredOn: '2023-03-15',
    recognisedYears: [2023, 2024],
    summary:
      'Giáo viên tiểu học hơn 10 năm duy trì lớp học tình thương miễn phí cho trẻ em có hoàn cảnh khó khăn trên địa bàn phường Kinh Dinh.',
    achievements: [
      'Là giáo viên Trường Tiểu học Kinh Dinh với 22 năm đứng lớp, từ năm 2012 cô Nguyễn Thị Hoa mở lớp học tình thương vào các ' +
        'buổi tối thứ Hai, thứ Tư, thứ Sáu tại nhà văn hóa khu phố. Lớp học không thu bất kỳ khoản phí nào, tập trung dạy đọc, viết, ' +
        'làm toán và kỹ năng sống cho con em các gia đình buôn bán nhỏ, lao động tự do, những em nhỏ theo cha mẹ từ các huyện lên ' +
        'thành phố làm thuê.',
      'Hơn 10 năm qua, lớp học đã đón 315 lượt học sinh, trong đó 87 em chưa từng đến trường được cô hỗ trợ làm thủ tục nhập học ' +
        'đúng độ tuổi; 100% học sinh theo lớp hoàn thành chương trình tiểu học. Cô còn vận động các nhà hảo tâm trao tặng 460 bộ ' +
        'sách giáo khoa, 120 chiếc áo ấm và 35 suất học bổng, mỗi suất 2 triệu đồng/năm.',
      'Năm học 2022 - 2023, cô đạt danh hiệu Chiến sĩ thi đua cơ sở lần thứ tư liên tiếp; năm 2024 được Chủ tịch UBND tỉnh tặng ' +
        'Bằng khen vì có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Mô hình lớp học ' +
        'tình thương của cô được Hội Khuyến học tỉnh nhân rộng ra 6 khu phố của thành phố Phan Rang - Tháp Chàm.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'khu phố 2, phường Kinh Dinh, thành phố Phan Rang - Tháp Chàm',
    sources: [{ title: 'Hồ sơ đề nghị tuyên dương điển hình tiên tiến của UBND phường Kinh Dinh năm 2023' }],
  },
  {
    slug: 'dang-van-duc',
    kind: 'individual',
    name: 'Đặng Văn Đức',
    unit: 'NT-TN-CANA',
    fields: ['nong-nghiep', 'khoa-hoc-cong-nghe'],
    status: 'recognised',
    discoveredOn: '2024-02-20',
    recognisedYears: [2024],
    summary:
      'Diêm dân xã Cà Ná tiên phong sản xuất muối sạch trên nền trải bạt, cải tiến quy trình giúp nhiều hộ diêm dân tăng năng suất ' +
      'và giá bán.',
    achievements: [
      'Gắn bó với nghề muối từ năm 17 tuổi, ông Đặng Văn Đức (sinh năm 1971) là một trong những hộ đầu tiên ở thôn Lạc Tân, xã Cà ' +
        'Ná chuyển 1,8 ha ruộng muối sang sản xuất trên nền trải bạt nhựa HDPE. Muối kết tinh trên bạt không lẫn đất, cát, hạt trắng ' +
        'và đều, đạt tiêu chuẩn muối sạch nên được doanh nghiệp chế biến thu mua với giá cao hơn muối truyền thống từ 20 đến 30%.',
      'Ông mày mò cải tiến quy trình: chia nhỏ ô kết tinh, chỉ đưa nước chạt vào ô khi nồng độ đạt từ 25 độ Baumé trở lên, rút ' +
        'ngắn mỗi đợt cào muối từ 10 ngày xuống còn 7 ngày. Nhờ vậy, năng suất muối của gia đình đạt khoảng 140 tấn/ha/năm, tăng gần ' +
        '30% so với cách làm cũ; thu nhập bình quân trên 250 triệu đồng mỗi năm.',
      'Không giữ bí quyết cho riêng mình, ông trực tiếp hướng dẫn 26 hộ diêm dân trong xã làm theo, đưa tổng diện tích muối trải ' +
        'bạt ở thôn Lạc Tân lên gần 40 ha. Năm 2024, ông được UBND huyện Thuận Nam tặng Giấy khen “Nông dân sản xuất, kinh doanh ' +
        'giỏi” và được xã công nhận là điển hình tiên tiến trong phong trào thi đua lao động sản xuất.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'thôn Lạc Tân, xã Cà Ná, huyện Thuận Nam',
    sources: [{ title: 'Báo cáo thành tích của Hội Nông dân xã Cà Ná năm 2024' }],
  },
  {
    slug: 'phu-thi-my',
    kind: 'individual',
    name: 'Phú Thị Mỹ',
    unit: 'NT-NP-PHUOCDAN',
    fields: ['van-hoa-nghe-thuat-the-thao'],
    status: 'national',
    discoveredOn: '2023-05-10',
    recognisedYears: [2023, 2024],
    summary:
      'Nghệ nhân dệt thổ cẩm Chăm làng Mỹ Nghiệp hơn 40 năm gìn giữ nghề truyền thống, truyền nghề cho hàng trăm thanh niên người Chăm.',
    achievements: [
      'Bà Phú Thị Mỹ (sinh năm 1958), người dân tộc Chăm, biết dệt vải từ năm 12 tuổi theo nếp truyền từ bà, từ mẹ. Bà thuộc và ' +
        'phục dựng được hơn 30 loại hoa văn cổ của người Chăm như hoa văn mắt rắn, bông mè, trái trám, hoa văn tháp; đồng thời sáng ' +
        'tạo thêm các mẫu khăn, túi xách, áo dài thổ cẩm phù hợp với thị hiếu của du khách.',
      'Từ năm 2015 đến nay, bà đã mở 14 lớp truyền nghề, trực tiếp dạy cho 326 học viên, phần lớn là thanh niên, học sinh người ' +
        'Chăm trong làng; nhiều học viên có việc làm ổn định tại các cơ sở dệt với thu nhập từ 4 đến 6 triệu đồng/tháng. Cơ sở dệt ' +
        'của gia đình bà tạo việc làm thường xuyên cho 18 lao động nữ, sản phẩm có mặt tại các điểm du lịch ở Phan Rang, Nha Trang ' +
        'và Thành phố Hồ Chí Minh.',
      'Với những đóng góp trong bảo tồn, phát huy giá trị văn hóa Chăm, bà được UBND tỉnh Ninh Thuận tặng Bằng khen năm 2023 và ' +
        'được biểu dương là điển hình tiên tiến toàn quốc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2024. ' +
        'Hai sản phẩm khăn choàng và túi thổ cẩm do bà thiết kế đạt chứng nhận OCOP 3 sao.',
    ],
    ethnicGroup: 'Chăm',
    locality: 'thôn Mỹ Nghiệp, thị trấn Phước Dân, huyện Ninh Phước',
    sources: [
      { title: 'Quyết định khen thưởng của Chủ tịch UBND tỉnh Ninh Thuận năm 2023' },
      { title: 'Danh sách điển hình tiên tiến toàn quốc được biểu dương năm 2024' },
    ],
  },
  {
    slug: 'htx-nong-nghiep-nho-thai-an',
    kind: 'collective',
    name: 'Hợp tác xã Nông nghiệp nho Thái An',
    unit: 'NT-NH-VINHHAI',
    fields: ['nong-nghiep', 'cong-thuong-xay-dung-giao-thong'],
    status: 'provincial',
    discoveredOn: '2024-04-02',
    recognisedYears: [2024],
    summary:
      'Hợp tác xã liên kết các hộ trồng nho, táo ở thôn Thái An sản xuất theo tiêu chuẩn VietGAP và ký hợp đồng bao tiêu sản phẩm ổn định.',
    achievements: [
      'Thành lập năm 2018 với 15 thành viên, đến nay Hợp tác xã Nông nghiệp nho Thái An có 68 thành viên, quản lý 42 ha nho và ' +
        'táo, trong đó 25 ha được cấp giấy chứng nhận VietGAP. Hợp tác xã áp dụng tưới nhỏ giọt kết hợp bón phân qua đường ống trên ' +
        'toàn bộ diện tích, tiết kiệm khoảng 40% lượng nước tưới — yếu tố sống còn ở vùng đất khô hạn bậc nhất cả nước.',
      'Hợp tác xã ký hợp đồng liên kết tiêu thụ với 3 doanh nghiệp và 2 chuỗi siêu thị tại Thành phố Hồ Chí Minh, bao tiêu bình ' +
        'quân 650 tấn nho, 400 tấn táo mỗi năm với giá cao hơn giá thị trường từ 10 đến 15%. Sản phẩm nho sấy dẻo và vang nho của ' +
        'hợp tác xã đạt chứng nhận OCOP 4 sao; doanh thu năm 2023 đạt 18,5 tỷ đồng, thu nhập bình quân của lao động thường xuyên 8,5 ' +
        'triệu đồng/người/tháng.',
      'Hợp tác xã còn kết hợp sản xuất với du lịch trải nghiệm vườn nho, mỗi năm đón khoảng 12.000 lượt khách; hỗ trợ cây giống, ' +
        'kỹ thuật cho 20 hộ cận nghèo trong thôn. Năm 2024, hợp tác xã được UBND tỉnh tặng Bằng khen và được lựa chọn là điển hình ' +
        'tiên tiến cấp tỉnh trong xây dựng nông thôn mới.',
    ],
    locality: 'thôn Thái An, xã Vĩnh Hải, huyện Ninh Hải',
    sources: [{ title: 'Báo cáo tổng kết hoạt động Hợp tác xã Nông nghiệp nho Thái An năm 2023' }],
  },
  {
    slug: 'ho-ong-pinang-thanh',
    kind: 'household',
    name: 'Hộ ông Pinăng Thanh',
    unit: 'NT-BA-PHUOCBINH',
    fields: ['nong-nghiep', 'an-sinh-xa-hoi'],
    status: 'recognised',
    discoveredOn: '2024-06-12',
    recognisedYears: [2024],
    summary: 'Hộ đồng bào Raglai ở xã Phước Bình vươn lên thoát nghèo bền vững nhờ trồng điều ghép cao sản kết hợp nuôi dê.',
    achievements: [
      'Năm 2019, gia đình ông Pinăng Thanh (sinh năm 1978) vẫn thuộc diện hộ nghèo, sống dựa vào 2 ha rẫy trồng bắp, mì năng suất ' +
        'thấp. Được vay 50 triệu đồng từ Ngân hàng Chính sách xã hội và tham gia lớp tập huấn của Trạm Khuyến nông huyện, ông mạnh ' +
        'dạn cải tạo 1,5 ha điều già cỗi bằng giống điều ghép cao sản PN1, AB29, đồng thời mua 6 con dê giống về nuôi nhốt kết hợp ' +
        'chăn thả.',
      'Nhờ chăm sóc đúng kỹ thuật, vườn điều cho năng suất 1,3 tấn hạt/ha, gấp ba lần điều thực sinh; đàn dê phát triển lên 32 ' +
        'con. Năm 2023, tổng thu nhập của gia đình đạt khoảng 160 triệu đồng, chính thức thoát nghèo và xây được ngôi nhà kiên cố. ' +
        'Hai người con của ông đều học hết trung học phổ thông, một cháu đang theo học cao đẳng y tế.',
      'Ông tích cực chia sẻ kinh nghiệm, cho 9 hộ trong thôn mượn dê giống theo hình thức “chia sinh sản” và hướng dẫn kỹ thuật ' +
        'ghép điều. Năm 2024, gia đình ông được UBND xã Phước Bình công nhận là điển hình tiên tiến trong thực hiện Chương trình mục ' +
        'tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'thôn Gia É, xã Phước Bình, huyện Bác Ái',
  },
  {
    slug: 'doan-thanh-nien-phuong-phan-rang',
    kind: 'collective',
    name: 'Đoàn Thanh niên phường Phan Rang',
    unit: 'KH-P-PHANRANG',
    fields: ['thong-tin-truyen-thong', 'cai-cach-hanh-chinh'],
    status: 'recognised',
    discoveredOn: '2025-08-20',
    recognisedYears: [2025],
    summary:
      'Đoàn Thanh niên phường Phan Rang tổ chức các đội hình tình nguyện hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ' +
      'hưởng ứng phong trào “Bình dân học vụ số”.',
    achievements: [
      'Ngay khi chính quyền địa phương hai cấp đi vào hoạt động từ ngày 01/7/2025, Đoàn Thanh niên phường Phan Rang thành lập 12 ' +
        'tổ thanh niên tình nguyện với 86 đoàn viên, luân phiên túc trực tại Trung tâm Phục vụ hành chính công phường và các khu ' +
        'phố. Các tổ hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2, nộp hồ sơ trên Cổng Dịch vụ công quốc ' +
        'gia và thanh toán không dùng tiền mặt.',
      'Sau hai tháng, các đội hình đã hỗ trợ hơn 7.400 lượt người dân, giúp 2.150 hồ sơ thủ tục hành chính được nộp trực tuyến ' +
        'toàn trình; tỷ lệ hồ sơ trực tuyến của phường tăng từ 38% lên 71%. Hưởng ứng phong trào “Bình dân học vụ số”, Đoàn phường ' +
        'mở 24 lớp “Học kỹ năng số cùng thanh niên” cho người cao tuổi, tiểu thương chợ Phan Rang, thu hút 960 học viên.',
      'Mô hình được Ban Thường vụ Tỉnh Đoàn Khánh Hòa đánh giá cao và đề nghị nhân rộng ra các xã, phường trên địa bàn. Tháng ' +
        '9/2025, Đoàn Thanh niên phường Phan Rang được UBND phường công nhận là tập thể điển hình tiên tiến trong thực hiện chuyển ' +
        'đổi số.',
    ],
    locality: 'phường Phan Rang, tỉnh Khánh Hòa',
    sources: [{ title: 'Báo cáo kết quả ra quân “Bình dân học vụ số” của Đoàn phường Phan Rang, tháng 8/2025' }],
  },
  {
    slug: 'tran-minh-tuan',
    kind: 'individual',
    name: 'Trần Minh Tuấn',
    unit: 'KH-CA',
    fields: ['quoc-phong-an-ninh'],
    status: 'recognised',
    discoveredOn: '2025-09-05',
    recognisedYears: [2025],
    summary:
      'Cán bộ công an hơn 15 năm bám địa bàn, trực tiếp tham gia triệt phá nhiều đường dây mua bán trái phép chất ma túy trên địa ' +
      'bàn Ninh Thuận cũ.',
    achievements: [
      'Trung tá Trần Minh Tuấn (sinh năm 1982) công tác tại Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Khánh Hòa. ' +
        'Trước khi hợp nhất tỉnh, anh có 16 năm công tác tại Công an tỉnh Ninh Thuận, trong đó 9 năm trực tiếp làm nhiệm vụ phòng, ' +
        'chống ma túy tại các địa bàn phức tạp ven biển và khu vực giáp ranh.',
      'Từ năm 2020 đến nay, anh cùng đồng đội tham mưu, trực tiếp đấu tranh 46 chuyên án, bắt giữ 132 đối tượng, thu giữ hơn 3,2 ' +
        'kg ma túy tổng hợp và 1,1 kg heroin, trong đó có chuyên án triệt phá đường dây đưa ma túy từ Thành phố Hồ Chí Minh về các ' +
        'tỉnh Nam Trung Bộ. Anh còn phối hợp với nhà trường, khu phố tổ chức 38 buổi tuyên truyền phòng, chống ma túy cho hơn 5.000 ' +
        'học sinh và người dân.',
      'Anh 3 lần đạt danh hiệu Chiến sĩ thi đua cơ sở, được Bộ trưởng Bộ Công an tặng Bằng khen. Tháng 9/2025, anh được Công an ' +
        'tỉnh Khánh Hòa lựa chọn là điển hình tiên tiến trong phong trào thi đua “Vì an ninh Tổ quốc”.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'phường Phan Rang, tỉnh Khánh Hòa',
  },
  {
    slug: 'le-thi-thu',
    kind: 'individual',
    name: 'Lê Thị Thu',
    unit: 'NT-SYT-BVDK',
    fields: ['y-te', 'an-sinh-xa-hoi'],
    status: 'proposedToProvince',
    discoveredOn: '2024-09-10',
    recognisedYears: [2024],
    summary: 'Bác sĩ Bệnh viện Đa khoa tỉnh giàu y đức, nhiều năm tổ chức khám bệnh, cấp thuốc miễn phí cho đồng bào vùng sâu, vùng xa.',
    achievements: [
      'Bác sĩ chuyên khoa II Lê Thị Thu, Phó Trưởng khoa Nội tổng hợp Bệnh viện Đa khoa tỉnh Ninh Thuận, có 19 năm gắn bó với ' +
        'nghề. Ngoài công việc chuyên môn, chị là người khởi xướng nhóm “Thầy thuốc tình nguyện” gồm 28 bác sĩ, điều dưỡng, dược sĩ ' +
        'của bệnh viện, duy trì các chuyến khám bệnh miễn phí vào ngày nghỉ cuối tuần tại các xã miền núi của huyện Bác Ái, Thuận ' +
        'Bắc và Ninh Sơn.',
      'Từ năm 2019 đến tháng 8/2024, nhóm đã tổ chức 41 đợt khám bệnh, cấp thuốc miễn phí cho hơn 9.800 lượt người, chủ yếu là ' +
        'đồng bào Raglai; phát hiện và chuyển tuyến kịp thời 214 trường hợp tăng huyết áp, đái tháo đường, lao phổi. Kinh phí gần ' +
        '1,4 tỷ đồng do chị cùng đồng nghiệp vận động từ các nhà hảo tâm, doanh nghiệp.',
      'Chị là tác giả 3 sáng kiến được Hội đồng sáng kiến cơ sở công nhận, trong đó có quy trình quản lý người bệnh đái tháo đường ' +
        'điều trị ngoại trú. Năm 2024, chị được Sở Y tế công nhận là điển hình tiên tiến và được đề nghị UBND tỉnh tuyên dương trong ' +
        'phong trào “Thầy thuốc Việt Nam mẫu mực”.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'thành phố Phan Rang - Tháp Chàm',
    sources: [{ title: 'Tờ trình đề nghị tuyên dương của Sở Y tế tỉnh Ninh Thuận, tháng 9/2024' }],
  },
  {
    slug: 'to-doan-ket-khai-thac-hai-san-khanh-hai',
    kind: 'collective',
    name: 'Tổ đoàn kết khai thác hải sản thị trấn Khánh Hải',
    unit: 'NT-NH-KHANHHAI',
    fields: ['quoc-phong-an-ninh', 'nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2023-07-01',
    recognisedYears: [2023],
    summary:
      'Tổ đoàn kết gồm 12 tàu cá của ngư dân Khánh Hải kiên trì bám biển, nhiều lần cứu hộ tàu bạn gặp nạn và góp phần bảo vệ chủ ' +
      'quyền biển, đảo.',
    achievements: [
      'Tổ đoàn kết khai thác hải sản thị trấn Khánh Hải được thành lập năm 2016, hiện có 12 tàu cá dài từ 15 m trở lên với 124 ' +
        'thuyền viên, chủ yếu khai thác cá ngừ, cá nục tại ngư trường Hoàng Sa, Trường Sa và vùng biển Nam Trung Bộ. Các tàu trong ' +
        'tổ luôn đi và về cùng nhau, giữ liên lạc thường xuyên qua máy thông tin tầm xa, chia sẻ ngư trường và hỗ trợ nhau khi hỏng ' +
        'máy, gặp thời tiết xấu.',
      'Từ năm 2019 đến giữa năm 2023, tổ đã cứu hộ, lai dắt 9 tàu cá bị nạn cùng 76 ngư dân về bờ an toàn, trong đó có 2 tàu của ' +
        'ngư dân Bình Định và Quảng Ngãi. 100% tàu trong tổ lắp đặt thiết bị giám sát hành trình, ghi nhật ký khai thác đầy đủ, ' +
        'không vi phạm quy định về chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU). Sản lượng khai thác ' +
        'bình quân của tổ đạt trên 1.800 tấn/năm.',
      'Các thành viên còn cung cấp hơn 30 tin báo có giá trị về hoạt động của tàu lạ cho Bộ đội Biên phòng và các lực lượng chức ' +
        'năng. Năm 2023, tổ được UBND huyện Ninh Hải tặng Giấy khen và được công nhận là điển hình tiên tiến trong phong trào “Ngư ' +
        'dân bám biển, giữ gìn chủ quyền biển, đảo”.',
    ],
    locality: 'thị trấn Khánh Hải, huyện Ninh Hải',
  },
  {
    slug: 'nguyen-van-nam',
    kind: 'individual',
    name: 'Nguyễn Văn Nam',
    unit: 'KH-X-PHUOCHAU',
    fields: ['nong-nghiep', 'khoa-hoc-cong-nghe'],
    status: 'newFactor',
    discoveredOn: '2025-10-10',
    recognisedYears: [],
    summary: 'Nông dân trẻ chuyển đổi đất lúa kém hiệu quả sang trồng măng tây xanh theo hướng hữu cơ, bước đầu cho thu nhập ổn định.',
    achievements: [
      'Tốt nghiệp kỹ sư nông học năm 2021, anh Nguyễn Văn Nam (sinh năm 1997) trở về quê chuyển đổi 0,8 ha đất lúa thường xuyên ' +
        'thiếu nước của gia đình sang trồng măng tây xanh. Anh sử dụng phân hữu cơ ủ từ phân bò, bã mía và chế phẩm vi sinh, không ' +
        'dùng thuốc bảo vệ thực vật hóa học, lắp hệ thống tưới phun sương điều khiển qua điện thoại.',
      'Sau hơn một năm, vườn măng tây cho thu hoạch đều 12–15 kg/ngày vào chính vụ, bán tại vườn với giá 70.000–80.000 đồng/kg, ' +
        'lợi nhuận ước đạt 250 triệu đồng/năm. Anh đang hướng dẫn 5 thanh niên trong xã làm theo và chuẩn bị hồ sơ đăng ký chứng ' +
        'nhận sản phẩm hữu cơ. Tháng 10/2025, Hội Nông dân xã Phước Hậu phát hiện, đề xuất đưa anh vào danh sách nhân tố mới để tiếp ' +
        'tục theo dõi, bồi dưỡng.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Phước Hậu, tỉnh Khánh Hòa',
  },
]
