"""Demo content, written for this project: a fictitious province, Hòa Bình Xanh."""

# login, full name, e-mail, global roles — development passwords are "<login>-matkhau"
USERS = [
    ("admin", "Nguyễn Văn Quản", "quantri.he.thong@hoabinhxanh.gov.vn", ("Manager",)),
    ("quantri", "Trần Thị Trang", "quantri@hoabinhxanh.gov.vn", ("Site Administrator",)),
    ("bientap", "Lê Minh Biên", "bientap@hoabinhxanh.gov.vn", ("Editor",)),
    ("duyet", "Phạm Quốc Duyệt", "duyet@hoabinhxanh.gov.vn", ("Reviewer",)),
    ("congtac", "Hoàng Thu Cộng", "congtac@hoabinhxanh.gov.vn", ("Contributor",)),
    ("canbo", "Vũ Đức Cán", "canbo@hoabinhxanh.gov.vn", ()),
]

# name, title, description, ordered (news is a large, unordered store)
SECTIONS = [
    ("gioi-thieu", "Giới thiệu", "Tổng quan về tỉnh Hòa Bình Xanh.", True),
    ("tin-tuc", "Tin tức", "Tin tức, sự kiện và thông báo của tỉnh.", False),
    ("thong-bao", "Thông báo", "Thông báo của các cơ quan trong tỉnh.", False),
]

# section, title, description, body
PAGES = [
    (
        "gioi-thieu",
        "Điều kiện tự nhiên",
        "Vị trí địa lý, khí hậu và tài nguyên của tỉnh.",
        "<p>Tỉnh Hòa Bình Xanh nằm ở vùng trung du, có sông Ngọc chảy qua.</p>",
    ),
]

# section, title, lead, body, source, state, author
NEWS = [
    (
        "tin-tuc",
        "Hội nghị triển khai thư điện tử công vụ",
        "Ủy ban nhân dân tỉnh tổ chức hội nghị hướng dẫn dùng hộp thư công vụ.",
        "<p>Các sở, ngành dùng thư điện tử công vụ thay cho hộp thư miễn phí.</p>",
        "Văn phòng UBND tỉnh",
        "published",
        "bientap",
    ),
]
