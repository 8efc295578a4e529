"""Demo content, written for this project: the fictitious province of Hòa Bình Xanh.

Every name, place and event here is invented for the demo.
"""

# login, full name, e-mail, global roles — development passwords are "<login>-matkhau"
USERS = [
    ("admin", "Nguyễn Văn Quản", "quantri.he.thong@hoabinhxanh.gov.vn", ("Manager",)),
    ("quantri", "Trần Thị Trang", "quantri@hoabinhxanh.gov.vn", ("Site Administrator",)),
    ("bientap", "Lê Minh Biên", "bientap@hoabinhxanh.gov.vn", ("Editor",)),
    ("duyet", "Phạm Quốc Duyệt", "duyet@hoabinhxanh.gov.vn", ("Reviewer",)),
    ("congtac", "Hoàng Thu Cộng", "congtac@hoabinhxanh.gov.vn", ("Contributor",)),
    ("canbo", "Vũ Đức Cán", "canbo@hoabinhxanh.gov.vn", ()),
]

# name, title, description, ordered (news and announcements are large stores)
SECTIONS = [
    ("gioi-thieu", "Giới thiệu", "Tổng quan về tỉnh Hòa Bình Xanh.", True),
    ("tin-tuc", "Tin tức", "Tin tức, sự kiện của tỉnh và các địa phương.", False),
    ("thong-bao", "Thông báo", "Thông báo của Ủy ban nhân dân tỉnh và các sở, ngành.", False),
    ("du-lich", "Du lịch", "Điểm đến, lễ hội và sản vật của Hòa Bình Xanh.", True),
    ("dau-tu", "Đầu tư", "Môi trường đầu tư, khu công nghiệp và thủ tục cho nhà đầu tư.", True),
]


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


# section, title, description, body
PAGES = [
    (
        "gioi-thieu",
        "Tổng quan",
        "Vị trí, diện tích, dân số và đơn vị hành chính của tỉnh.",
        p(
            "Hòa Bình Xanh là một tỉnh trung du có diện tích tự nhiên khoảng 4.860 km², "
            "dân số hơn một triệu người, gồm 8 huyện, thị xã, thành phố và 286 xã, phường, thị trấn.",
            "Tỉnh lỵ đặt tại thành phố Hòa Bình Xanh, cách thủ đô khoảng 120 km theo đường cao tốc.",
        ),
    ),
    (
        "gioi-thieu",
        "Điều kiện tự nhiên",
        "Địa hình, khí hậu, sông ngòi và tài nguyên.",
        p(
            "Địa hình thấp dần từ tây bắc xuống đông nam; phía tây là đồi núi, phía đông là đồng bằng "
            "ven sông Ngọc. Khí hậu nhiệt đới gió mùa, mùa mưa từ tháng 5 đến tháng 10.",
            "Tỉnh có rừng phòng hộ đầu nguồn, mỏ đá vôi và nhiều hồ chứa phục vụ tưới tiêu.",
        ),
    ),
    (
        "gioi-thieu",
        "Lịch sử",
        "Những mốc chính trong lịch sử hình thành tỉnh.",
        p(
            "Vùng đất ven sông Ngọc có người sinh sống từ rất sớm; các làng nghề gốm và dệt đã nổi tiếng "
            "từ nhiều thế kỷ trước.",
            "Tỉnh được tái lập với địa giới hiện nay sau lần điều chỉnh đơn vị hành chính gần nhất.",
        ),
    ),
    (
        "gioi-thieu",
        "Bộ máy hành chính",
        "Hội đồng nhân dân, Ủy ban nhân dân và các sở, ngành.",
        p(
            "Ủy ban nhân dân tỉnh có 20 sở, ban, ngành chuyên môn và các đơn vị sự nghiệp trực thuộc.",
            "Danh bạ đầy đủ của các cơ quan, kèm địa chỉ thư điện tử công vụ, được đăng tại mục Cơ quan.",
        ),
    ),
    (
        "gioi-thieu",
        "Liên hệ",
        "Địa chỉ liên hệ của Ban biên tập Cổng thông tin.",
        p(
            "Ban biên tập Cổng thông tin điện tử tỉnh: số 1 đường Trung tâm, thành phố Hòa Bình Xanh.",
            "Điện thoại: 0200 3 800 000. Thư điện tử: banbientap@hoabinhxanh.gov.vn.",
        ),
    ),
    (
        "du-lich",
        "Lễ hội Đền Đồng Sơn",
        "Lễ hội truyền thống lớn nhất tỉnh, mở vào tháng Giêng.",
        p(
            "Lễ hội Đền Đồng Sơn diễn ra từ mùng 6 đến mùng 10 tháng Giêng, với lễ rước nước, thi nấu "
            "cơm và các trò chơi dân gian.",
            "Du khách đi theo đường tỉnh 305, cách trung tâm thành phố khoảng 25 km.",
        ),
    ),
    (
        "dau-tu",
        "Khu công nghiệp Ngọc Lâm",
        "Quỹ đất, hạ tầng và ưu đãi tại khu công nghiệp Ngọc Lâm.",
        p(
            "Khu công nghiệp Ngọc Lâm rộng 320 ha, đã có đường nội khu, trạm xử lý nước thải và trạm điện.",
            "Nhà đầu tư liên hệ Ban Quản lý các khu công nghiệp tỉnh để được hướng dẫn thủ tục.",
        ),
    ),
]

