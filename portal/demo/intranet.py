"""The intranet demo: the offices of three agencies (Văn phòng UBND tỉnh, Sở Tư pháp,
Sở Thông tin và Truyền thông), their units and staff in every role, and a few
hundred official documents replayed step by step on past working days.

Every step is taken by the person who holds the role, on the day it happened
(`portal.today`), so numbers, dates, deadlines, the registers and the audit log
read as if the offices had worked through the previous and the current year.
All steps of all documents run in one queue ordered by time: register numbers
grow with their dates, and an outgoing document sent to another demo office
arrives there (as an incoming copy) at the moment it is dispatched.

Development passwords are "<login>-matkhau". The logins start with the office
(`stp.vanthu`), so they never meet the public-service demo's (`chuyenvien.stp`).
"""

import heapq
import itertools
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from content_types.document import IncomingDocument
from content_types.principals import User
from content_types.slug import slugify, unique_name

from .. import content as api
from ..directory import agency_by_code
from ..intranet import ensure_intranet, ensure_office
from ..security.passwords import hash_password
from . import act_as

VN = timezone(timedelta(hours=7), "ICT")
SEED = 2030
MAIL_DOMAIN = "hoabinhxanh.gov.vn"
OUTGOING = {"vpubnd": 95, "stp": 75, "stttt": 75}  # outgoing documents per office
PAPER = {"vpubnd": 26, "stp": 22, "stttt": 22}  # incoming documents received on paper

# --- the people -------------------------------------------------------------------------

# Each office: the agency's code, its issuer abbreviation (None: the portal's own),
# its clerk, its heads (login, name, position, signing authority) and its units
# (abbreviation, title, head, officers). Unit heads are granted Officer on the
# office; their UnitHead rights come from the unit (`unit.head`).
OFFICES = [
    {
        "code": "vpubnd",
        "issuer": "UBND",
        "clerk": ("vpubnd.vanthu", "Nguyễn Thị Thu Trang"),
        "heads": [
            ("vpubnd.chutich", "Lê Văn Thành", "Chủ tịch", "TM."),
            ("vpubnd.phochutich", "Phạm Thị Hồng Nhung", "Phó Chủ tịch", "KT."),
        ],
        "units": [
            (
                "HCTH",
                "Phòng Hành chính - Tổng hợp",
                ("vpubnd.truongphong.hcth", "Đặng Quốc Huy"),
                [("vpubnd.chuyenvien.hcth", "Vũ Thị Ngọc Ánh")],
            ),
            (
                "KT",
                "Phòng Kinh tế",
                ("vpubnd.truongphong.kt", "Hoàng Minh Tuấn"),
                [("vpubnd.chuyenvien.kt", "Bùi Đức Thắng")],
            ),
            (
                "VX",
                "Phòng Văn xã",
                ("vpubnd.truongphong.vx", "Dương Thị Thanh Hương"),
                [("vpubnd.chuyenvien.vx", "Hồ Ngọc Sơn")],
            ),
        ],
    },
    {
        "code": "stp",
        "issuer": None,
        "clerk": ("stp.vanthu", "Trần Thị Bích Ngọc"),
        "heads": [("stp.giamdoc", "Nguyễn Hữu Nghĩa", "Giám đốc", "")],
        "units": [
            (
                "VP",
                "Văn phòng Sở",
                ("stp.chanhvanphong", "Lê Thị Minh Tâm"),
                [("stp.chuyenvien.vp", "Phạm Văn Khoa")],
            ),
            (
                "XDKTVB",
                "Phòng Xây dựng và Kiểm tra văn bản",
                ("stp.truongphong.xdktvb", "Đỗ Quang Vinh"),
                [("stp.chuyenvien.xdktvb", "Ngô Thị Lan Phương")],
            ),
            (
                "PBGDPL",
                "Phòng Phổ biến, giáo dục pháp luật",
                ("stp.truongphong.pbgdpl", "Hoàng Thị Thu Hà"),
                [("stp.chuyenvien.pbgdpl", "Trần Đức Mạnh")],
            ),
        ],
    },
    {
        "code": "stttt",
        "issuer": None,
        "clerk": ("stttt.vanthu", "Lý Thị Kim Oanh"),
        "heads": [("stttt.giamdoc", "Vũ Minh Quang", "Giám đốc", "")],
        "units": [
            (
                "BCVT",
                "Phòng Bưu chính, Viễn thông",
                ("stttt.truongphong.bcvt", "Đinh Công Lực"),
                [("stttt.chuyenvien.bcvt", "Nguyễn Thanh Tùng")],
            ),
            (
                "CNTT",
                "Phòng Công nghệ thông tin",
                ("stttt.truongphong.cntt", "Phan Quốc Bảo"),
                [("stttt.chuyenvien.cntt", "Trịnh Thị Mai Anh")],
            ),
        ],
    },
]
# granted ProvinceLeader on /noi-bo; works for the province's People's Committee
PROVINCE_LEADER = ("tinh.lanhdao", "Hà Quang Thịnh", "vpubnd")

# --- what the offices write -------------------------------------------------------------

DEPTS = "Các sở, ban, ngành tỉnh"
DISTRICTS = "UBND các huyện, thị xã, thành phố"
LEGAL_OTHERS = (
    "Bộ Tư pháp (Cục Kiểm tra văn bản QPPL)",
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    DEPTS,
    DISTRICTS,
    "Công báo tỉnh",
)


def out(doc_type, unit, title, to=(), others=(), legal=False, secret=False, urgent=False):
    """One kind of outgoing document: `to` are demo offices (sent on the portal),
    `others` are written in the recipients' text only."""
    weight = 0.5 if legal else 0.3 if secret else 1.0
    return {
        "doc_type": doc_type,
        "unit": unit,
        "title": title,
        "to": to,
        "others": others,
        "legal": legal,
        "secret": secret,
        "urgent": urgent,
        "weight": weight,
    }


