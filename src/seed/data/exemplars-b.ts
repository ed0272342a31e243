import type { SeedExemplar } from './types'

/**
 * 30 điển hình bổ sung, trải đều các lĩnh vực, địa bàn và các năm 2023–2025
 * (trước và sau khi hợp nhất tỉnh từ ngày 01/7/2025). Họ tên là hư cấu; số liệu mang tính minh họa.
 * Ninh Hải (Phương Hải, Vĩnh Hải) và Ninh Phước (Phước Dân, Phước Hậu) có xã đạt từ 2 điển hình
 * được công nhận năm 2024 trở lên, còn Tri Hải, Phước Hải chỉ có 1 — để bảng chỉ tiêu có cả đạt và chưa đạt.
 */
export const exemplarsB: SeedExemplar[] = [
  // ——— Ninh Thuận, trước ngày 01/7/2025 ———
  {
    slug: 'le-van-hung',
    kind: 'individual',
    name: 'Lê Văn Hùng',
    unit: 'NT-NH-PHUONGHAI',
    fields: ['nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2024-03-08',
    recognisedYears: [2024],
    summary: 'Nông dân trồng tỏi Phương Hải theo hướng hữu cơ, góp phần xây dựng thương hiệu tỏi Ninh Thuận.',
    achievements: [
      'Ông Lê Văn Hùng (sinh năm 1969) có hơn 25 năm trồng tỏi trên vùng đất cát ven biển xã Phương Hải. Từ năm 2020, ông chuyển ' +
        'toàn bộ 1,2 ha tỏi của gia đình sang canh tác theo hướng hữu cơ: bón phân chuồng hoai mục, rong biển ủ hoai, dùng chế phẩm ' +
        'sinh học phòng trừ sâu bệnh và tưới phun mưa tiết kiệm nước. Năng suất tỏi tươi đạt 9–10 tấn/ha, củ chắc, tép đều, giá bán ' +
        'cao hơn tỏi thường khoảng 15.000 đồng/kg.',
      'Là thành viên tích cực của Tổ hợp tác sản xuất tỏi Phương Hải, ông hướng dẫn 32 hộ áp dụng quy trình canh tác hữu cơ, góp ' +
        'phần mở rộng vùng tỏi an toàn của xã lên 45 ha. Sản phẩm tỏi cô đơn, tỏi đen của gia đình được đóng gói, dán tem truy xuất ' +
        'nguồn gốc, bán qua sàn thương mại điện tử khoảng 6 tấn mỗi năm.',
      'Năm 2024, ông được UBND xã Phương Hải công nhận là điển hình tiên tiến trong phong trào nông dân thi đua sản xuất, kinh ' +
        'doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'thôn Phương Cựu, xã Phương Hải, huyện Ninh Hải',
  },
  {
    slug: 'hoi-lien-hiep-phu-nu-xa-phuong-hai',
    kind: 'collective',
    name: 'Hội Liên hiệp Phụ nữ xã Phương Hải',
    unit: 'NT-NH-PHUONGHAI',
    fields: ['an-sinh-xa-hoi', 'tai-chinh-ngan-hang'],
    status: 'recognised',
    discoveredOn: '2024-05-14',
    recognisedYears: [2024],
    summary:
      'Hội Liên hiệp Phụ nữ xã Phương Hải duy trì hiệu quả mô hình “Tổ tiết kiệm tình thương”, giúp hội viên nghèo có vốn sản ' +
      'xuất, vươn lên thoát nghèo.',
    achievements: [
      'Từ năm 2021, Hội Liên hiệp Phụ nữ xã Phương Hải thành lập 9 tổ tiết kiệm tình thương với 214 hội viên tham gia, mỗi tháng ' +
        'góp từ 100.000 đến 200.000 đồng để xoay vòng cho chị em khó khăn vay không lãi. Đến nay tổng nguồn vốn tiết kiệm đạt 1,15 ' +
        'tỷ đồng, đã giải ngân cho 187 lượt hội viên vay để trồng tỏi, hành, nuôi dê và buôn bán nhỏ.',
      'Hội còn quản lý 4 tổ tiết kiệm và vay vốn nhận ủy thác của Ngân hàng Chính sách xã hội với dư nợ 12,6 tỷ đồng, không có nợ ' +
        'quá hạn. Nhờ nguồn vốn này, 41 hộ hội viên đã thoát nghèo trong giai đoạn 2021–2024, tỷ lệ hộ nghèo của xã giảm còn 1,8%. ' +
        'Năm 2024, Hội được UBND xã công nhận là tập thể điển hình tiên tiến trong phong trào thi đua “Phụ nữ tích cực học tập, lao ' +
        'động sáng tạo, xây dựng gia đình hạnh phúc”.',
    ],
    locality: 'xã Phương Hải, huyện Ninh Hải',
  },
  {
    slug: 'to-cong-dong-bao-ve-rua-bien-thai-an',
    kind: 'collective',
    name: 'Tổ cộng đồng bảo vệ rùa biển thôn Thái An',
    unit: 'NT-NH-VINHHAI',
    fields: ['doi-song-xa-hoi', 'khoa-hoc-cong-nghe'],
    status: 'recognised',
    discoveredOn: '2024-07-22',
    recognisedYears: [2024],
    summary: 'Tổ cộng đồng tự nguyện tuần tra bờ biển, bảo vệ tổ trứng và thả rùa con về biển trong vùng biển Vườn quốc gia Núi Chúa.',
    achievements: [
      'Tổ gồm 15 thành viên là ngư dân, thanh niên thôn Thái An, phối hợp với Vườn quốc gia Núi Chúa tuần tra bãi biển vào ban đêm ' +
        'trong mùa rùa biển lên đẻ trứng, từ tháng 5 đến tháng 10. Các thành viên đánh dấu, di dời tổ trứng ở vị trí nguy hiểm vào ' +
        'khu ấp an toàn, theo dõi nhiệt độ cát và ghi chép số liệu phục vụ công tác nghiên cứu, bảo tồn.',
      'Trong ba năm 2021–2023, tổ đã bảo vệ 92 tổ trứng, thả 6.480 cá thể rùa xanh con về biển; vận động ngư dân tự nguyện thả lại ' +
        '14 cá thể rùa biển mắc lưới. Tổ thường xuyên tổ chức nhặt rác bãi biển, tuyên truyền cho du khách, học sinh về bảo tồn đa ' +
        'dạng sinh học biển. Năm 2024, tổ được UBND xã Vĩnh Hải công nhận là tập thể điển hình tiên tiến trong bảo vệ môi trường.',
    ],
    locality: 'thôn Thái An, xã Vĩnh Hải, huyện Ninh Hải',
  },
  {
    slug: 'phan-van-tai',
    kind: 'individual',
    name: 'Phan Văn Tài',
    unit: 'NT-NH-TRIHAI',
    fields: ['nong-nghiep', 'khoa-hoc-cong-nghe'],
    status: 'recognised',
    discoveredOn: '2024-04-18',
    recognisedYears: [2024],
    summary: 'Chủ trang trại nuôi tôm thẻ chân trắng ứng dụng công nghệ cao, xử lý nước tuần hoàn, hạn chế ô nhiễm vùng đầm Nại.',
    achievements: [
      'Ông Phan Văn Tài (sinh năm 1975) đầu tư 1,5 ha ao nuôi tôm thẻ chân trắng ven đầm Nại theo mô hình ao lót bạt có mái che, ' +
        'nuôi hai giai đoạn, xử lý nước tuần hoàn bằng chế phẩm vi sinh. Mật độ thả 200 con/m², tỷ lệ sống trên 85%, năng suất bình ' +
        'quân 25 tấn/ha/vụ, mỗi năm nuôi 3 vụ.',
      'Nước thải từ ao nuôi được xử lý qua ao lắng và ao sinh học trồng rong câu trước khi tái sử dụng, góp phần giảm ô nhiễm môi ' +
        'trường đầm Nại. Trang trại tạo việc làm thường xuyên cho 12 lao động địa phương với mức lương 7–9 triệu đồng/tháng; doanh ' +
        'thu năm 2023 đạt khoảng 9 tỷ đồng. Ông còn hỗ trợ kỹ thuật cho 18 hộ nuôi tôm trong xã chuyển sang quy trình nuôi an toàn ' +
        'sinh học.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Tri Hải, huyện Ninh Hải',
  },
  {
    slug: 'dang-thi-kieu',
    kind: 'individual',
    name: 'Đàng Thị Kiều',
    unit: 'NT-NP-PHUOCDAN',
    fields: ['van-hoa-nghe-thuat-the-thao'],
    status: 'recognised',
    discoveredOn: '2024-02-05',
    recognisedYears: [2024],
    summary: 'Nghệ nhân gốm Bàu Trúc giữ gìn kỹ thuật làm gốm bằng tay, nung lộ thiên truyền thống và truyền nghề cho lớp trẻ người Chăm.',
    achievements: [
      'Bà Đàng Thị Kiều (sinh năm 1965) học nghề gốm từ mẹ khi mới 10 tuổi. Bà thành thạo kỹ thuật nặn gốm không dùng bàn xoay — ' +
        'người thợ đi vòng quanh khối đất để tạo dáng sản phẩm, tạo hoa văn bằng vỏ sò, hạt cườm và nung lộ thiên bằng rơm, củi. Đây ' +
        'là nét đặc trưng của nghệ thuật làm gốm của người Chăm, được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể cần ' +
        'bảo vệ khẩn cấp năm 2022.',
      'Từ năm 2018, bà mở lớp dạy nghề miễn phí tại nhà, đã truyền nghề cho 74 học viên, trong đó có 52 thanh thiếu niên người ' +
        'Chăm; xưởng gốm của gia đình tạo việc làm cho 11 lao động với thu nhập 5–7 triệu đồng/tháng. Bà thiết kế thêm dòng gốm ' +
        'trang trí, quà lưu niệm mang hình tượng tháp Chăm, vũ nữ Apsara, mỗi năm tiêu thụ khoảng 6.000 sản phẩm.',
      'Năm 2024, bà được UBND thị trấn Phước Dân công nhận là điển hình tiên tiến trong phong trào “Toàn dân đoàn kết xây dựng đời ' +
        'sống văn hóa”, góp phần đưa làng gốm Bàu Trúc trở thành điểm đến hấp dẫn của du khách trong và ngoài nước.',
    ],
    ethnicGroup: 'Chăm',
    locality: 'làng gốm Bàu Trúc, thị trấn Phước Dân, huyện Ninh Phước',
    sources: [{ title: 'Hồ sơ xét công nhận điển hình tiên tiến của UBND thị trấn Phước Dân năm 2024' }],
  },
  {
    slug: 'vo-thi-ngoc-han',
    kind: 'individual',
    name: 'Võ Thị Ngọc Hân',
    unit: 'NT-NP-PHUOCHAU',
    fields: ['nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2024-08-15',
    recognisedYears: [2024],
    summary: 'Nữ nông dân trồng nho theo tiêu chuẩn VietGAP, kết hợp du lịch trải nghiệm vườn nho tại xã Phước Hậu.',
    achievements: [
      'Chị Võ Thị Ngọc Hân (sinh năm 1986) cùng chồng đầu tư 1,2 ha nho xanh NH01-48, nho đỏ và nho ngón tay theo tiêu chuẩn ' +
        'VietGAP, lắp hệ thống tưới nhỏ giọt và ghi nhật ký điện tử để truy xuất nguồn gốc. Vườn nho cho thu hoạch 3 vụ/năm, năng ' +
        'suất bình quân 25 tấn/ha/năm, lợi nhuận sau chi phí khoảng 600 triệu đồng.',
      'Từ năm 2022, chị mở cửa vườn đón khách tham quan, tự tay hái nho, thưởng thức mật nho, nho sấy do gia đình chế biến; mỗi ' +
        'năm đón khoảng 8.000 lượt khách. Là Chi hội trưởng Chi hội Phụ nữ thôn, chị hướng dẫn 15 chị em trồng nho an toàn và bao ' +
        'tiêu một phần sản phẩm. Năm 2024, chị được UBND xã Phước Hậu công nhận là điển hình tiên tiến trong phong trào phụ nữ khởi ' +
        'nghiệp.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Phước Hậu, huyện Ninh Phước',
  },
  {
    slug: 'to-hop-tac-chan-nuoi-de-cuu-phuoc-hau',
    kind: 'collective',
    name: 'Tổ hợp tác chăn nuôi dê, cừu xã Phước Hậu',
    unit: 'NT-NP-PHUOCHAU',
    fields: ['nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2024-10-03',
    recognisedYears: [2024],
    summary: 'Tổ hợp tác của các hộ đồng bào Chăm liên kết chăn nuôi dê, cừu theo hướng nuôi nhốt, trồng cỏ, chủ động đầu ra.',
    achievements: [
      'Tổ hợp tác được thành lập năm 2020 với 21 hộ thành viên, phần lớn là đồng bào Chăm. Thay cho lối chăn thả tự do trên đồng, ' +
        'các hộ chuyển sang nuôi nhốt trên chuồng sàn, trồng 14 ha cỏ VA06, cỏ voi làm thức ăn xanh và ủ chua dự trữ cho mùa khô. ' +
        'Tổng đàn dê, cừu của tổ hiện đạt 1.850 con, tăng gấp đôi so với ngày đầu thành lập.',
      'Tổ liên kết với thương lái và một cơ sở giết mổ tập trung ở Phan Rang, mỗi năm xuất bán khoảng 900 con dê, cừu thương phẩm; ' +
        'thu nhập bình quân mỗi hộ từ 120 đến 180 triệu đồng/năm. Phân chuồng được ủ hoai bán cho các vườn nho, táo trong xã. Năm ' +
        '2024, tổ được UBND xã Phước Hậu công nhận là tập thể điển hình tiên tiến trong phát triển kinh tế vùng đồng bào dân tộc ' +
        'thiểu số.',
    ],
    ethnicGroup: 'Chăm',
    locality: 'xã Phước Hậu, huyện Ninh Phước',
  },
  {
    slug: 'lam-van-phuc',
    kind: 'individual',
    name: 'Lâm Văn Phúc',
    unit: 'NT-NP-PHUOCHAI',
    fields: ['nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2024-05-20',
    recognisedYears: [2024],
    summary: 'Nông dân tiên phong trồng măng tây xanh trên đất cát, liên kết nhóm hộ cùng sản xuất và tiêu thụ ổn định.',
    achievements: [
      'Năm 2017, ông Lâm Văn Phúc (sinh năm 1980) chuyển 0,6 ha đất trồng hành, bắp kém hiệu quả sang trồng măng tây xanh, áp dụng ' +
        'tưới phun mưa và phủ rơm giữ ẩm. Nhờ kỹ thuật nuôi thân mẹ luân phiên, vườn măng cho thu hoạch gần như quanh năm, năng suất ' +
        '10–12 tấn/ha/năm, lợi nhuận hơn 300 triệu đồng/năm.',
      'Ông thành lập nhóm sản xuất măng tây với 16 hộ, tổng diện tích 9 ha, ký hợp đồng bán măng cho một công ty chế biến nông sản ' +
        'tại Thành phố Hồ Chí Minh với giá ổn định 55.000–65.000 đồng/kg. Năm 2024, ông được UBND xã Phước Hải công nhận là điển ' +
        'hình tiên tiến trong phong trào nông dân sản xuất, kinh doanh giỏi.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Phước Hải, huyện Ninh Phước',
  },
  {
    slug: 'nguyen-thi-tuyet-mai',
    kind: 'individual',
    name: 'Nguyễn Thị Tuyết Mai',
    unit: 'NT-TN-PHUOCMINH',
    fields: ['nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2023-06-20',
    recognisedYears: [2023],
    summary: 'Nữ diêm dân đồng muối Quán Thẻ cần cù, sáng tạo, vận động chị em liên kết sản xuất và tiêu thụ muối chất lượng cao.',
    achievements: [
      'Chị Nguyễn Thị Tuyết Mai (sinh năm 1979) cùng gia đình canh tác 2,5 ha ruộng muối tại đồng muối Quán Thẻ. Chị áp dụng kỹ ' +
        'thuật kết tinh muối trên nền ô lót bạt, thu gom muối bằng xe rùa cải tiến, giảm 30% công lao động; năng suất năm 2022 đạt ' +
        '120 tấn/ha, thu nhập của gia đình trên 180 triệu đồng.',
      'Là tổ trưởng tổ phụ nữ diêm dân, chị vận động 23 hộ liên kết bán muối cho doanh nghiệp chế biến theo hợp đồng, tránh bị ' +
        'thương lái ép giá khi vào vụ; phối hợp tổ chức 4 lớp tập huấn an toàn lao động, phòng chống say nắng cho diêm dân. Năm ' +
        '2023, chị được UBND xã Phước Minh công nhận là điển hình tiên tiến trong phong trào thi đua yêu nước.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'đồng muối Quán Thẻ, xã Phước Minh, huyện Thuận Nam',
  },
  {
    slug: 'cong-ty-tnhh-dac-san-nang-phan-rang',
    kind: 'collective',
    name: 'Công ty TNHH Đặc sản Nắng Phan Rang',
    unit: 'NT-SCT',
    fields: ['cong-thuong-xay-dung-giao-thong', 'nong-nghiep'],
    status: 'provincial',
    discoveredOn: '2023-09-12',
    recognisedYears: [2023, 2024],
    summary: 'Doanh nghiệp chế biến nông sản đặc trưng Ninh Thuận, phát triển 7 sản phẩm OCOP và đẩy mạnh bán hàng qua thương mại điện tử.',
    achievements: [
      'Thành lập năm 2017 với vốn ban đầu 2 tỷ đồng, công ty tập trung chế biến các sản phẩm từ nho, táo, tỏi, măng tây của nông ' +
        'dân Ninh Thuận như nho sấy dẻo, mật nho, siro táo, tỏi đen. Công ty đầu tư dây chuyền sấy lạnh, đạt chứng nhận hệ thống ' +
        'quản lý an toàn thực phẩm ISO 22000:2018; hiện có 7 sản phẩm đạt chứng nhận OCOP, trong đó 3 sản phẩm 4 sao.',
      'Công ty liên kết với 2 hợp tác xã và 140 hộ nông dân, bao tiêu bình quân 800 tấn nguyên liệu mỗi năm. Từ năm 2021, công ty ' +
        'mở gian hàng trên các sàn thương mại điện tử lớn và bán hàng qua livestream, doanh thu trực tuyến chiếm 42% tổng doanh thu; ' +
        'năm 2023 doanh thu đạt 26 tỷ đồng, nộp ngân sách 1,9 tỷ đồng, tạo việc làm cho 65 lao động.',
      'Công ty được UBND tỉnh tặng Bằng khen năm 2023 và năm 2024, được lựa chọn là điển hình tiên tiến cấp tỉnh trong phong trào ' +
        'thi đua phát triển thương mại điện tử, xây dựng thương hiệu sản phẩm đặc trưng của địa phương.',
    ],
    locality: 'phường Đô Vinh, thành phố Phan Rang - Tháp Chàm',
    sources: [{ title: 'Báo cáo thành tích đề nghị tặng Bằng khen của Sở Công Thương tỉnh Ninh Thuận năm 2024' }],
  },
  {
    slug: 'ho-ong-kator-sang',
    kind: 'household',
    name: 'Hộ ông Katơr Sang',
    unit: 'NT-BA-PHUOCTHANG',
    fields: ['nong-nghiep', 'an-sinh-xa-hoi'],
    status: 'recognised',
    discoveredOn: '2024-09-05',
    recognisedYears: [2024],
    summary:
      'Hộ đồng bào Raglai xã Phước Thắng thoát nghèo nhờ nuôi bò sinh sản và trồng mì cao sản theo hướng dẫn của cán bộ khuyến nông.',
    achievements: [
      'Năm 2020, gia đình ông Katơr Sang (sinh năm 1983) là hộ nghèo với 5 nhân khẩu. Được hỗ trợ 2 con bò cái sinh sản từ Chương ' +
        'trình mục tiêu quốc gia giảm nghèo bền vững và vay thêm 40 triệu đồng vốn ưu đãi, ông trồng 1 ha cỏ làm thức ăn, làm chuồng ' +
        'trại hợp vệ sinh. Sau 4 năm, đàn bò của gia đình đã phát triển lên 11 con.',
      'Ông còn trồng 2 ha mì giống KM94, bón phân cân đối, năng suất đạt 28 tấn củ tươi/ha, cao gần gấp đôi trước đây. Năm 2023, ' +
        'thu nhập của gia đình đạt khoảng 140 triệu đồng, thoát nghèo bền vững. Ông tham gia Tổ tự quản an ninh trật tự của thôn và ' +
        'vận động 7 hộ làm theo mô hình nuôi bò. Năm 2024, gia đình ông được UBND xã Phước Thắng công nhận là điển hình tiên tiến.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'xã Phước Thắng, huyện Bác Ái',
  },
  {
    slug: 'ho-ba-chamalea-thi-hien',
    kind: 'household',
    name: 'Hộ bà Chamaléa Thị Hiền',
    unit: 'NT-BA-PHUOCTIEN',
    fields: ['an-sinh-xa-hoi', 'nong-nghiep'],
    status: 'recognised',
    discoveredOn: '2023-11-02',
    recognisedYears: [2023],
    summary: 'Hộ phụ nữ Raglai làm chủ gia đình vượt khó thoát nghèo nhờ nuôi heo đen, trồng chuối và sử dụng hiệu quả vốn vay ưu đãi.',
    achievements: [
      'Chồng mất sớm, bà Chamaléa Thị Hiền (sinh năm 1976) một mình nuôi 3 con nhỏ. Năm 2019, bà vay 30 triệu đồng từ Ngân hàng ' +
        'Chính sách xã hội qua tổ tiết kiệm và vay vốn do Hội Phụ nữ xã quản lý, mua heo đen giống bản địa về nuôi, tận dụng rau, ' +
        'chuối, cám bắp làm thức ăn; đồng thời trồng 0,7 ha chuối dọc bờ suối.',
      'Đến năm 2023, đàn heo của gia đình thường xuyên duy trì 25–30 con, mỗi năm xuất bán 2 lứa; vườn chuối cho thu khoảng 50 ' +
        'triệu đồng/năm. Bà đã trả hết nợ vay đúng hạn, xây nhà mới, cả 3 người con đều học hết trung học phổ thông. Năm 2023, bà ' +
        'được UBND xã Phước Tiến biểu dương là điển hình phụ nữ dân tộc thiểu số vượt khó vươn lên.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'xã Phước Tiến, huyện Bác Ái',
  },
  {
    slug: 'trung-doi-dan-quan-co-dong-xa-phuoc-nam',
    kind: 'collective',
    name: 'Trung đội dân quân cơ động xã Phước Nam',
    unit: 'NT-TN-PHUOCNAM',
    fields: ['quoc-phong-an-ninh'],
    status: 'recognised',
    discoveredOn: '2024-06-25',
    recognisedYears: [2024],
    summary: 'Trung đội dân quân cơ động huấn luyện giỏi, sẵn sàng tham gia phòng, chống thiên tai và giữ gìn an ninh trật tự ở cơ sở.',
    achievements: [
      'Trung đội có 31 đồng chí, 100% là đoàn viên thanh niên, trong đó 9 đồng chí là đảng viên. Năm 2023, trung đội hoàn thành ' +
        '100% nội dung huấn luyện theo kế hoạch, kết quả kiểm tra đạt loại giỏi; tham gia hội thao dân quân tự vệ huyện Thuận Nam ' +
        'đạt giải Nhất toàn đoàn.',
      'Trong mùa mưa bão năm 2023, trung đội huy động 420 ngày công giúp dân gia cố nhà cửa, di dời 37 hộ dân vùng trũng đến nơi ' +
        'an toàn, khơi thông 3,5 km kênh mương nội đồng. Trung đội phối hợp với Công an xã tổ chức 96 lượt tuần tra, góp phần giữ ' +
        'vững an ninh trật tự tại khu vực các dự án năng lượng tái tạo trên địa bàn. Năm 2024, trung đội được UBND huyện tặng Giấy ' +
        'khen và được xã công nhận là tập thể điển hình tiên tiến trong phong trào thi đua “Quyết thắng”.',
    ],
    locality: 'xã Phước Nam, huyện Thuận Nam',
  },
  {
    slug: 'tran-gia-khanh',
    kind: 'individual',
    name: 'Trần Gia Khánh',
    unit: 'NT-SGDDT-LQD',
    fields: ['giao-duc-dao-tao', 'khoa-hoc-cong-nghe'],
    status: 'proposedToProvince',
    discoveredOn: '2024-03-25',
    recognisedYears: [2024],
    summary:
      'Học sinh Trường THPT chuyên Lê Quý Đôn đạt giải Nhì kỳ thi chọn học sinh giỏi quốc gia môn Tin học, tích cực chia sẻ kiến ' +
      'thức cho bạn bè.',
    achievements: [
      'Em Trần Gia Khánh, học sinh lớp 12 chuyên Tin, Trường THPT chuyên Lê Quý Đôn, 12 năm liền đạt danh hiệu học sinh giỏi. Tại ' +
        'kỳ thi chọn học sinh giỏi quốc gia THPT năm 2024, Khánh đạt giải Nhì môn Tin học; trước đó em hai năm liên tiếp đạt giải ' +
        'Nhất kỳ thi học sinh giỏi cấp tỉnh.',
      'Ngoài giờ học, Khánh cùng nhóm bạn xây dựng ứng dụng tra cứu lịch học, lịch thi dùng chung cho toàn trường và lập câu lạc ' +
        'bộ lập trình, mỗi tuần hướng dẫn miễn phí cho hơn 40 học sinh lớp 10. Em là Ủy viên Ban Chấp hành Đoàn trường, tham gia 6 ' +
        'đợt tình nguyện “Tiếp sức mùa thi”, “Xuân tình nguyện”.',
      'Với thành tích nổi bật, Khánh được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen, được nhà trường công nhận là điển hình ' +
        'tiên tiến năm học 2023 - 2024 và đề nghị UBND tỉnh tặng Bằng khen.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'thành phố Phan Rang - Tháp Chàm',
  },
  {
    slug: 'phong-cai-cach-hanh-chinh-so-noi-vu-ninh-thuan',
    kind: 'collective',
    name: 'Phòng Cải cách hành chính, Sở Nội vụ tỉnh Ninh Thuận',
    unit: 'NT-SNV',
    fields: ['cai-cach-hanh-chinh', 'dang-chinh-quyen'],
    status: 'provincial',
    discoveredOn: '2023-12-05',
    recognisedYears: [2023, 2024],
    summary:
      'Tập thể tham mưu hiệu quả công tác cải cách hành chính, gắn kết quả cải cách với trách nhiệm người đứng đầu các sở, ngành, ' +
      'địa phương.',
    achievements: [
      'Phòng có 6 công chức, tham mưu Sở Nội vụ giúp UBND tỉnh xây dựng và tổ chức thực hiện kế hoạch cải cách hành chính hằng ' +
        'năm; chủ trì xác định Chỉ số cải cách hành chính của 19 sở, ngành và 7 huyện, thành phố. Phòng đề xuất bộ tiêu chí chấm ' +
        'điểm mới, gắn kết quả cải cách hành chính với đánh giá, xếp loại người đứng đầu, được UBND tỉnh ban hành và áp dụng từ năm ' +
        '2023.',
      'Nhờ tham mưu đồng bộ, điểm trung bình Chỉ số cải cách hành chính của các sở, ngành năm 2023 tăng 4,6 điểm so với năm trước; ' +
        'tỷ lệ hồ sơ giải quyết trễ hạn của toàn tỉnh giảm từ 3,1% xuống 0,8%. Phòng triển khai khảo sát trực tuyến sự hài lòng của ' +
        'người dân tại 100% bộ phận một cửa các cấp, mỗi năm thu về hơn 12.000 phiếu.',
      'Năm 2023 và năm 2024, Phòng đạt danh hiệu Tập thể lao động xuất sắc, được UBND tỉnh tặng Bằng khen và lựa chọn là điển hình ' +
        'tiên tiến cấp tỉnh trong lĩnh vực cải cách hành chính.',
    ],
    locality: 'thành phố Phan Rang - Tháp Chàm',
  },
  {
    slug: 'huynh-tan-loi',
    kind: 'individual',
    name: 'Huỳnh Tấn Lợi',
    unit: 'NT-STTTT',
    fields: ['thong-tin-truyen-thong', 'khoa-hoc-cong-nghe'],
    status: 'recognised',
    discoveredOn: '2025-02-14',
    recognisedYears: [2025],
    summary:
      'Kỹ sư công nghệ thông tin chủ trì vận hành nền tảng tích hợp, chia sẻ dữ liệu của tỉnh và bảo đảm an toàn thông tin cho các ' +
      'hệ thống dùng chung.',
    achievements: [
      'Anh Huỳnh Tấn Lợi (sinh năm 1988), Phó Giám đốc Trung tâm Công nghệ thông tin và Truyền thông thuộc Sở Thông tin và Truyền ' +
        'thông, trực tiếp chỉ đạo nhóm kỹ thuật vận hành nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối với 27 hệ thống ' +
        'thông tin của bộ, ngành Trung ương và địa phương; mỗi tháng xử lý trên 1,5 triệu giao dịch dữ liệu.',
      'Anh là tác giả chính của 2 sáng kiến: tự động đồng bộ kết quả giải quyết thủ tục hành chính lên Cổng Dịch vụ công quốc gia ' +
        'và xây dựng kho dữ liệu mở dùng chung, rút ngắn 60% thời gian tổng hợp báo cáo định kỳ. Năm 2024, nhóm do anh phụ trách đã ' +
        'phát hiện, ngăn chặn kịp thời 14 đợt tấn công mạng vào các cổng thông tin điện tử của tỉnh. Đầu năm 2025, anh được Sở Thông ' +
        'tin và Truyền thông công nhận là điển hình tiên tiến trong chuyển đổi số.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'thành phố Phan Rang - Tháp Chàm',
  },
  {
    slug: 'mang-thi-duyen',
    kind: 'individual',
    name: 'Mang Thị Duyên',
    unit: 'NT-TD',
    fields: ['dang-chinh-quyen', 'an-sinh-xa-hoi'],
    status: 'provincial',
    discoveredOn: '2023-03-26',
    recognisedYears: [2023, 2024],
    summary:
      'Nữ bí thư Đoàn xã người Raglai năng động, khởi xướng nhiều công trình thanh niên và mô hình giúp đoàn viên phát triển kinh tế.',
    achievements: [
      'Chị Mang Thị Duyên (sinh năm 1995), Bí thư Đoàn xã Phước Chiến, huyện Thuận Bắc, là cán bộ Đoàn người Raglai có trình độ ' +
        'đại học. Chị trực tiếp chỉ đạo xây dựng 5 công trình thanh niên như tuyến điện chiếu sáng “Thắp sáng đường quê” dài 2,4 km, ' +
        'sân chơi cho thiếu nhi, điểm đọc sách cộng đồng, với tổng nguồn lực vận động hơn 380 triệu đồng.',
      'Chị thành lập Tổ hợp tác thanh niên trồng cây ăn quả với 12 đoàn viên, hướng dẫn các bạn tiếp cận vốn vay giải quyết việc ' +
        'làm với tổng dư nợ 1,2 tỷ đồng; phối hợp mở 8 lớp xóa mù chữ, học kỹ năng số cho thanh niên và người dân trong xã. Tỷ lệ ' +
        'thanh niên tham gia sinh hoạt Đoàn của xã tăng từ 61% năm 2021 lên 86% năm 2023.',
      'Chị được Ban Chấp hành Trung ương Đoàn tặng Bằng khen năm 2023 và được Tỉnh Đoàn Ninh Thuận lựa chọn là điển hình tiên tiến ' +
        'cấp tỉnh năm 2024 trong phong trào “Thanh niên tình nguyện”.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'xã Phước Chiến, huyện Thuận Bắc',
  },
  {
    slug: 'dong-van-tho',
    kind: 'individual',
    name: 'Đổng Văn Thọ',
    unit: 'NT-HND',
    fields: ['nong-nghiep'],
    status: 'proposedToCentral',
    discoveredOn: '2023-10-05',
    recognisedYears: [2023, 2024],
    summary:
      'Nông dân sản xuất, kinh doanh giỏi với trang trại nho, táo và đàn cừu, dê hơn 500 con, tạo việc làm cho nhiều lao động địa phương.',
    achievements: [
      'Ông Đổng Văn Thọ (sinh năm 1966) khởi nghiệp từ 3 sào nho năm 1995, đến nay sở hữu trang trại tổng hợp 8,5 ha gồm 3 ha nho, ' +
        '2 ha táo và đàn cừu, dê hơn 520 con. Ông đầu tư hệ thống tưới nhỏ giọt, nhà sơ chế và kho lạnh 40 m³, ứng dụng chế phẩm ' +
        'sinh học xử lý chất thải chăn nuôi làm phân bón cho vườn cây.',
      'Năm 2023, trang trại đạt doanh thu 4,2 tỷ đồng, lợi nhuận khoảng 1,3 tỷ đồng; tạo việc làm thường xuyên cho 14 lao động, ' +
        'trong đó có 6 lao động người Raglai, và việc làm thời vụ cho hơn 30 lao động. Ông cho 23 hộ nông dân khó khăn mượn cừu ' +
        'giống, cây giống và bao tiêu sản phẩm, giúp 11 hộ thoát nghèo.',
      'Ông nhiều năm liền đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp, được Hội Nông dân tỉnh tuyên dương năm 2023, ' +
        'năm 2024 và được đề nghị Trung ương Hội Nông dân Việt Nam xét tặng danh hiệu “Nông dân Việt Nam xuất sắc” năm 2025.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Nhơn Sơn, huyện Ninh Sơn',
    sources: [{ title: 'Công văn đề nghị xét chọn “Nông dân Việt Nam xuất sắc” của Hội Nông dân tỉnh Ninh Thuận' }],
  },
  {
    slug: 'cau-lac-bo-gia-dinh-hanh-phuc-phuong-tan-tai',
    kind: 'collective',
    name: 'Câu lạc bộ Gia đình hạnh phúc phường Tấn Tài',
    unit: 'NT-PRTC-TANTAI',
    fields: ['doi-song-xa-hoi'],
    status: 'archived',
    discoveredOn: '2023-04-12',
    recognisedYears: [2023],
    summary:
      'Câu lạc bộ tư vấn, hòa giải, phòng ngừa bạo lực gia đình; hồ sơ được chuyển lưu trữ sau khi phường Tấn Tài nhập vào phường ' +
      'Kinh Dinh.',
    achievements: [
      'Câu lạc bộ do Hội Liên hiệp Phụ nữ phường Tấn Tài thành lập năm 2018 với 35 thành viên là các cặp vợ chồng, người có uy tín ' +
        'trong khu phố, sinh hoạt định kỳ mỗi quý. Câu lạc bộ tổ chức 22 buổi nói chuyện chuyên đề về bình đẳng giới, nuôi dạy con, ' +
        'phòng, chống bạo lực gia đình; duy trì “Địa chỉ tin cậy” tiếp nhận, hỗ trợ 9 trường hợp phụ nữ, trẻ em bị bạo lực.',
      'Câu lạc bộ phối hợp với các tổ hòa giải hòa giải thành 27 vụ mâu thuẫn gia đình, không để xảy ra vụ việc nghiêm trọng; 96% ' +
        'hộ trên địa bàn đạt danh hiệu “Gia đình văn hóa” năm 2022. Từ ngày 01/11/2024, phường Tấn Tài nhập vào phường Kinh Dinh, ' +
        'câu lạc bộ hợp nhất với câu lạc bộ của phường mới nên hồ sơ điển hình được chuyển vào lưu trữ.',
    ],
    locality: 'phường Tấn Tài, thành phố Phan Rang - Tháp Chàm',
  },
  {
    slug: 'luu-van-sau',
    kind: 'individual',
    name: 'Lưu Văn Sáu',
    unit: 'NT-TN-PHUOCDIEM',
    fields: ['quoc-phong-an-ninh', 'nong-nghiep'],
    status: 'nurturing',
    discoveredOn: '2025-03-18',
    recognisedYears: [],
    summary: 'Thuyền trưởng tàu cá xã Phước Diêm dũng cảm cứu nạn trên biển và chấp hành nghiêm các quy định chống khai thác IUU.',
    achievements: [
      'Ông Lưu Văn Sáu (sinh năm 1972), chủ tàu cá dài 17 m với 10 thuyền viên, có gần 30 năm đi biển, chủ yếu khai thác cá nục, ' +
        'cá ngừ ở vùng biển Nam Trung Bộ và Trường Sa. Tháng 12/2024, trong lúc đang khai thác, tàu của ông phát hiện và cứu vớt 6 ' +
        'ngư dân tỉnh Bình Thuận bị chìm tàu do sóng lớn, chăm sóc chu đáo và đưa về cảng cá Cà Ná an toàn.',
      'Tàu của ông luôn duy trì thiết bị giám sát hành trình 24/24 giờ, ghi nhật ký khai thác đầy đủ, nhiều lần cung cấp thông tin ' +
        'về tàu lạ cho Đồn Biên phòng. Tháng 3/2025, UBND xã Phước Diêm phát hiện và đưa ông vào diện tiếp tục bồi dưỡng, xây dựng ' +
        'điển hình trong phong trào ngư dân bám biển.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Phước Diêm, huyện Thuận Nam',
  },
  // ——— Khánh Hòa, từ ngày 01/7/2025 ———
  {
    slug: 'vo-minh-tri',
    kind: 'individual',
    name: 'Võ Minh Trí',
    unit: 'KH-LDLD',
    fields: ['cong-thuong-xay-dung-giao-thong', 'khoa-hoc-cong-nghe'],
    status: 'proposedToProvince',
    discoveredOn: '2025-07-15',
    recognisedYears: [2025],
    summary: 'Công nhân kỹ thuật có nhiều sáng kiến cải tiến dây chuyền chế biến muối, tiết kiệm chi phí sản xuất cho doanh nghiệp.',
    achievements: [
      'Anh Võ Minh Trí (sinh năm 1990), tổ trưởng tổ cơ điện tại một doanh nghiệp sản xuất, chế biến muối ở xã Cà Ná, có 11 năm ' +
        'gắn bó với nghề. Anh nghiên cứu cải tiến hệ thống băng tải và máy rửa muối, bổ sung bộ lọc tuần hoàn nước rửa, giúp giảm ' +
        '18% điện năng tiêu thụ và 25% lượng nước sử dụng, nâng công suất dây chuyền từ 8 tấn lên 11 tấn muối/giờ.',
      'Từ năm 2020 đến nay, anh là tác giả và đồng tác giả của 7 sáng kiến được công nhận, làm lợi cho doanh nghiệp ước tính 2,6 ' +
        'tỷ đồng. Anh từng được Liên đoàn Lao động tỉnh Ninh Thuận tặng Bằng khen “Lao động sáng tạo”; tháng 7/2025, anh được Liên ' +
        'đoàn Lao động tỉnh Khánh Hòa đề nghị tuyên dương điển hình tiên tiến cấp tỉnh.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Cà Ná, tỉnh Khánh Hòa',
  },
  {
    slug: 'le-van-thanh',
    kind: 'individual',
    name: 'Lê Văn Thạnh',
    unit: 'KH-HCCB',
    fields: ['nong-nghiep', 'an-sinh-xa-hoi'],
    status: 'recognised',
    discoveredOn: '2025-07-27',
    recognisedYears: [2025],
    summary: 'Cựu chiến binh làm kinh tế giỏi, thành lập tổ hợp tác giúp hội viên cựu chiến binh có việc làm, vươn lên thoát nghèo.',
    achievements: [
      'Ông Lê Văn Thạnh (sinh năm 1962), từng tham gia bảo vệ biên giới phía Bắc, sau khi xuất ngũ trở về quê lập nghiệp. Ông gây ' +
        'dựng trang trại 6 ha trồng xoài, mãng cầu và nuôi 200 con bò, dê, doanh thu bình quân trên 2 tỷ đồng/năm. Năm 2019, ông ' +
        'thành lập Tổ hợp tác cựu chiến binh sản xuất nông nghiệp với 19 hội viên, hỗ trợ vốn, giống và tìm đầu ra cho sản phẩm.',
      'Ông tạo việc làm thường xuyên cho 9 lao động, trong đó có 4 con em cựu chiến binh; giúp 7 hộ hội viên thoát nghèo, ủng hộ ' +
        '120 triệu đồng xây nhà “Nghĩa tình đồng đội”. Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/2025), ông được Hội Cựu ' +
        'chiến binh tỉnh Khánh Hòa tuyên dương là điển hình tiên tiến trong phong trào “Cựu chiến binh gương mẫu”.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Ninh Sơn, tỉnh Khánh Hòa',
  },
  {
    slug: 'trinh-quoc-viet',
    kind: 'individual',
    name: 'Trịnh Quốc Việt',
    unit: 'KH-SYT-BVDKNT',
    fields: ['y-te', 'khoa-hoc-cong-nghe'],
    status: 'proposedToProvince',
    discoveredOn: '2025-07-28',
    recognisedYears: [2025],
    summary: 'Bác sĩ hồi sức nhiều năm trực tiếp cứu sống các ca bệnh nặng, làm chủ kỹ thuật mới tại Bệnh viện Đa khoa khu vực Ninh Thuận.',
    achievements: [
      'Bác sĩ chuyên khoa II Trịnh Quốc Việt (sinh năm 1979), Trưởng khoa Hồi sức tích cực - Chống độc, có 21 năm công tác. Anh ' +
        'cùng tập thể khoa triển khai thường quy các kỹ thuật lọc máu liên tục, thay huyết tương, thở máy không xâm nhập, giúp nhiều ' +
        'người bệnh nặng được điều trị tại chỗ, không phải chuyển tuyến ra Nha Trang hay Thành phố Hồ Chí Minh.',
      'Trong hai năm 2024–2025, khoa do anh phụ trách điều trị cho hơn 2.300 lượt người bệnh nặng; tỷ lệ cứu sống các ca ngộ độc ' +
        'cấp, sốc nhiễm khuẩn tăng từ 72% lên 84%. Anh là chủ nhiệm 2 đề tài nghiên cứu khoa học cấp cơ sở, trực tiếp đào tạo, ' +
        'chuyển giao kỹ thuật cho 36 bác sĩ, điều dưỡng tuyến xã. Tháng 7/2025, anh được bệnh viện công nhận là điển hình tiên tiến ' +
        'và đề nghị Sở Y tế tỉnh Khánh Hòa tuyên dương cấp tỉnh.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'phường Phan Rang, tỉnh Khánh Hòa',
  },
  {
    slug: 'ho-ba-mau-thi-lan',
    kind: 'household',
    name: 'Hộ bà Mấu Thị Lan',
    unit: 'KH-X-BACAIDONG',
    fields: ['an-sinh-xa-hoi', 'nong-nghiep'],
    status: 'nurturing',
    discoveredOn: '2025-08-08',
    recognisedYears: [],
    summary: 'Hộ đồng bào Raglai chuyển đổi đất rẫy sang trồng xoài, nuôi bò sinh sản, đang phấn đấu thoát nghèo bền vững.',
    achievements: [
      'Gia đình bà Mấu Thị Lan (sinh năm 1984) có 6 nhân khẩu, thuộc diện hộ cận nghèo. Năm 2023, bà tham gia dự án hỗ trợ phát ' +
        'triển sản xuất thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, ' +
        'được nhận 120 cây xoài ghép và 1 con bò cái sinh sản, chuyển 1 ha rẫy trồng bắp sang trồng xoài xen đậu xanh.',
      'Đến giữa năm 2025, vườn xoài bắt đầu cho trái bói, bò đã sinh thêm 2 bê con; thu nhập của gia đình đạt khoảng 65 triệu ' +
        'đồng/năm, tăng gần gấp đôi so với trước. Tháng 8/2025, UBND xã Bác Ái Đông đưa gia đình bà vào danh sách nhân tố điển hình ' +
        'để tiếp tục hỗ trợ, theo dõi và nhân rộng.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'xã Bác Ái Đông, tỉnh Khánh Hòa',
  },
  {
    slug: 'le-quang-vinh',
    kind: 'individual',
    name: 'Lê Quang Vinh',
    unit: 'KH-X-CANA',
    fields: ['quoc-phong-an-ninh', 'an-sinh-xa-hoi'],
    status: 'recognised',
    discoveredOn: '2025-08-19',
    recognisedYears: [2025],
    summary: 'Cán bộ Đồn Biên phòng Cà Ná gắn bó với ngư dân, nhận đỡ đầu học sinh nghèo và giúp bà con vùng biển phát triển kinh tế.',
    achievements: [
      'Thiếu tá Lê Quang Vinh (sinh năm 1984), Đội trưởng Đội Vận động quần chúng, Đồn Biên phòng Cà Ná, có 14 năm công tác ở khu ' +
        'vực biên giới biển. Anh thường xuyên cùng tổ công tác xuống cảng cá, đến từng tàu tuyên truyền cho ngư dân về chống khai ' +
        'thác hải sản bất hợp pháp, phòng, chống buôn lậu, xuất nhập cảnh trái phép; riêng năm 2024, tổ công tác đã tuyên truyền cho ' +
        'hơn 4.500 lượt ngư dân.',
      'Thực hiện chương trình “Nâng bước em tới trường” và “Con nuôi đồn Biên phòng”, anh trực tiếp nhận đỡ đầu 3 học sinh mồ côi, ' +
        'vận động nhà hảo tâm hỗ trợ 45 học sinh nghèo với mức 500.000 đồng/em/tháng; kết nối vốn, con giống giúp 12 hộ ngư dân ' +
        'chuyển đổi sang nuôi cá bớp lồng. Tháng 8/2025, anh được UBND xã Cà Ná công nhận là điển hình tiên tiến trong phong trào ' +
        '“Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia”.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Cà Ná, tỉnh Khánh Hòa',
  },
  {
    slug: 'trung-tam-phuc-vu-hanh-chinh-cong-xa-ninh-phuoc',
    kind: 'collective',
    name: 'Trung tâm Phục vụ hành chính công xã Ninh Phước',
    unit: 'KH-X-NINHPHUOC',
    fields: ['cai-cach-hanh-chinh'],
    status: 'recognised',
    discoveredOn: '2025-09-18',
    recognisedYears: [2025],
    summary: 'Trung tâm Phục vụ hành chính công của xã mới vận hành thông suốt, giải quyết hồ sơ đúng và trước hạn đạt tỷ lệ cao.',
    achievements: [
      'Đi vào hoạt động từ ngày 01/7/2025, khi xã Ninh Phước được thành lập trên cơ sở thị trấn Phước Dân và các xã Phước Thuận, ' +
        'Phước Hải, Trung tâm bố trí 9 công chức, 4 quầy tiếp nhận và niêm yết công khai đầy đủ thủ tục hành chính thuộc thẩm quyền ' +
        'cấp xã. Trung tâm áp dụng lấy số thứ tự tự động, bố trí khu vực hướng dẫn nộp hồ sơ trực tuyến với sự hỗ trợ của đoàn viên ' +
        'thanh niên.',
      'Sau gần ba tháng hoạt động, Trung tâm tiếp nhận 6.820 hồ sơ, trong đó 63% nộp trực tuyến; 99,2% hồ sơ được giải quyết đúng ' +
        'và trước hạn, không có trường hợp phải gửi thư xin lỗi người dân do trễ hẹn. Kết quả khảo sát cho thấy 97% người dân hài ' +
        'lòng với thái độ phục vụ. Tháng 9/2025, Trung tâm được UBND xã Ninh Phước công nhận là tập thể điển hình tiên tiến trong ' +
        'cải cách hành chính.',
    ],
    locality: 'xã Ninh Phước, tỉnh Khánh Hòa',
  },
  {
    slug: 'to-cong-nghe-so-cong-dong-xa-cong-hai',
    kind: 'collective',
    name: 'Các tổ công nghệ số cộng đồng xã Công Hải',
    unit: 'KH-X-CONGHAI',
    fields: ['thong-tin-truyen-thong', 'cai-cach-hanh-chinh'],
    status: 'nurturing',
    discoveredOn: '2025-10-02',
    recognisedYears: [],
    summary:
      'Các tổ công nghệ số cộng đồng đến từng thôn hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.',
    achievements: [
      'Sau khi xã Công Hải mới được thành lập trên cơ sở sáp nhập xã Công Hải và xã Phước Chiến thuộc huyện Thuận Bắc cũ, UBND xã ' +
        'kiện toàn 14 tổ công nghệ số cộng đồng với 98 thành viên là cán bộ thôn, đoàn viên, giáo viên. Các tổ “đi từng ngõ, gõ từng ' +
        'nhà” hướng dẫn người dân, nhất là đồng bào Raglai, cài đặt ứng dụng VNeID, nộp hồ sơ trực tuyến, tra cứu giá nông sản.',
      'Trong tháng 8 và tháng 9/2025, các tổ đã hỗ trợ 3.260 lượt người dân, giúp 1.140 người kích hoạt tài khoản định danh điện ' +
        'tử mức độ 2 và 420 hộ kinh doanh, hộ sản xuất mở tài khoản thanh toán không dùng tiền mặt. Mô hình đang được xã theo dõi, ' +
        'bồi dưỡng để đề nghị công nhận điển hình tiên tiến trong phong trào “Bình dân học vụ số”.',
    ],
    locality: 'xã Công Hải, tỉnh Khánh Hòa',
  },
  {
    slug: 'nguyen-thi-kim-chi',
    kind: 'individual',
    name: 'Nguyễn Thị Kim Chi',
    unit: 'KH-HLHPN',
    fields: ['an-sinh-xa-hoi'],
    status: 'recognised',
    discoveredOn: '2025-10-20',
    recognisedYears: [2025],
    summary:
      'Chủ tịch Hội Liên hiệp Phụ nữ xã có nhiều sáng kiến hỗ trợ phụ nữ khởi nghiệp, phát triển sản phẩm OCOP từ nông sản địa phương.',
    achievements: [
      'Bà Nguyễn Thị Kim Chi (sinh năm 1976), Chủ tịch Hội Liên hiệp Phụ nữ xã Lâm Sơn, có 15 năm làm công tác Hội. Bà khởi xướng ' +
        'mô hình “Phụ nữ khởi nghiệp từ nông sản quê hương”, hỗ trợ 12 chị em thành lập tổ hợp tác chế biến mãng cầu sấy, bánh ' +
        'tráng, mật ong rừng; 2 sản phẩm của tổ đạt chứng nhận OCOP 3 sao.',
      'Bà vận động thành lập 18 tổ tiết kiệm và vay vốn với dư nợ ủy thác 21 tỷ đồng, giúp 96 hội viên có vốn sản xuất; phối hợp ' +
        'tổ chức 15 lớp dạy nghề, kỹ năng bán hàng trực tuyến cho 430 chị em, trong đó có nhiều phụ nữ Raglai. Nhân kỷ niệm 95 năm ' +
        'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/2025), bà được Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa công nhận là điển ' +
        'hình tiên tiến.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'xã Lâm Sơn, tỉnh Khánh Hòa',
  },
  {
    slug: 'ngo-van-hien',
    kind: 'individual',
    name: 'Ngô Văn Hiền',
    unit: 'KH-MTTQ',
    fields: ['an-sinh-xa-hoi', 'dang-chinh-quyen'],
    status: 'recognised',
    discoveredOn: '2025-11-05',
    recognisedYears: [2025],
    summary: 'Trưởng ban Công tác Mặt trận khu phố vận động nguồn lực xóa nhà tạm, nhà dột nát và chăm lo cho hộ nghèo.',
    achievements: [
      'Ông Ngô Văn Hiền (sinh năm 1958), giáo viên nghỉ hưu, nhiều năm làm Trưởng ban Công tác Mặt trận khu phố. Hưởng ứng phong ' +
        'trào thi đua “Chung tay xóa nhà tạm, nhà dột nát”, ông cùng Ban Công tác Mặt trận vận động doanh nghiệp, nhà hảo tâm đóng ' +
        'góp hơn 780 triệu đồng và 1.200 ngày công, hỗ trợ xây mới, sửa chữa 14 căn nhà cho hộ nghèo, gia đình chính sách.',
      'Ông duy trì “Tủ bánh mì 0 đồng” và “Bếp ăn yêu thương”, mỗi tuần phát 150 suất ăn cho người lao động nghèo, người bệnh; vận ' +
        'động 100% hộ gia đình trong khu phố ký cam kết giữ gìn an ninh trật tự, vệ sinh môi trường. Tháng 11/2025, nhân Ngày hội ' +
        'Đại đoàn kết toàn dân tộc, ông được Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa công nhận là điển hình tiên tiến.',
    ],
    ethnicGroup: 'Kinh',
    locality: 'phường Đô Vinh, tỉnh Khánh Hòa',
  },
  {
    slug: 'pi-nang-thi-thuy',
    kind: 'individual',
    name: 'Pi Năng Thị Thủy',
    unit: 'KH-SGDDT',
    fields: ['giao-duc-dao-tao'],
    status: 'newFactor',
    discoveredOn: '2025-11-14',
    recognisedYears: [],
    summary: 'Cô giáo người Raglai sáng tạo cách dạy song ngữ, giúp học sinh dân tộc thiểu số lớp Một đọc thông, viết thạo tiếng Việt.',
    achievements: [
      'Cô Pi Năng Thị Thủy (sinh năm 1992) dạy tại một trường tiểu học ở xã Bác Ái Tây, nơi gần như toàn bộ học sinh là con em ' +
        'đồng bào Raglai. Nhận thấy nhiều em vào lớp Một chưa nói thạo tiếng Việt, cô tự biên soạn bộ 120 thẻ từ song ngữ Việt - ' +
        'Raglai với hình ảnh gần gũi đời sống núi rừng, tổ chức trò chơi học chữ và hát đồng dao Raglai trong giờ học.',
      'Năm học 2024 - 2025, 100% học sinh lớp Một do cô chủ nhiệm hoàn thành chương trình, 86% đọc thông, viết thạo, cao hơn bình ' +
        'quân của trường 19 điểm phần trăm. Tháng 11/2025, Sở Giáo dục và Đào tạo phát hiện mô hình qua đợt khảo sát chất lượng giáo ' +
        'dục vùng đồng bào dân tộc thiểu số, đưa cô vào danh sách nhân tố mới để tiếp tục theo dõi, bồi dưỡng.',
    ],
    ethnicGroup: 'Raglai',
    locality: 'xã Bác Ái Tây, tỉnh Khánh Hòa',
  },
]