# section, title, lead, body, source, state, author, picture (see images.py) or None
NEWS = [
    (
        "tin-tuc",
        "Hội nghị triển khai thư điện tử công vụ",
        "Ủy ban nhân dân tỉnh tổ chức hội nghị hướng dẫn dùng hộp thư công vụ.",
        p(
            "Các sở, ngành dùng thư điện tử công vụ thay cho hộp thư miễn phí.",
            "Mỗi cán bộ được cấp một hộp thư trên miền hoabinhxanh.gov.vn trước cuối quý.",
        ),
        "Văn phòng UBND tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Khởi công nâng cấp đường tỉnh 305",
        "Tuyến đường dài 18 km nối thành phố với các xã phía tây được mở rộng lên 4 làn xe.",
        p(
            "Dự án do Sở Giao thông vận tải làm chủ đầu tư, dự kiến hoàn thành sau 24 tháng.",
            "Trong thời gian thi công, người dân đi theo đường tránh qua xã Đồng Tâm.",
        ),
        "Sở Giao thông vận tải",
        "published",
        "bientap",
        "road",
    ),
    (
        "tin-tuc",
        "Cấp thẻ bảo hiểm y tế cho học sinh năm học mới",
        "Hơn 120 nghìn học sinh được cấp thẻ bảo hiểm y tế trước ngày khai giảng.",
        p(
            "Bảo hiểm xã hội tỉnh phối hợp với các trường tổ chức cấp thẻ tại lớp học.",
            "Phụ huynh có thể tra cứu giá trị thẻ trên ứng dụng của ngành bảo hiểm.",
        ),
        "Bảo hiểm xã hội tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Mùa lúa đông xuân được mùa, được giá",
        "Năng suất lúa bình quân đạt 6,4 tấn/ha, cao nhất trong 5 năm.",
        p(
            "Nhiều hợp tác xã áp dụng cơ giới hóa từ khâu làm đất đến thu hoạch.",
            "Ngành nông nghiệp khuyến cáo nông dân vệ sinh đồng ruộng trước vụ mới.",
        ),
        "Sở Nông nghiệp và Phát triển nông thôn",
        "published",
        "bientap",
        "field",
    ),
    (
        "tin-tuc",
        "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh",
        "Gần 1.500 học sinh trung học phổ thông tham dự kỳ thi ở 12 môn.",
        p(
            "Kỳ thi được tổ chức nghiêm túc tại ba điểm thi ở thành phố Hòa Bình Xanh.",
            "Kết quả sẽ được công bố trên trang của Sở Giáo dục và Đào tạo.",
        ),
        "Sở Giáo dục và Đào tạo",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Khánh thành cầu Đồng Tâm qua sông Ngọc",
        "Cây cầu dài 420 m rút ngắn 15 km đường đi giữa hai bờ sông.",
        p(
            "Cầu Đồng Tâm được xây dựng bằng vốn ngân sách tỉnh và vốn hỗ trợ của trung ương.",
            "Việc đưa cầu vào sử dụng giúp các xã ven sông thuận lợi giao thương.",
        ),
        "Báo Hòa Bình Xanh",
        "published",
        "bientap",
        "bridge",
    ),
    (
        "tin-tuc",
        "Chuyển đổi số trong tiếp nhận hồ sơ hành chính",
        "Tỷ lệ hồ sơ nộp trực tuyến tại bộ phận một cửa cấp tỉnh đạt 62%.",
        p(
            "Người dân có thể theo dõi tình trạng hồ sơ bằng mã hồ sơ trên Cổng thông tin.",
            "Tỉnh đặt mục tiêu 80% hồ sơ được nộp trực tuyến vào cuối năm sau.",
        ),
        "Sở Thông tin và Truyền thông",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Ra quân làm đường giao thông nông thôn",
        "Các xã huyện Sơn Ngọc làm mới 35 km đường bê tông trong mùa khô.",
        p(
            "Nhân dân hiến đất, góp ngày công; nhà nước hỗ trợ xi măng và máy móc.",
            "Đường mới giúp xe chở nông sản vào tận thôn, bản.",
        ),
        "UBND huyện Sơn Ngọc",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Khám sàng lọc miễn phí cho người cao tuổi",
        "Bệnh viện đa khoa tỉnh khám cho hơn 2.000 người cao tuổi tại các xã vùng sâu.",
        p(
            "Các bác sĩ đo huyết áp, đường huyết và tư vấn chế độ dinh dưỡng.",
            "Người có thẻ bảo hiểm y tế được chuyển tuyến điều trị khi cần.",
        ),
        "Sở Y tế",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Liên hoan văn nghệ quần chúng các dân tộc",
        "Hơn 30 đội văn nghệ tham gia liên hoan tại Nhà văn hóa tỉnh.",
        p(
            "Nhiều tiết mục dân ca, múa sạp và hát then được dàn dựng công phu.",
            "Liên hoan góp phần giữ gìn bản sắc văn hóa các dân tộc trong tỉnh.",
        ),
        "Sở Văn hóa, Thể thao và Du lịch",
        "published",
        "bientap",
        "festival",
    ),
    (
        "tin-tuc",
        "Tỉnh đón đoàn nhà đầu tư vào khu công nghiệp Ngọc Lâm",
        "Ba doanh nghiệp chế biến nông sản khảo sát quỹ đất tại khu công nghiệp.",
        p(
            "Lãnh đạo tỉnh cam kết hỗ trợ thủ tục đầu tư theo cơ chế một cửa.",
            "Các doanh nghiệp dự kiến tạo việc làm cho khoảng 3.000 lao động.",
        ),
        "Ban Quản lý các khu công nghiệp",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Hoàn thành đường điện về thôn Đồng Bằng",
        "Hơn 200 hộ dân vùng cao lần đầu có điện lưới quốc gia.",
        p(
            "Công trình gồm 6 km đường dây trung thế và 3 trạm biến áp.",
            "Người dân đã sắm máy xay xát, tủ lạnh phục vụ sản xuất và sinh hoạt.",
        ),
        "Công ty Điện lực tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Trồng mới 1.200 ha rừng phòng hộ",
        "Tỉnh hoàn thành kế hoạch trồng rừng năm nay sớm hai tháng.",
        p(
            "Các loài cây bản địa được ưu tiên trồng ở vùng đầu nguồn sông Ngọc.",
            "Chủ rừng được hỗ trợ cây giống và tiền khoán bảo vệ rừng.",
        ),
        "Chi cục Kiểm lâm",
        "published",
        "bientap",
        "forest",
    ),
    (
        "tin-tuc",
        "Hướng dẫn dùng chữ ký số trong văn bản điện tử",
        "Văn thư các cơ quan được tập huấn ký số văn bản đi và kiểm tra văn bản đến.",
        p(
            "Mỗi cơ quan dùng chứng thư số của cơ quan như con dấu trên văn bản giấy.",
            "Văn bản điện tử có chữ ký số có giá trị pháp lý như văn bản giấy.",
        ),
        "Sở Nội vụ",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Học sinh vùng cao được tặng 500 xe đạp",
        "Chương trình \u201cĐến trường an toàn\u201d trao xe cho học sinh nhà xa trường.",
        p(
            "Mỗi chiếc xe kèm mũ bảo hiểm và sách hướng dẫn đi đường an toàn.",
            "Nhà trường tổ chức buổi học luật giao thông cho các em trước khi nhận xe.",
        ),
        "Tỉnh đoàn",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Phiên chợ nông sản an toàn cuối tuần",
        "Chợ họp sáng thứ bảy tại quảng trường, chỉ bày bán sản phẩm có truy xuất nguồn gốc.",
        p(
            "Mỗi gian hàng có mã QR để người mua xem nơi sản xuất.",
            "Phiên chợ giúp nông dân bán trực tiếp, bớt qua trung gian.",
        ),
        "Sở Công Thương",
        "published",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Đề án tổ chức lại mạng lưới trường học",
        "Dự thảo đề án sắp xếp các điểm trường lẻ đang được lấy ý kiến.",
        p(
            "Đề án đề xuất giữ lại điểm trường mầm non ở các thôn xa.",
            "Ý kiến góp ý gửi về Sở Giáo dục và Đào tạo trước cuối tháng.",
        ),
        "Sở Giáo dục và Đào tạo",
        "pending",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Bản tin giá cả thị trường tuần này",
        "Giá lúa, lợn hơi và rau xanh tại các chợ đầu mối trong tỉnh.",
        p(
            "Giá lúa tẻ thường ổn định; giá lợn hơi tăng nhẹ so với tuần trước.",
            "Rau xanh giảm giá do thời tiết thuận lợi.",
        ),
        "Sở Công Thương",
        "pending",
        "congtac",
        None,
    ),
    (
        "tin-tuc",
        "Kế hoạch tuyên truyền chuyển đổi số năm tới",
        "Mỗi xã có một tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến.",
        p(
            "Tổ công nghệ số cộng đồng gồm đoàn viên thanh niên, công an xã và cán bộ văn hóa, "
            "đến từng thôn hướng dẫn cài ứng dụng và nộp hồ sơ trực tuyến.",
            "Kế hoạch ưu tiên người cao tuổi và hộ kinh doanh nhỏ ở chợ, bến xe.",
        ),
        "Ban biên tập Cổng thông tin",
        "private",
        "bientap",
        None,
    ),
    (
        "tin-tuc",
        "Làng gốm Đồng Xuân giữ lửa nghề",
        "Hơn 40 hộ ở thôn Đồng Xuân vẫn nặn gốm bằng bàn xoay đạp chân.",
        p(
            "Đất sét được lấy từ bãi bồi sông Ngọc, ủ ba tháng trước khi nặn.",
            "Hợp tác xã gốm đang mở lớp dạy nghề miễn phí cho thanh niên trong thôn.",
            "Du khách có thể tự tay làm một chiếc bát nhỏ và mang về sau khi nung.",
        ),
        "Hoàng Thu Cộng, cộng tác viên",
        "private",
        "congtac",
        None,
    ),
    (
        "thong-bao",
        "Thông báo lịch tiếp công dân tháng này",
        "Lãnh đạo UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.",
        p(
            "Địa điểm: Trụ sở tiếp công dân tỉnh, số 3 đường Trung tâm.",
            "Công dân mang theo giấy tờ tùy thân và hồ sơ liên quan.",
        ),
        "Ban Tiếp công dân tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Cảnh báo mưa lớn và lũ quét ở các huyện miền núi",
        "Từ đêm nay đến hết ngày mai có mưa to, nguy cơ sạt lở đất ở vùng núi.",
        p(
            "Người dân không qua ngầm, tràn khi nước lên; di dời khỏi khu vực có nguy cơ sạt lở.",
            "Các xã duy trì lực lượng trực phòng chống thiên tai 24/24 giờ.",
        ),
        "Ban Chỉ huy phòng chống thiên tai tỉnh",
        "published",
        "bientap",
        "rain",
    ),
    (
        "thong-bao",
        "Tạm dừng giao dịch một cửa để nâng cấp hệ thống",
        "Bộ phận một cửa cấp tỉnh nghỉ giao dịch trực tuyến chiều thứ sáu.",
        p(
            "Hồ sơ nộp trực tuyến trong thời gian này được tiếp nhận vào sáng thứ hai.",
            "Thời hạn giải quyết được tính lại từ ngày tiếp nhận.",
        ),
        "Trung tâm Phục vụ hành chính công",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Tuyển dụng viên chức ngành giáo dục",
        "Tỉnh tuyển 180 chỉ tiêu giáo viên mầm non và tiểu học.",
        p(
            "Thí sinh nộp hồ sơ tại Sở Nội vụ hoặc qua thư điện tử công vụ của sở.",
            "Thời hạn nhận hồ sơ là 30 ngày kể từ ngày thông báo.",
        ),
        "Sở Nội vụ",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Lịch cắt điện bảo dưỡng lưới điện",
        "Một số khu vực thành phố mất điện từ 7 giờ đến 15 giờ chủ nhật.",
        p(
            "Khu vực bị ảnh hưởng gồm các phường Bắc Sơn, Đông Hà và một phần đường Trần Phú.",
            "Khách hàng cần hỗ trợ gọi tổng đài chăm sóc khách hàng của ngành điện.",
        ),
        "Công ty Điện lực tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo phân luồng giao thông dịp lễ hội",
        "Xe trên 16 chỗ không đi vào đường dẫn lên Đền Đồng Sơn trong ba ngày lễ hội.",
        p(
            "Bãi đỗ xe tạm bố trí tại sân vận động xã Đồng Sơn.",
            "Lực lượng cảnh sát giao thông hướng dẫn tại các nút giao.",
        ),
        "Công an tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo kết quả lựa chọn nhà thầu gói thầu thiết bị y tế",
        "Công khai kết quả lựa chọn nhà thầu theo quy định về đấu thầu.",
        p(
            "Gói thầu cung cấp máy siêu âm cho các trung tâm y tế huyện.",
            "Hồ sơ chi tiết được niêm yết tại Sở Y tế.",
        ),
        "Sở Y tế",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thu hồi thẻ bảo hiểm y tế cấp trùng",
        "Người có hai thẻ bảo hiểm y tế nộp lại thẻ cấp sau tại bảo hiểm xã hội huyện.",
        p(
            "Việc thu hồi giúp tránh chi trả trùng khi khám chữa bệnh.",
            "Người dân không phải đóng thêm tiền khi nộp lại thẻ.",
        ),
        "Bảo hiểm xã hội tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Lấy ý kiến dự thảo quy hoạch đô thị Ngọc Lâm",
        "Dự thảo được trưng bày tại UBND thị xã và đăng trên Cổng thông tin.",
        p(
            "Tổ chức, cá nhân góp ý bằng văn bản hoặc thư điện tử trong 30 ngày.",
            "Các ý kiến được tổng hợp, giải trình trước khi trình phê duyệt.",
        ),
        "Sở Xây dựng",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo nghỉ lễ Quốc khánh",
        "Cán bộ, công chức nghỉ lễ Quốc khánh theo quy định của Chính phủ.",
        p(
            "Các cơ quan bố trí trực bảo đảm an ninh, an toàn trong dịp nghỉ lễ.",
            "Bộ phận một cửa thông báo lịch tiếp nhận hồ sơ trên Cổng thông tin.",
        ),
        "Văn phòng UBND tỉnh",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Mời tham gia hội chợ thương mại vùng",
        "Doanh nghiệp đăng ký gian hàng tại Sở Công Thương trước ngày 20.",
        p(
            "Hội chợ dành ưu tiên cho sản phẩm đặc sản của tỉnh.",
            "Tỉnh hỗ trợ một phần chi phí thuê gian hàng.",
        ),
        "Sở Công Thương",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo về việc dùng hộp thư công vụ",
        "Từ tháng sau, văn bản gửi đến địa chỉ thư miễn phí sẽ không được tiếp nhận.",
        p(
            "Cán bộ dùng hộp thư trên miền hoabinhxanh.gov.vn cho mọi việc công.",
            "Trường hợp quên mật khẩu, liên hệ Sở Thông tin và Truyền thông.",
        ),
        "Sở Thông tin và Truyền thông",
        "published",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo tuyển sinh vào lớp 10 trung học phổ thông",
        "Kỳ thi tuyển sinh lớp 10 gồm ba bài thi: Ngữ văn, Toán và Ngoại ngữ.",
        p(
            "Học sinh đăng ký dự tuyển trực tuyến trên hệ thống tuyển sinh của sở, "
            "mỗi em được chọn tối đa hai nguyện vọng.",
            "Chỉ tiêu của từng trường được công bố cùng lịch thi chính thức.",
        ),
        "Sở Giáo dục và Đào tạo",
        "pending",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Thông báo lịch diễn tập phòng cháy, chữa cháy tại chợ trung tâm",
        "Buổi diễn tập diễn ra sáng thứ tư tuần tới, từ 7 giờ 30 đến 10 giờ.",
        p(
            "Trong thời gian diễn tập, đường quanh chợ tạm cấm xe; tiểu thương được hướng dẫn "
            "di chuyển hàng hóa ra khu vực an toàn.",
            "Người dân không hoảng sợ khi nghe còi báo cháy và thấy khói tạo giả.",
        ),
        "Công an tỉnh",
        "pending",
        "congtac",
        None,
    ),
    (
        "thong-bao",
        "Thông báo đấu giá quyền sử dụng đất ở tại xã Đồng Tâm",
        "Đấu giá 24 lô đất ở dọc đường tỉnh 305, diện tích từ 100 đến 150 m².",
        p(
            "Hồ sơ tham gia đấu giá bán tại Trung tâm Phát triển quỹ đất tỉnh.",
            "Người tham gia nộp tiền đặt trước bằng chuyển khoản; cuộc đấu giá theo hình thức "
            "bỏ phiếu trực tiếp.",
        ),
        "Sở Tài nguyên và Môi trường",
        "private",
        "bientap",
        None,
    ),
    (
        "thong-bao",
        "Khuyến cáo an toàn thực phẩm mùa nắng nóng",
        "Nắng nóng kéo dài làm tăng nguy cơ ngộ độc thực phẩm tại bếp ăn tập thể.",
        p(
            "Thức ăn chín nên dùng trong vòng hai giờ; rau sống rửa kỹ dưới vòi nước.",
            "Bếp ăn trường học và khu công nghiệp cần lưu mẫu thức ăn 24 giờ theo quy định.",
        ),
        "Chi cục An toàn vệ sinh thực phẩm",
        "private",
        "congtac",
        None,
    ),
]


# The demo sub-site of the provincial department of information and communications
SUB_SITE_PAGE = {
    "title": "Giới thiệu Sở",
    "description": "Chức năng, nhiệm vụ và cơ cấu tổ chức của Sở (bản mẫu).",
    "body": p(
        "Sở tham mưu cho Ủy ban nhân dân tỉnh về báo chí, xuất bản, bưu chính, viễn thông "
        "và công nghệ thông tin; hướng dẫn các cơ quan dùng thư điện tử công vụ.",
        "Văn phòng Sở tiếp nhận hồ sơ trong giờ hành chính từ thứ Hai đến thứ Sáu.",
    ),
}
SUB_SITE_NEWS = [
    (
        "Tập huấn bảo đảm an toàn thông tin cho cán bộ cấp xã",
        "Sở tổ chức lớp tập huấn về mật khẩu mạnh và nhận diện thư giả mạo cho công chức xã.",
    ),
    (
        "Hướng dẫn chuyển hộp thư công vụ sang hệ thống mới",
        "Các cơ quan chuyển hộp thư công vụ sang máy chủ mới của tỉnh trước cuối quý.",
    ),
]
