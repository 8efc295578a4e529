"""Name parts and fixed lists for the fictitious province's directory (all invented)."""

# (short name, full name, e-mail box, web sub-domain) of the 23 provincial agencies
DEPARTMENTS = [
    ("VP UBND", "Văn phòng Ủy ban nhân dân tỉnh", "vpubnd", "vpubnd"),
    ("SNV", "Sở Nội vụ", "snv", "snv"),
    ("STC", "Sở Tài chính", "stc", "stc"),
    ("SKHĐT", "Sở Kế hoạch và Đầu tư", "skhdt", "skhdt"),
    ("STP", "Sở Tư pháp", "stp", "stp"),
    ("SCT", "Sở Công Thương", "sct", "sct"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "snnptnt", "snnptnt"),
    ("SGTVT", "Sở Giao thông vận tải", "sgtvt", "sgtvt"),
    ("SXD", "Sở Xây dựng", "sxd", "sxd"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "stnmt", "stnmt"),
    ("STTTT", "Sở Thông tin và Truyền thông", "stttt", "stttt"),
    ("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội", "sldtbxh", "sldtbxh"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "svhttdl", "svhttdl"),
    ("SKHCN", "Sở Khoa học và Công nghệ", "skhcn", "skhcn"),
    ("SGDĐT", "Sở Giáo dục và Đào tạo", "sgddt", "sgddt"),
    ("SYT", "Sở Y tế", "syt", "syt"),
    ("SNgV", "Sở Ngoại vụ", "sngv", "sngv"),
    ("TTr", "Thanh tra tỉnh", "thanhtra", "thanhtra"),
    ("BDT", "Ban Dân tộc tỉnh", "bdt", "bdt"),
    ("BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", "bqlkcn", "bqlkcn"),
    ("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", "ttpvhcc", "hanhchinhcong"),
    ("BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "bqlda", "bqlda"),
    ("ĐPTTH", "Đài Phát thanh và Truyền hình tỉnh", "dptth", "dptth"),
]

# (prefix, name, number of communes) of the 8 districts: 286 communes in all
DISTRICTS = [
    ("thành phố", "Hòa Bình Xanh", 24),
    ("thị xã", "Ngọc Sơn", 20),
    ("huyện", "Đồng Lạc", 41),
    ("huyện", "Kim Thạch", 38),
    ("huyện", "Vân Khê", 36),
    ("huyện", "Tiên Hưng", 44),
    ("huyện", "Lục Yên Hạ", 33),
    ("huyện", "Bình Giang Thượng", 50),
]

FIRST = [
    "Tân", "An", "Hòa", "Phú", "Bình", "Thạnh", "Long", "Vĩnh", "Minh", "Quang", "Đông",
    "Tây", "Nam", "Bắc", "Hưng", "Lợi", "Thịnh", "Sơn", "Hải", "Thủy", "Lâm", "Trung",
    "Phước", "Mỹ", "Đức", "Thanh", "Kim", "Ngọc", "Hồng", "Xuân", "Hiệp", "Quảng",
]
SECOND = [
    "Phú", "Hòa", "Lộc", "Thành", "Tiến", "Lợi", "Phong", "Hưng", "Thịnh", "Bình", "An",
    "Sơn", "Hà", "Giang", "Khê", "Lâm", "Trung", "Đồng", "Tân", "Vinh", "Mỹ", "Phát",
    "Hải", "Tường", "Nghĩa", "Thuận", "Long", "Cường",
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Thu", "Xuân", "Công", "Hồng"]
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
    "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân",
    "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến",
]

STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt", "Phan Chu Trinh", "Hùng Vương"]

DEPARTMENT_CONTACTS = [
    ("Giám đốc", "Ban Giám đốc"),
    ("Phó Giám đốc", "Ban Giám đốc"),
    ("Chánh Văn phòng", "Văn phòng"),
    ("Trưởng phòng", "Phòng Kế hoạch - Tài chính"),
    ("Trưởng phòng", "Phòng Tổ chức cán bộ"),
    ("Chánh Thanh tra", "Thanh tra"),
]
DISTRICT_CONTACTS = [
    ("Chủ tịch Ủy ban nhân dân", "Thường trực UBND"),
    ("Phó Chủ tịch Ủy ban nhân dân", "Thường trực UBND"),
    ("Chánh Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"),
    ("Trưởng phòng", "Phòng Nội vụ"),
    ("Trưởng phòng", "Phòng Tài chính - Kế hoạch"),
]
COMMUNE_CONTACTS = [
    ("Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân"),
    ("Phó Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân"),
    ("Công chức Văn phòng - Thống kê", "Văn phòng"),
]

HOURS = "Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu"