WRITES = {
    "vpubnd": [
        out(
            "TB",
            "HCTH",
            "Thông báo Lịch công tác tuần của Chủ tịch, các Phó Chủ tịch UBND tỉnh (từ ngày "
            "{monday} đến ngày {friday})",
            ("stp", "stttt"),
            (DEPTS,),
        ),
        out(
            "GM",
            "HCTH",
            "Giấy mời dự phiên họp thường kỳ UBND tỉnh tháng {month}/{year}",
            ("stp", "stttt"),
            ("Các thành viên UBND tỉnh",),
        ),
        out(
            "BC",
            "KT",
            "Báo cáo tình hình giải ngân vốn đầu tư công tháng {month}/{year}",
            (),
            ("Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"),
        ),
        out(
            "QĐ",
            "KT",
            "Quyết định sửa đổi, bổ sung một số điều của Quy định bảng giá đất trên địa bàn tỉnh",
            ("stp", "stttt"),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định ban hành Quy chế tổ chức, hoạt động của Cổng thông tin điện tử tỉnh",
            ("stttt", "stp"),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "VX",
            "Quyết định quy định mức thu học phí đối với cơ sở giáo dục công lập năm học {year}-{year1}",
            ("stp",),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp",
            ("stp",),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Thông tin "
            "và Truyền thông",
            ("stttt",),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "KT",
            "Quyết định ban hành Quy định quản lý hoạt động quảng cáo ngoài trời trên địa bàn tỉnh",
            ("stttt", "stp"),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định bãi bỏ một số văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành",
            ("stp",),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "KT",
            "Quyết định ban hành Quy định quản lý hạ tầng kỹ thuật viễn thông thụ động trên địa bàn "
            "tỉnh",
            ("stttt", "stp"),
            LEGAL_OTHERS,
            legal=True,
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ "
            "tịch thuộc thẩm quyền giải quyết của Sở Tư pháp",
            ("stp",),
            (
                "Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ",
                "Trung tâm Phục vụ hành chính công tỉnh",
            ),
        ),
        out(
            "QĐ",
            "KT",
            "Quyết định phê duyệt Kế hoạch chuyển đổi số tỉnh năm {year}",
            ("stttt",),
            (DEPTS, DISTRICTS),
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định thành lập Tổ công tác rà soát văn bản quy phạm pháp luật của tỉnh năm {year}",
            ("stp",),
            ("Các thành viên Tổ công tác",),
        ),
        out(
            "QĐ",
            "HCTH",
            "Quyết định công bố Chỉ số cải cách hành chính năm {prev} của các sở, ban, ngành và "
            "UBND các huyện, thị xã, thành phố",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS, "Bộ Nội vụ"),
        ),
        out(
            "CT",
            "KT",
            "Chỉ thị về tăng cường bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước trên "
            "địa bàn tỉnh",
            ("stttt", "stp"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CT",
            "HCTH",
            "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan hành chính nhà nước",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "KH",
            "HCTH",
            "Kế hoạch cải cách hành chính nhà nước năm {year}",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS, "Bộ Nội vụ"),
        ),
        out(
            "KH",
            "VX",
            "Kế hoạch phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm {year}",
            ("stp",),
            (DEPTS, DISTRICTS, "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"),
        ),
        out(
            "KH",
            "HCTH",
            "Kế hoạch kiểm tra công tác cải cách hành chính và kiểm soát thủ tục hành chính năm "
            "{year}",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "KH",
            "VX",
            "Kế hoạch tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm {year}",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "KH",
            "KT",
            "Kế hoạch phát triển chính quyền số và bảo đảm an toàn thông tin mạng năm {year}",
            ("stttt",),
            (DEPTS, DISTRICTS),
        ),
        out(
            "TB",
            "HCTH",
            "Thông báo kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng {month}/{year}",
            ("stp", "stttt"),
            (DEPTS,),
        ),
        out(
            "TB",
            "KT",
            "Thông báo ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ "
            "chuyển đổi số tháng {month}/{year}",
            ("stttt",),
            ("Trung tâm Phục vụ hành chính công tỉnh",),
        ),
        out(
            "GM",
            "HCTH",
            "Giấy mời dự Hội nghị sơ kết công tác cải cách hành chính quý {quarter} năm {year}",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "BC",
            "HCTH",
            "Báo cáo tình hình kinh tế - xã hội tháng {month} năm {year}",
            (),
            ("Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư", "Thường trực Tỉnh ủy"),
        ),
        out(
            "BC",
            "HCTH",
            "Báo cáo kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên "
            "thông quý {quarter} năm {year}",
            (),
            ("Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính)",),
        ),
        out(
            "CV",
            "HCTH",
            "Về việc chấn chỉnh công tác văn thư, lưu trữ theo Nghị định số 30/2020/NĐ-CP",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CV",
            "KT",
            "Về việc góp ý dự thảo Nghị quyết quy định mức hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa",
            ("stp",),
            ("Sở Kế hoạch và Đầu tư",),
        ),
        out(
            "CV",
            "HCTH",
            "Về việc đẩy mạnh thanh toán trực tuyến và cung cấp dịch vụ công trực tuyến toàn trình",
            ("stttt", "stp"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CV",
            "KT",
            "Về việc xử lý kiến nghị của cử tri về chất lượng sóng di động tại các xã vùng cao",
            ("stttt",),
            ("Ban Dân tộc tỉnh", "UBND huyện Lục Yên Hạ"),
        ),
        out(
            "CV",
            "KT",
            "Về việc đôn đốc sử dụng chữ ký số trong gửi, nhận văn bản điện tử tháng {month}/{year}",
            ("stttt", "stp"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CV",
            "KT",
            "Về việc thẩm định dự thảo Quyết định quy định giá dịch vụ thoát nước và xử lý nước thải",
            ("stp",),
            ("Sở Xây dựng", "Sở Tài chính"),
        ),
        out(
            "CV",
            "HCTH",
            "Về việc chuẩn bị nội dung trình kỳ họp thường lệ cuối năm {year} của HĐND tỉnh",
            ("stp", "stttt"),
            (DEPTS,),
        ),
        out(
            "CV",
            "VX",
            "Về việc tăng cường quản lý nhà nước đối với hoạt động báo chí, xuất bản trên địa bàn "
            "tỉnh",
            ("stttt",),
            ("Đài Phát thanh và Truyền hình tỉnh", "Báo Hòa Bình Xanh"),
        ),
        out(
            "CV",
            "VX",
            "Về việc tổ chức lấy ý kiến góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật "
            "Ban hành văn bản quy phạm pháp luật",
            ("stp",),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CV",
            "HCTH",
            "Về việc báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao tháng {month}/{year}",
            ("stp", "stttt"),
            (DEPTS,),
        ),
        out(
            "BC",
            "HCTH",
            "Báo cáo tình hình an ninh chính trị, trật tự an toàn xã hội tháng {month}/{year}",
            (),
            ("Bộ Công an", "Thường trực Tỉnh ủy"),
            secret=True,
        ),
        out(
            "CV",
            "HCTH",
            "Về việc triển khai công tác bảo vệ bí mật nhà nước năm {year}",
            ("stp", "stttt"),
            (DEPTS, DISTRICTS),
            secret=True,
        ),
    ],
    "stp": [
        out(
            "TB",
            "VP",
            "Thông báo Lịch công tác tuần của Lãnh đạo Sở (từ ngày {monday} đến ngày {friday})",
            (),
            ("Các phòng, đơn vị thuộc Sở",),
        ),
        out(
            "BC",
            "VP",
            "Báo cáo số liệu thống kê công tác hộ tịch, chứng thực tháng {month}/{year}",
            ("vpubnd",),
            ("Bộ Tư pháp",),
        ),
        out(
            "GM",
            "XDKTVB",
            "Giấy mời họp Hội đồng thẩm định dự thảo văn bản quy phạm pháp luật tháng {month}/{year}",
            ("vpubnd", "stttt"),
            ("Các thành viên Hội đồng thẩm định",),
        ),
        out(
            "BC",
            "VP",
            "Báo cáo kết quả công tác tư pháp tháng {month} năm {year}",
            ("vpubnd",),
            ("Bộ Tư pháp",),
        ),
        out(
            "BC",
            "XDKTVB",
            "Báo cáo kết quả kiểm tra, rà soát văn bản quy phạm pháp luật quý {quarter} năm {year}",
            ("vpubnd",),
            ("Cục Kiểm tra văn bản QPPL - Bộ Tư pháp",),
        ),
        out(
            "BC",
            "PBGDPL",
            "Báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm {year}",
            ("vpubnd",),
            ("Bộ Tư pháp",),
        ),
        out(
            "BC",
            "VP",
            "Báo cáo tình hình thi hành pháp luật về xử lý vi phạm hành chính năm {year}",
            ("vpubnd",),
            ("Bộ Tư pháp (Cục Quản lý xử lý vi phạm hành chính)",),
        ),
        out(
            "TTr",
            "XDKTVB",
            "Tờ trình dự thảo Quyết định ban hành Quy định về quản lý nhà nước đối với công tác hòa "
            "giải ở cơ sở",
            ("vpubnd",),
        ),
        out(
            "TTr",
            "PBGDPL",
            "Tờ trình đề nghị ban hành Kế hoạch phổ biến, giáo dục pháp luật năm {year1}",
            ("vpubnd",),
        ),
        out(
            "TTr",
            "XDKTVB",
            "Tờ trình đề nghị bãi bỏ văn bản quy phạm pháp luật hết hiệu lực thi hành",
            ("vpubnd",),
        ),
        out(
            "KH",
            "VP",
            "Kế hoạch kiểm tra công tác hộ tịch, chứng thực tại UBND cấp huyện năm {year}",
            (),
            (DISTRICTS,),
        ),
        out(
            "KH",
            "PBGDPL",
            "Kế hoạch tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến năm {year}",
            ("stttt", "vpubnd"),
            (DEPTS,),
        ),
        out(
            "KH",
            "XDKTVB",
            "Kế hoạch tự kiểm tra, rà soát văn bản quy phạm pháp luật năm {year}",
            ("vpubnd",),
        ),
        out(
            "HD",
            "PBGDPL",
            "Hướng dẫn tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm {year}",
            ("vpubnd", "stttt"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "HD",
            "PBGDPL",
            "Hướng dẫn đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm "
            "{year}",
            (),
            (DISTRICTS,),
        ),
        out(
            "CV",
            "XDKTVB",
            "Về việc góp ý dự thảo Quy chế tổ chức, hoạt động của Cổng thông tin điện tử tỉnh",
            ("stttt",),
        ),
        out(
            "CV",
            "XDKTVB",
            "Về việc đề nghị cung cấp văn bản phục vụ công tác kiểm tra văn bản theo thẩm quyền",
            ("stttt",),
        ),
        out(
            "CV",
            "PBGDPL",
            "Về việc phối hợp tuyên truyền pháp luật trên báo chí và mạng xã hội tháng {month}/{year}",
            ("stttt",),
            ("Đài Phát thanh và Truyền hình tỉnh",),
        ),
        out(
            "CV",
            "XDKTVB",
            "Về việc thẩm định dự thảo Quyết định quy định mức thu học phí năm học {year}-{year1}",
            ("vpubnd",),
            ("Sở Giáo dục và Đào tạo",),
        ),
        out(
            "CV",
            "VP",
            "Về việc đăng ký nhu cầu bồi dưỡng nghiệp vụ hộ tịch năm {year}",
            (),
            (DISTRICTS,),
        ),
        out(
            "CV",
            "VP",
            "Về việc rà soát, đơn giản hóa thủ tục hành chính lĩnh vực lý lịch tư pháp",
            ("vpubnd",),
            ("Trung tâm Phục vụ hành chính công tỉnh",),
        ),
        out(
            "TB",
            "XDKTVB",
            "Thông báo kết quả thẩm định dự thảo Nghị quyết quy định mức chi bảo đảm cho công tác "
            "xây dựng văn bản quy phạm pháp luật",
            ("vpubnd",),
            ("Sở Tài chính",),
        ),
        out(
            "GM",
            "XDKTVB",
            "Giấy mời dự Hội nghị tập huấn nghiệp vụ xây dựng, kiểm tra văn bản quy phạm pháp luật "
            "năm {year}",
            ("stttt", "vpubnd"),
            (DEPTS,),
        ),
        out(
            "QĐ",
            "VP",
            "Quyết định thành lập Đoàn kiểm tra công tác hộ tịch, chứng thực năm {year}",
            (),
            ("Các thành viên Đoàn kiểm tra",),
        ),
        out(
            "QĐ",
            "VP",
            "Quyết định cử công chức tham dự lớp bồi dưỡng kỹ năng soạn thảo văn bản tháng "
            "{month}/{year}",
            (),
            ("Các công chức có tên",),
        ),
        out(
            "CV",
            "PBGDPL",
            "Về việc đề nghị đăng tải chuyên mục phổ biến pháp luật trên Cổng thông tin điện tử tỉnh",
            ("stttt",),
        ),
        out(
            "CV",
            "VP",
            "Về việc cung cấp thông tin phục vụ giải quyết vụ việc khiếu nại kéo dài",
            ("vpubnd",),
            ("Thanh tra tỉnh",),
            secret=True,
        ),
    ],
    "stttt": [
        out(
            "TB",
            "CNTT",
            "Thông báo Lịch công tác tuần của Lãnh đạo Sở (từ ngày {monday} đến ngày {friday})",
            (),
            ("Các phòng, đơn vị thuộc Sở",),
        ),
        out(
            "BC",
            "CNTT",
            "Báo cáo tình hình bảo đảm an toàn thông tin mạng tháng {month}/{year}",
            ("vpubnd",),
            ("Cục An toàn thông tin",),
        ),
        out(
            "BC",
            "BCVT",
            "Báo cáo kết quả kiểm tra chất lượng dịch vụ bưu chính công ích tháng {month}/{year}",
            ("vpubnd",),
            ("Bộ Thông tin và Truyền thông (Vụ Bưu chính)",),
        ),
        out(
            "BC",
            "CNTT",
            "Báo cáo tình hình triển khai chuyển đổi số quý {quarter} năm {year}",
            ("vpubnd",),
            ("Bộ Thông tin và Truyền thông",),
        ),
        out(
            "BC",
            "CNTT",
            "Báo cáo kết quả kiểm tra an toàn thông tin các hệ thống thông tin cấp độ 3 năm {year}",
            ("vpubnd",),
            ("Cục An toàn thông tin",),
        ),
        out(
            "BC",
            "BCVT",
            "Báo cáo tình hình phát triển hạ tầng viễn thông tháng {month}/{year}",
            ("vpubnd",),
            ("Cục Viễn thông",),
        ),
        out(
            "TTr",
            "CNTT",
            "Tờ trình đề nghị phê duyệt Kế hoạch chuyển đổi số tỉnh năm {year}",
            ("vpubnd",),
        ),
        out(
            "TTr",
            "CNTT",
            "Tờ trình dự thảo Quyết định ban hành Quy chế tổ chức, hoạt động của Cổng thông tin "
            "điện tử tỉnh",
            ("vpubnd",),
        ),
        out(
            "KH",
            "CNTT",
            "Kế hoạch diễn tập ứng cứu sự cố an toàn thông tin mạng năm {year}",
            ("vpubnd", "stp"),
            (DEPTS,),
        ),
        out(
            "KH",
            "BCVT",
            "Kế hoạch kiểm tra hoạt động bưu chính, viễn thông năm {year}",
            (),
            ("Các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh",),
        ),
        out(
            "HD",
            "CNTT",
            "Hướng dẫn sử dụng chữ ký số chuyên dùng Chính phủ trong xử lý văn bản điện tử",
            ("stp", "vpubnd"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "HD",
            "CNTT",
            "Hướng dẫn gửi, nhận văn bản điện tử qua Trục liên thông văn bản quốc gia",
            ("stp", "vpubnd"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "CV",
            "CNTT",
            "Về việc cập nhật thông tin, dữ liệu trên Cổng thông tin điện tử tỉnh tháng {month}/{year}",
            ("stp",),
            (DEPTS,),
        ),
        out(
            "CV",
            "CNTT",
            "Về việc góp ý dự thảo Kế hoạch tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến năm "
            "{year}",
            ("stp",),
        ),
        out(
            "CV",
            "CNTT",
            "Về việc đề nghị thẩm định dự thảo Quyết định quy định định mức kinh tế - kỹ thuật dịch "
            "vụ sự nghiệp công lĩnh vực thông tin và truyền thông",
            ("stp",),
        ),
        out(
            "CV",
            "CNTT",
            "Về việc cảnh báo chiến dịch tấn công lừa đảo qua thư điện tử công vụ",
            ("stp", "vpubnd"),
            (DEPTS, DISTRICTS),
            urgent=True,
        ),
        out(
            "CV",
            "BCVT",
            "Về việc ngăn chặn tin nhắn rác, cuộc gọi rác và sim kích hoạt sẵn thông tin",
            (),
            ("Các doanh nghiệp viễn thông trên địa bàn tỉnh",),
        ),
        out(
            "CV",
            "BCVT",
            "Về việc bảo đảm thông tin liên lạc phục vụ phòng, chống thiên tai năm {year}",
            ("vpubnd",),
            ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh",),
            urgent=True,
        ),
        out(
            "CV",
            "CNTT",
            "Về việc rà soát, phê duyệt cấp độ an toàn hệ thống thông tin",
            ("stp",),
            (DEPTS,),
        ),
        out(
            "TB",
            "CNTT",
            "Thông báo tạm dừng hệ thống quản lý văn bản và điều hành để bảo trì tháng {month}/{year}",
            ("stp", "vpubnd"),
            (DEPTS,),
        ),
        out(
            "GM",
            "CNTT",
            "Giấy mời dự Hội thảo chuyển đổi số trong cơ quan nhà nước năm {year}",
            ("stp", "vpubnd"),
            (DEPTS, DISTRICTS),
        ),
        out(
            "QĐ",
            "BCVT",
            "Quyết định ban hành Kế hoạch kiểm tra việc chấp hành pháp luật về bưu chính năm {year}",
            (),
            ("Bưu điện tỉnh", "Các doanh nghiệp bưu chính trên địa bàn tỉnh"),
        ),
        out(
            "CV",
            "BCVT",
            "Về việc hỗ trợ cấp phép xây dựng trạm thu phát sóng thông tin di động",
            (),
            (DISTRICTS,),
        ),
        out(
            "BC",
            "CNTT",
            "Báo cáo sự cố tấn công mạng vào hệ thống thông tin của tỉnh tháng {month}/{year}",
            ("vpubnd",),
            ("Cục An toàn thông tin", "Công an tỉnh (Phòng An ninh mạng)"),
            secret=True,
        ),
    ],
}

# Documents received on paper: issuer, number and symbol ({n} the number), type, summary.
RECEIVES = {
    "vpubnd": [
        (
            "Văn phòng Chính phủ",
            "{n}/VPCP-KSTT",
            "CV",
            "Về việc đẩy mạnh ứng dụng dữ liệu dân cư, định danh và xác thực điện tử",
        ),
        (
            "Bộ Nội vụ",
            "{n}/BNV-CCHC",
            "CV",
            "Về việc hướng dẫn xác định Chỉ số cải cách hành chính năm {year}",
        ),
        (
            "Bộ Tài chính",
            "{n}/BTC-NSNN",
            "CV",
            "Về việc hướng dẫn xây dựng dự toán ngân sách nhà nước năm {year1}",
        ),
        (
            "Tỉnh ủy Hòa Bình Xanh",
            "{n}-CV/TU",
            "CV",
            "Về việc chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ tỉnh",
        ),
        (
            "Hội đồng nhân dân tỉnh",
            "{n}/HĐND-VP",
            "CV",
            "Về việc chuẩn bị nội dung trình kỳ họp Hội đồng nhân dân tỉnh",
        ),
        (
            "UBND huyện Đồng Lạc",
            "{n}/BC-UBND",
            "BC",
            "Báo cáo tình hình thiệt hại do mưa lũ và công tác khắc phục hậu quả",
        ),
        (
            "Bộ Thông tin và Truyền thông",
            "{n}/BTTTT-CĐSQG",
            "CV",
            "Về việc đánh giá Chỉ số chuyển đổi số cấp tỉnh năm {year}",
        ),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "{n}/MTTQ-BTT",
            "CV",
            "Về việc phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}",
        ),
        (
            "Sở Kế hoạch và Đầu tư",
            "{n}/TTr-SKHĐT",
            "TTr",
            "Tờ trình đề nghị phê duyệt chủ trương đầu tư dự án cải tạo, nâng cấp đường tỉnh 279",
        ),
        (
            "Sở Nội vụ",
            "{n}/SNV-TCBC",
            "CV",
            "Về việc đề nghị phê duyệt vị trí việc làm của các cơ quan hành chính",
        ),
        (
            "Bộ Tư pháp",
            "{n}/BTP-KTrVB",
            "CV",
            "Về việc kiểm tra văn bản quy phạm pháp luật do UBND tỉnh ban hành",
        ),
        (
            "Công an tỉnh",
            "{n}/CAT-PA01",
            "BC",
            "Báo cáo tình hình an ninh, trật tự dịp lễ, Tết",
            "secret",
        ),
    ],
    "stp": [
        (
            "Bộ Tư pháp",
            "{n}/BTP-PBGDPL",
            "CV",
            "Về việc hướng dẫn triển khai công tác phổ biến, giáo dục pháp luật năm {year}",
        ),
        (
            "Bộ Tư pháp",
            "{n}/BTP-HTQTCT",
            "CV",
            "Về việc tăng cường quản lý công tác hộ tịch, chứng thực",
        ),
        (
            "Sở Nội vụ",
            "{n}/SNV-CCVC",
            "CV",
            "Về việc cử công chức tham gia bồi dưỡng ngạch chuyên viên chính năm {year}",
        ),
        (
            "UBND huyện Kim Thạch",
            "{n}/UBND-TP",
            "CV",
            "Về việc đề nghị hướng dẫn nghiệp vụ đăng ký khai sinh có yếu tố nước ngoài",
        ),
        (
            "UBND thành phố Hòa Bình Xanh",
            "{n}/BC-UBND",
            "BC",
            "Báo cáo kết quả công tác tư pháp 6 tháng đầu năm {year}",
        ),
        (
            "Tòa án nhân dân tỉnh",
            "{n}/TA-VP",
            "CV",
            "Về việc cung cấp thông tin phục vụ cấp Phiếu lý lịch tư pháp",
        ),
        (
            "Viện kiểm sát nhân dân tỉnh",
            "{n}/VKS-P10",
            "CV",
            "Về việc phối hợp kiểm sát việc tuân theo pháp luật trong thi hành án dân sự",
        ),
        (
            "Cục Thi hành án dân sự tỉnh",
            "{n}/CTHADS-VP",
            "CV",
            "Về việc phối hợp tổ chức tập huấn nghiệp vụ thi hành án năm {year}",
        ),
        (
            "Đoàn Luật sư tỉnh",
            "{n}/ĐLS",
            "CV",
            "Về việc đề nghị xác nhận hồ sơ cấp chứng chỉ hành nghề luật sư",
        ),
        (
            "Sở Tài chính",
            "{n}/STC-HCSN",
            "CV",
            "Về việc thẩm định dự toán kinh phí bảo đảm cho công tác xây dựng văn bản quy phạm "
            "pháp luật",
        ),
        (
            "Công an tỉnh",
            "{n}/CAT-PV06",
            "CV",
            "Về việc xác minh thông tin phục vụ cấp Phiếu lý lịch tư pháp",
            "secret",
        ),
    ],
    "stttt": [
        (
            "Bộ Thông tin và Truyền thông",
            "{n}/BTTTT-CATTT",
            "CV",
            "Về việc cảnh báo lỗ hổng bảo mật nghiêm trọng trong các sản phẩm phần mềm phổ biến",
        ),
        (
            "Cục An toàn thông tin",
            "{n}/CATTT-NCSC",
            "CV",
            "Về việc xử lý địa chỉ IP có dấu hiệu bị nhiễm mã độc",
        ),
        (
            "Bộ Thông tin và Truyền thông",
            "{n}/BTTTT-CBC",
            "CV",
            "Về việc hướng dẫn quản lý, cấp phép hoạt động bưu chính",
        ),
        (
            "Viễn thông Hòa Bình Xanh",
            "{n}/VNPT-KHKD",
            "CV",
            "Về việc đề nghị hỗ trợ thủ tục xây dựng trạm thu phát sóng thông tin di động",
        ),
        (
            "Chi nhánh Viettel Hòa Bình Xanh",
            "{n}/CNVT-KT",
            "BC",
            "Báo cáo chất lượng dịch vụ di động 4G, 5G quý {quarter} năm {year}",
        ),
        (
            "Bưu điện tỉnh",
            "{n}/BĐT-KD",
            "CV",
            "Về việc triển khai dịch vụ bưu chính công ích trong tiếp nhận, trả kết quả thủ tục "
            "hành chính",
        ),
        (
            "Sở Nội vụ",
            "{n}/SNV-CCHC",
            "CV",
            "Về việc cung cấp số liệu phục vụ chấm điểm Chỉ số cải cách hành chính năm {year}",
        ),
        (
            "UBND huyện Vân Khê",
            "{n}/UBND-VHTT",
            "CV",
            "Về việc đề nghị hỗ trợ triển khai mô hình xã thông minh",
        ),
        (
            "Đài Phát thanh và Truyền hình tỉnh",
            "{n}/ĐPTTH-KT",
            "CV",
            "Về việc phối hợp tuyên truyền chuyển đổi số trên sóng phát thanh, truyền hình",
        ),
        (
            "Ban Cơ yếu Chính phủ",
            "{n}/BCY-CTSBMTT",
            "CV",
            "Về việc cấp chứng thư số chuyên dùng cho cơ quan, tổ chức",
        ),
        (
            "Công an tỉnh",
            "{n}/CAT-ANM",
            "CV",
            "Về việc phối hợp bảo đảm an ninh mạng cho các hệ thống thông tin quan trọng",
            "secret",
        ),
    ],
}

UNIT_RETURNS = [
    "Đề nghị bổ sung căn cứ pháp lý và số liệu năm trước.",
    "Chỉnh sửa lại thể thức và phần nơi nhận cho đúng quy định.",
    "Làm rõ trách nhiệm của các đơn vị phối hợp.",
]
HEAD_RETURNS = [
    "Rà soát lại nội dung cho phù hợp với quy định mới ban hành.",
    "Làm rõ nguồn kinh phí thực hiện trước khi trình ký.",
    "Lấy thêm ý kiến của các đơn vị liên quan rồi trình lại.",
]
CANCELS = [
    "Ban hành nhầm đối tượng nhận; thu hồi để ban hành văn bản thay thế.",
    "Văn bản có sai sót về thể thức, hủy để ban hành lại.",
]
DIRECTIONS = [
    "Đề nghị nghiên cứu, tham mưu xử lý đúng thời hạn.",
    "Chủ trì, phối hợp các đơn vị liên quan tham mưu báo cáo.",
    "Nghiên cứu, đề xuất phương án trả lời.",
    "",
]
RESULTS = [
    "Đã tham mưu văn bản trả lời, trình lãnh đạo ký ban hành.",
    "Đã tổng hợp số liệu và gửi báo cáo theo yêu cầu.",
    "Đã nghiên cứu, báo cáo lãnh đạo; lưu hồ sơ công việc.",
    "Đã phối hợp với các đơn vị liên quan triển khai thực hiện.",
    "Đã cập nhật vào kế hoạch công tác của đơn vị.",
]
LATE_RESULTS = [
    "Đã hoàn thành; chậm do chờ ý kiến của đơn vị phối hợp.",
    "Đã báo cáo lãnh đạo; chậm so với hạn do phải bổ sung số liệu.",
]
REFUSALS = [
    "Văn bản không thuộc thẩm quyền giải quyết của cơ quan; đề nghị gửi đúng nơi nhận.",
    "Văn bản gửi nhầm cơ quan; đã báo lại nơi gửi.",
]

# Final states: an outgoing document's (most are filed), an incoming one's.
OUT_FATES = [("filed", 84), ("dispatched", 7), ("cancelled", 4), ("draft", 2), ("approval", 3)]
IN_FATES = [
    ("done", 62),
    ("late", 18),
    ("in_progress", 7),
    ("assigned", 3),
    ("to_head", 3),
    ("registered", 2),
    ("waiting", 2),
    ("refused", 3),
]
# the most recent documents of each office, so every state is on show whatever the day
RECENT_OUT = ["draft", "unit_review", "approval", "signed", "numbered", "dispatched", "returned"]
RECENT_IN = ["waiting", "registered", "to_head", "assigned", "in_progress", "done", "refused"]

# --- the staff and the offices ----------------------------------------------------------


@dataclass
class Member:
    user: object
    position: str = ""
    authority: str = ""


@dataclass
class UnitStaff:
    unit: object
    head: Member
    officers: list


@dataclass
class OfficeStaff:
    code: str
    agency: object
    office: object
    clerk: Member
    heads: list
    units: dict  # abbreviation → UnitStaff


def add_user(request, root, login, name, agency):
    box = login.split(".", 1)[1] if "." in login else login
    return root.principals.add_user(
        User(
            login,
            name,
            f"{box}@{agency.code}.{MAIL_DOMAIN}",
            hash_password(f"{login}-matkhau"),
            agency=agency.uid,
        )
    )


def load_staff(request, root):
    """The offices, their units and staff; ProvinceLeader on /noi-bo."""
    intranet = ensure_intranet(request, root)
    login, name, code = PROVINCE_LEADER
    leader = add_user(request, root, login, name, agency_by_code(request, code))
    api.set_local_roles(request, intranet, leader.principal, ["ProvinceLeader"])
    staff = {}
    for entry in OFFICES:
        agency = agency_by_code(request, entry["code"])
        if agency is None:
            raise LookupError(f"Danh bạ không có cơ quan mã “{entry['code']}”.")
        office = ensure_office(request, agency)
        if entry["issuer"]:
            office.issuer = entry["issuer"]
        grants = {}
        clerk = Member(add_user(request, root, *entry["clerk"], agency))
        grants[clerk.user.principal] = "Clerk"
        heads = []
        for login, name, position, authority in entry["heads"]:
            head = Member(add_user(request, root, login, name, agency), position, authority)
            grants[head.user.principal] = "AgencyHead"
            heads.append(head)
        units = {}
        for abbreviation, title, (login, name), officers in entry["units"]:
            unit = api.create(
                request,
                office,
                "Unit",
                {"title": title, "abbreviation": abbreviation},
                name=slugify(title),
            )
            head = Member(add_user(request, root, login, name, agency), "Trưởng phòng")
            people = [Member(add_user(request, root, *o, agency)) for o in officers]
            unit.members = [head.user.login] + [p.user.login for p in people]
            unit.head = head.user.login
            for member in [head, *people]:
                grants[member.user.principal] = "Officer"
            units[abbreviation] = UnitStaff(unit, head, people)
        for principal, role in grants.items():
            api.set_local_roles(request, office, principal, [role])
        staff[entry["code"]] = OfficeStaff(entry["code"], agency, office, clerk, heads, units)
    return staff


# --- replaying the past -----------------------------------------------------------------


@dataclass(order=True)
class Event:
    moment: datetime
    seq: int
    action: object = field(compare=False)


@dataclass
class Plan:
    """One document's story: its office, what it is, who acts on it."""

    staff: OfficeStaff
    kind: str  # "outgoing", "paper", "copy"
    fate: str
    values: dict = field(default_factory=dict)
    document: object = None
    unit: UnitStaff = None  # drafting unit, or lead unit of an incoming document
    author: Member = None  # the officer who drafts or handles it
    signer: Member = None  # the head who signs or assigns it
    coordinating: list = field(default_factory=list)
    deadline: date = None


class Timeline:
    """Moments of one document's steps, each after the previous, on working days and
    never after the last working day (`forced`: squeezed into that day instead)."""

    def __init__(self, loader, start, forced=False):
        self.loader, self.clock, self.forced = loader, start, forced
        self.ended = False

    def on(self, day):
        """A moment on `day` (a working day), after the clock; None past the end."""
        loader = self.loader
        if self.ended:
            return None
        if day > loader.last:
            if not self.forced:
                self.ended = True
                return None
            day = loader.last
        if day <= self.clock.date():
            moment = self.clock + timedelta(
                minutes=loader.rng.randint(5, 25 if self.forced else 80)
            )
            if moment.hour >= 17 and not self.forced:
                return self.on(loader.calendar.add_working_days(self.clock.date(), 1))
        else:
            minute = loader.rng.randint(0, 11) * 5
            moment = datetime.combine(day, time(loader.rng.randint(7, 15), minute), tzinfo=VN)
        self.clock = moment
        return moment

    def after(self, gap):
        return self.on(self.loader.calendar.add_working_days(self.clock.date(), gap))


class Loader:
    def __init__(self, request, root, staff, today):
        self.request, self.root, self.staff = request, root, staff
        self.calendar = request.registry.work_calendar
        self.rng = random.Random(SEED)
        self.last = today
        while not self.calendar.is_working_day(self.last):
            self.last -= timedelta(days=1)
        self.first = self.calendar.next_working_day(date(today.year - 1, 1, 1))
        self.now = datetime.now(timezone.utc)
        self.queue = []
        self.seq = itertools.count()
        self.titles = set()
        self.copies = []
        self.counts = {"outgoing": 0, "paper": 0, "copies": 0}

    # the queue

    def at(self, moment, action):
        if moment is not None:
            heapq.heappush(self.queue, Event(moment, next(self.seq), action))
        return moment is not None

    def run(self):
        while self.queue:
            event = heapq.heappop(self.queue)
            event.action(event.moment)

    # one step, taken on its day by the person who holds the role

    def when(self, moment):
        return min(moment, self.now).astimezone(timezone.utc)

    def create(self, plan, type_name, member, moment):
        request = self.request
        act_as(request, member.user)
        request.environ["portal.today"] = moment.date()
        when = self.when(moment)
        values = {**plan.values, "created": when, "modified": when}
        plan.document = api.create(request, plan.staff.office, type_name, values)
        plan.document.history[0] = {**plan.document.history[0], "time": when}

    def step(self, plan, tid, member, role, comment, moment):
        request, document = self.request, plan.document
        act_as(request, member.user)
        request.environ["portal.today"] = moment.date()
        when = self.when(moment)
        if tid == "assign":
            document.lead_unit = plan.unit.unit.__name__
            document.coordinating_units = [u.unit.__name__ for u in plan.coordinating]
            document.deadline = plan.deadline
        elif tid == "assign_officer":
            document.assignee = plan.author.user.login
        elif tid == "dispatch":
            expected = self.expected_copies(plan)
        document.modified = when  # indexed by the transition
        api.transition(request, document, tid, comment, as_role=role)
        recorded = document.history[-1]["time"]
        document.history[-1] = {**document.history[-1], "time": when}
        self.redate_audit(plan.staff.office, recorded, when)
        if tid == "dispatch":
            self.arrived(plan, expected, moment)

    def redate_audit(self, office, recorded, when):
        """The audit entry of the step just taken, moved to the day it was replayed on."""
        stamp = recorded.isoformat()
        for key in list(office.audit.keys(min=(stamp,), max=(stamp, "\uffff"))):
            entry = office.audit.pop(key)
            office.audit[(when.isoformat(), key[1])] = (when, *entry[1:])

    # outgoing documents

    def plan_outgoing(self, staff, day, fate, forced=False):
        rng = self.rng
        # an office does not write the same thing twice: a one-off subject once, a
        # monthly report once a month (else last month's, written late)
        for back in (0, 31, 62, 93):
            candidates = [
                (k, self.title(k["title"], day - timedelta(days=back), k["doc_type"] == "BC"))
                for k in WRITES[staff.code]
                if not back or "{monday}" not in k["title"]  # no timetable for a past week
            ]
            pool = [(k, t) for k, t in candidates if (staff.code, t) not in self.titles]
            if pool:
                break
        pool = pool or candidates
        kind, title = rng.choices(pool, [k["weight"] for k, _t in pool])[0]
        self.titles.add((staff.code, title))
        unit = staff.units[kind["unit"]]
        signer = self.signer(staff, kind)
        to = [self.staff[code].agency.uid for code in kind["to"] if code in self.staff]
        recipients_text = "; ".join([*kind["others"], f"Lưu: VT, {kind['unit']}"]) + "."
        urgency = "urgent" if kind["urgent"] else self.urgency()
        plan = Plan(staff, "outgoing", fate, unit=unit, author=rng.choice(unit.officers))
        plan.signer = signer
        plan.values = {
            "doc_type": kind["doc_type"],
            "legal": kind["legal"],
            "title": title,
            "unit": unit.unit.__name__,
            "signer_authority": signer.authority,
            "signer_position": signer.position,
            "signer_name": signer.user.name,
            "recipients": to,
            "recipients_text": recipients_text,
            "copies": len(to) + len(kind["others"]) + rng.randint(1, 3),
            "urgency": urgency,
            "confidentiality": "secret" if kind["secret"] else "normal",
        }
        start = datetime.combine(day, time(rng.randint(7, 10), rng.randint(0, 11) * 5), tzinfo=VN)
        self.at(start, lambda m: self.create(plan, "OutgoingDocument", plan.author, m))
        line = Timeline(self, start, forced)
        weekly = "{monday}" in kind["title"]  # a timetable goes out within the week
        for tid, who, role, comment, gap in self.outgoing_steps(fate, weekly):
            moment = line.after(gap)
            member = {"owner": plan.author, "unit": unit.head, "signer": signer}.get(who)
            member = member or staff.clerk

            def act(m, tid=tid, member=member, role=role, comment=comment):
                self.step(plan, tid, member, role, comment, m)

            if not self.at(moment, act):
                break
        self.counts["outgoing"] += 1

    def outgoing_steps(self, fate, fast=False):
        """(transition, who, role, comment, gap in working days) up to `fate`; `fast`:
        never sent back, every step the same day."""
        rng = self.rng

        def gap(low, high):
            return low if fast else rng.randint(low, high)

        def chance(p):
            return not fast and rng.random() < p

        owner = ("owner", "Owner")
        unit = ("unit", "UnitHead")
        signer = ("signer", "AgencyHead")
        clerk = ("clerk", "Clerk")
        steps = [("submit", *owner, "", 0)]
        if fate == "draft":
            return []
        if fate == "returned":
            return steps + [("unit_return", *unit, rng.choice(UNIT_RETURNS), 0)]
        if chance(0.12):
            steps += [("unit_return", *unit, rng.choice(UNIT_RETURNS), gap(0, 1))]
            steps += [("submit", *owner, "", 1)]
        if fate == "unit_review":
            return steps
        steps += [("unit_approve", *unit, "", gap(0, 2))]
        if chance(0.08):
            steps += [("head_return", *signer, rng.choice(HEAD_RETURNS), gap(0, 1))]
            steps += [("submit", *owner, "", 1), ("unit_approve", *unit, "", gap(0, 1))]
        if fate == "approval":
            return steps
        steps += [("sign", *signer, "", gap(0, 2))]
        if fate == "signed":
            return steps
        steps += [("number", *clerk, "", gap(0, 1))]
        if fate == "numbered":
            return steps
        if fate == "cancelled" and rng.random() < 0.35:
            return steps + [("cancel", *clerk, rng.choice(CANCELS), 0)]
        steps += [("dispatch", *clerk, "", 0 if chance(0.67) or fast else 1)]
        if fate == "dispatched":
            return steps
        if fate == "cancelled":
            return steps + [("cancel", *signer, rng.choice(CANCELS), rng.randint(1, 3))]
        return steps + [("file", *clerk, "", rng.randint(1, 8))]

    def signer(self, staff, kind):
        heads = staff.heads
        if kind["legal"] or kind["doc_type"] in ("CT", "QĐ"):
            return heads[0] if self.rng.random() < 0.6 else self.rng.choice(heads)
        return self.rng.choice(heads)

    def urgency(self):
        return self.rng.choices(("normal", "urgent", "very_urgent", "flash"), (85, 10, 4, 1))[0]

    def title(self, text, day, report=False):
        """`text` for a document written on `day`: a timetable is for the week after,
        a report early in a month is about the month (quarter, year) before."""
        monday = day + timedelta(days=7 - day.weekday())
        about = day - timedelta(days=15) if report else day
        return text.format(
            monday=f"{monday:%d/%m}",
            friday=f"{monday + timedelta(days=4):%d/%m/%Y}",
            year=about.year,
            year1=about.year + 1,
            prev=about.year - 1,
            month=f"{about.month:02d}",
            quarter=("I", "II", "III", "IV")[(about.month - 1) // 3],
        )

    # incoming documents: copies of dispatched ones, and paper

    def expected_copies(self, plan):
        """The names `deliver` will give the copies in the demo offices it reaches."""
        document = plan.document
        if document.confidential:
            return []
        found = []
        for staff in self.staff.values():
            if staff.agency.uid in document.recipients and staff is not plan.staff:
                found.append((staff, unique_name(staff.office, document.title)))
        return found

    def arrived(self, plan, expected, moment):
        when = self.when(moment)
        for staff, name in expected:
            copy = staff.office.get(name)
            if copy is None or copy.source_uid != plan.document.uid:
                copy = next(
                    c
                    for c in staff.office.values()
                    if isinstance(c, IncomingDocument) and c.source_uid == plan.document.uid
                )
            copy.created = copy.modified = when
            copy.history[0] = {**copy.history[0], "time": when}
            self.copies.append(copy)
            incoming = Plan(staff, "copy", self.incoming_fate(moment.date()), document=copy)
            self.plan_incoming(incoming, moment)
            self.counts["copies"] += 1

    def plan_paper(self, staff, day, fate, forced=False):
        rng = self.rng
        issuer, pattern, doc_type, text, *secret = rng.choice(RECEIVES[staff.code])
        dated = day - timedelta(days=rng.randint(1, 6))
        number = dated.timetuple().tm_yday * rng.randint(3, 9) + rng.randint(1, 40)
        plan = Plan(staff, "paper", fate)
        plan.values = {
            "issuer_name": issuer,
            "source_symbol": pattern.format(n=number),
            "source_date": dated,
            "doc_type": doc_type,
            "title": self.title(text, dated),
            "electronic": False,
            "urgency": self.urgency(),
            "confidentiality": "secret" if secret else "normal",
            "holder": f"{staff.clerk.user.name} (văn thư)" if secret else "",
        }
        start = datetime.combine(day, time(7, rng.randint(30, 59)), tzinfo=VN)
        self.at(start, lambda m: self.create(plan, "IncomingDocument", staff.clerk, m))
        self.plan_incoming(plan, start, forced)
        self.counts["paper"] += 1

    def plan_incoming(self, plan, start, forced=False):
        """Register, submit, assign, hand over and complete, as far as the fate says."""
        rng, staff, fate = self.rng, plan.staff, plan.fate
        line = Timeline(self, start, forced)
        clerk = staff.clerk

        def push(moment, tid, member, role, comment=""):
            return self.at(moment, lambda m: self.step(plan, tid, member, role, comment, m))

        if fate == "waiting":
            return
        if fate == "refused":
            push(line.after(0), "refuse", clerk, "Clerk", rng.choice(REFUSALS))
            return
        if not push(line.after(0 if start.hour < 16 else 1), "register", clerk, "Clerk"):
            return
        if fate == "registered" or not push(
            line.after(rng.randint(0, 1)), "submit", clerk, "Clerk"
        ):
            return
        if fate == "to_head":
            return
        plan.signer = rng.choice(staff.heads)
        plan.unit = rng.choice(list(staff.units.values()))
        others = [u for u in staff.units.values() if u is not plan.unit]
        plan.coordinating = [rng.choice(others)] if others and rng.random() < 0.3 else []
        plan.author = rng.choice(plan.unit.officers)
        moment = line.after(rng.randint(0, 2))
        if moment is None:
            return
        urgent = (plan.values.get("urgency") or plan.document.urgency) != "normal"
        days = 3 if urgent else rng.choice((5, 5, 7, 10, 15))
        if forced and fate == "in_progress":
            days = 3  # the recent example is overdue
        plan.deadline = self.calendar.add_working_days(moment.date(), days)
        push(moment, "assign", plan.signer, "AgencyHead", rng.choice(DIRECTIONS))
        if fate == "assigned":
            return
        if not push(line.after(rng.randint(0, 1)), "assign_officer", plan.unit.head, "UnitHead"):
            return
        if fate == "in_progress":
            return
        handed = line.clock.date()
        if fate == "late":
            finished = self.calendar.add_working_days(plan.deadline, rng.randint(1, 6))
            result = rng.choice(LATE_RESULTS)
        else:
            span = self.calendar.working_days_between(handed, plan.deadline)
            finished = self.calendar.add_working_days(handed, rng.randint(0, max(0, span)))
            result = rng.choice(RESULTS)
        push(line.on(finished), "complete", plan.author, "Assignee", result)

    def incoming_fate(self, day):
        """Registering, submitting and assigning take days, not months: an older
        document is done, refused or still with its officer."""
        fate = self.rng.choices(*zip(*IN_FATES, strict=True))[0]
        if fate in ("waiting", "registered", "to_head", "assigned") and (self.last - day).days > 20:
            return "done"
        return fate

    # the whole story

    def plan_all(self):
        rng, calendar = self.rng, self.calendar
        days = [
            self.first + timedelta(days=n)
            for n in range((self.last - self.first).days + 1)
            if calendar.is_working_day(self.first + timedelta(days=n))
        ]
        recent = days[-3:]
        for code, staff in self.staff.items():
            planned = sorted(rng.choice(days) for _ in range(OUTGOING[code] - len(RECENT_OUT)))
            for day in planned:
                fate = rng.choices(*zip(*OUT_FATES, strict=True))[0]
                if fate in ("approval", "dispatched") and (self.last - day).days > 45:
                    fate = "filed"  # nothing waits months for a signature or its filing
                self.plan_outgoing(staff, day, fate)
            for n, fate in enumerate(RECENT_OUT):
                self.plan_outgoing(staff, recent[n * len(recent) // len(RECENT_OUT)], fate, True)
            for _ in range(PAPER[code] - len(RECENT_IN) - 1):
                day = rng.choice(days)
                self.plan_paper(staff, day, self.incoming_fate(day))
            # one that waits with its officer past its deadline, whatever the day
            self.plan_paper(staff, days[-12], "in_progress", True)
            for n, fate in enumerate(RECENT_IN):
                self.plan_paper(staff, recent[n * len(recent) // len(RECENT_IN)], fate, True)

    def finish(self):
        """Copies nobody has touched yet were indexed with the time they were made."""
        catalog, registry = self.root.catalog, self.request.registry
        for copy in self.copies:
            if copy.workflow_state == "waiting":
                catalog.reindex(copy, registry)


def demo_loaded(root):
    """Whether the intranet demo's accounts are there already."""
    return PROVINCE_LEADER[0] in root.principals.users


def load_intranet(request, root, today):
    """Offices, units, staff and documents of the three demo agencies; the counts.

    The offices are committed before the first number is given (numbers are taken
    in transactions of their own), so this commits the caller's transaction once.
    """
    environ = request.environ
    caller = environ.get("portal.identity")
    environ["portal.nomail"] = True
    try:
        staff = load_staff(request, root)
        manager = root._p_jar.transaction_manager
        manager.commit()
        manager.begin()
        loader = Loader(request, root, staff, today)
        loader.plan_all()
        loader.run()
        loader.finish()
    finally:
        for key in ("portal.today", "portal.nomail"):
            environ.pop(key, None)
        act_as(request, caller)
    people = (
        1 + len(s.heads) + sum(1 + len(u.officers) for u in s.units.values())
        for s in staff.values()
    )
    return {
        "offices": len(staff),
        "units": sum(len(s.units) for s in staff.values()),
        "users": 1 + sum(people),
        **loader.counts,
    }
