"""The intranet's offices and official documents (decree 30/2020/NĐ-CP): one office
per agency under `/noi-bo`, its units, and the outgoing documents it drafts,
signs, numbers and sends."""

import io
import uuid

import colander
import deform.widget
from BTrees.OOBTree import OOBTree
from persistent.list import PersistentList

from .base import Container, Item
from .file import StoredFile, checked_type, read_upload
from .html import html_to_text
from .i18n import _
from .registry import content_type
from .schemas import (
    DescriptionNode,
    LineNode,
    RichTextNode,
    TitleNode,
    UploadNode,
    strip,
    upload_checks,
)

# Types of document and the abbreviation each puts in the symbol (DOMAIN.md).
# A công văn (letter) has none; its symbol names the drafting unit instead.
DOCUMENT_TYPES = {
    "CV": "Công văn",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
}
LETTER = "CV"
URGENCIES = {
    "normal": _("Thường"),
    "urgent": _("Khẩn"),
    "very_urgent": _("Thượng khẩn"),
    "flash": _("Hỏa tốc"),
    "flash_timed": _("Hỏa tốc hẹn giờ"),
}
CONFIDENTIALITY = {
    "normal": _("Thường"),
    "secret": _("Mật"),
    "top_secret": _("Tối mật"),
    "absolute": _("Tuyệt mật"),
}
AUTHORITIES = {
    "": _("(ký trực tiếp)"),
    "TM.": _("TM. (thay mặt)"),
    "KT.": _("KT. (ký thay)"),
    "TL.": _("TL. (thừa lệnh)"),
    "TUQ.": _("TUQ. (thừa ủy quyền)"),
    "Q.": _("Q. (quyền)"),
}
# What a document may carry as attachments: PDF, office files and scans.
ATTACHMENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
ATTACHMENT_KINDS = "PDF, DOC, DOCX, XLS, XLSX, ODT, JPEG, PNG"
MAX_TEXT = 200_000  # characters of an attachment's text kept for search


def attachment_content(node, value):
    data, filename = read_upload(value)
    try:
        checked_type(data, filename, ATTACHMENT_TYPES, ATTACHMENT_KINDS)
    except ValueError as e:
        raise colander.Invalid(node, e.args[0]) from None


def attachment_node():
    return UploadNode(
        title=_("Tệp đính kèm"),
        description=_("Văn bản mật không được đính kèm tệp."),
        missing=colander.null,
        validator=upload_checks(attachment_content),
    )


def no_content_when_confidential(node, value):
    """Confidential documents: metadata in the register only (DOMAIN.md), so neither
    an attached file nor a body."""
    if value.get("confidentiality", "normal") == "normal":
        return
    invalid = colander.Invalid(node)
    if value.get("attachment"):
        invalid["attachment"] = _("Văn bản mật không được đính kèm tệp; chỉ ghi thông tin vào sổ.")
    if "body" in node and html_to_text(value.get("body")):
        invalid["body"] = _("Văn bản mật không ghi nội dung lên hệ thống; chỉ ghi vào sổ.")
    if invalid.children:
        raise invalid


def pdf_text(data):
    """The text of a PDF for search, or '' when it has none that can be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        return " ".join(page.extract_text() or "" for page in reader.pages)[:MAX_TEXT]
    except Exception:  # a damaged or scanned PDF is kept, just not searchable
        return ""


class AttachmentsMixin:
    """Documents carry their files as a list; the text of PDFs is kept for search."""

    attachment_text = ""
    attachments = ()
    body = ""  # sanitised HTML (outgoing documents, and the copies they arrive as)

    def set_attachment(self, upload):
        if upload in (None, colander.null):
            return
        if self.confidentiality != "normal":
            raise ValueError(_("Văn bản mật không được đính kèm tệp; chỉ ghi thông tin vào sổ."))
        data, filename = read_upload(upload)
        mimetype = checked_type(data, filename, ATTACHMENT_TYPES, ATTACHMENT_KINDS)
        if not isinstance(self.attachments, PersistentList):
            self.attachments = PersistentList()
        self.attachments.append(StoredFile(data, filename, mimetype))
        if mimetype == "application/pdf":
            self.attachment_text = (self.attachment_text + " " + pdf_text(data)).strip()[:MAX_TEXT]


# Who works in an office (granted there) and the administrators.
OFFICE_STAFF = ("Clerk", "Officer", "UnitHead", "AgencyHead", "Site Administrator", "Manager")
# Register books: one for legal normative documents, one for all others.
BOOKS = ("legal", "other")


def number_text(number):
    """Numbers are written with at least two digits: 01 … 09, 10, 11 …"""
    return f"{number:02d}"


def symbol_of(number, year, doc_type, issuer, unit, legal):
    """The number and symbol: `45/QĐ-UBND`, `22/2009/QĐ-UBND`, `123/UBND-VX`."""
    head = number_text(number)
    if doc_type == LETTER:
        return f"{head}/{issuer}-{unit}" if unit else f"{head}/{issuer}"
    if legal:
        return f"{head}/{year}/{doc_type}-{issuer}"
    return f"{head}/{doc_type}-{issuer}"


@colander.deferred
def unit_widget(node, kw):
    office = kw["request"].context
    while office is not None and not isinstance(office, Office):
        office = office.__parent__
    units = office.units() if office is not None else []
    return deform.widget.SelectWidget(values=[("", "—")] + [(u.__name__, u.title) for u in units])


@colander.deferred
def recipients_widget(node, kw):
    return deform.widget.SelectWidget(values=kw["request"].agency_choices, multiple=True, size=8)


def choice_node(title, choices, default):
    return colander.SchemaNode(
        colander.String(),
        title=title,
        widget=deform.widget.SelectWidget(values=list(choices.items())),
        validator=colander.OneOf(list(choices)),
        default=default,
    )


def urgency_node():
    return choice_node(_("Độ khẩn"), URGENCIES, "normal")


def confidentiality_node():
    return choice_node(_("Độ mật"), CONFIDENTIALITY, "normal")


class OutgoingSchema(colander.MappingSchema):
    validator = staticmethod(no_content_when_confidential)
    doc_type = choice_node(_("Loại văn bản"), DOCUMENT_TYPES, LETTER)
    legal = colander.SchemaNode(
        colander.Boolean(),
        title=_("Văn bản quy phạm pháp luật"),
        description=_("Số ký hiệu của văn bản quy phạm pháp luật có năm ban hành."),
        missing=False,
    )
    title = TitleNode(title=_("Trích yếu"))
    description = DescriptionNode(title=_("Nội dung tóm tắt"))
    body = RichTextNode(
        title=_("Nội dung văn bản"),
        description=_("Soạn nội dung tại đây hoặc đính kèm tệp văn bản ở dưới."),
    )
    unit = colander.SchemaNode(
        colander.String(), title=_("Đơn vị soạn thảo"), widget=unit_widget, missing=""
    )
    signer_authority = choice_node(_("Thẩm quyền ký"), AUTHORITIES, "")
    signer_authority.missing = ""
    signer_position = LineNode(title=_("Chức vụ người ký"))
    signer_name = LineNode(title=_("Họ tên người ký"))
    recipients = colander.SchemaNode(
        colander.List(),
        title=_("Nơi nhận trên cổng"),
        widget=recipients_widget,
        missing=[],
    )
    copies = colander.SchemaNode(
        colander.Integer(),
        title=_("Số lượng bản"),
        default=1,
        missing=1,
        validator=colander.Range(1, 999, min_err=_("Ít nhất 1 bản."), max_err=_("Tối đa 999 bản.")),
    )
    recipients_text = colander.SchemaNode(
        colander.String(),
        title=_("Nơi nhận khác"),
        missing="",
        preparer=strip,
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=2),
    )
    urgency = urgency_node()
    confidentiality = confidentiality_node()
    attachment = attachment_node()


def agency_staff(request):
    """(login, name) of the accounts of the agency whose office the form is in."""
    office = request.context
    while office is not None and not isinstance(office, Office):
        office = office.__parent__
    uid = getattr(office, "agency_uid", None)
    users = request.root.principals.users.values()
    return sorted((u.login, u.name) for u in users if uid and u.agency == uid and not u.disabled)


@colander.deferred
def staff_widget(node, kw):
    return deform.widget.SelectWidget(values=[("", "—")] + agency_staff(kw["request"]))


@colander.deferred
def staff_list_widget(node, kw):
    return deform.widget.SelectWidget(values=agency_staff(kw["request"]), multiple=True, size=8)


class UnitSchema(colander.MappingSchema):
    title = TitleNode(title=_("Tên đơn vị (phòng)"))
    abbreviation = LineNode(
        title=_("Chữ viết tắt trong ký hiệu công văn"),
        missing=colander.required,
        validator=colander.Regex(
            r"^[A-ZĐ][A-Za-zĐđ0-9]{0,9}$",
            msg=_("Chữ viết tắt viết hoa, không dấu cách (ví dụ VX)."),
        ),
    )
    head = colander.SchemaNode(
        colander.String(), title=_("Lãnh đạo đơn vị"), widget=staff_widget, missing=""
    )
    members = colander.SchemaNode(
        colander.List(), title=_("Cán bộ của đơn vị"), widget=staff_list_widget, missing=[]
    )


@content_type(
    title=_("Nội bộ"),
    title_en="Intranet",
    schema=None,
    addable_to=(),
    workflow=None,
)
class Intranet(Container):
    """`/noi-bo`: the offices. Only staff may view it (anonymous visitors are sent to
    the login page, which names nothing)."""

    ordered = False
    __permissions__ = {
        "view": ("Member", "Site Administrator", "Manager"),
        "view traffic": ("ProvinceLeader", "Site Administrator", "Manager"),
    }


@content_type(
    title=_("Văn phòng cơ quan"),
    title_en="Agency office",
    schema=None,
    addable_to=("Intranet",),
    workflow=None,
)
class Office(Container):
    """One agency's office: its units and documents, its roles granted here.

    `counters` holds the register numbers, keyed (year, book); `reserved` maps a
    document's uid to the number it was given, so a retried request gets it again.
    """

    ordered = False
    agency_uid = ""
    issuer = ""  # the agency's abbreviation in symbols (UBND, STP, …)
    __permissions__ = {
        "view": OFFICE_STAFF,
        "add": OFFICE_STAFF,
        "add unit": ("AgencyHead", "Site Administrator", "Manager"),
        "register incoming": ("Clerk", "Site Administrator", "Manager"),
        "view audit": ("AgencyHead", "Site Administrator", "Manager"),
    }

    def __init__(self, title="", creator=None, **fields):
        super().__init__(title, creator, **fields)
        self.counters = OOBTree()
        self.reserved = OOBTree()
        # the registers, kept in the order they are shown and read a page at a time:
        # outgoing by (year, book, number), incoming by (year, "incoming", number)
        self.outgoing_register = OOBTree()
        self.incoming_register = OOBTree()
        self.audit = OOBTree()

    def record(self, when, actor, action, document, detail=""):
        """Append an entry to the audit log: immutable tuples under a time-ordered
        key; nothing in the portal changes or removes one."""
        key = (when.isoformat(), uuid.uuid4().hex[:8])
        symbol = getattr(document, "symbol", "") or getattr(document, "source_symbol", "")
        self.audit[key] = (when, actor or "", action, document.uid, document.title, symbol, detail)

    # names of the Unit children, kept apart so finding the few units never walks
    # the office's thousands of documents
    unit_names = ()

    def add(self, obj, name=None):
        name = super().add(obj, name)
        if isinstance(obj, Unit):
            self.unit_names = (*self.unit_names, name)
        return name

    def remove(self, name):
        obj = super().remove(name)
        self.unit_names = tuple(n for n in self.unit_names if n != name)
        return obj

    def rename(self, old, new):
        obj = super().rename(old, new)
        self.unit_names = tuple(new if n == old else n for n in self.unit_names)
        return obj

    def units(self):
        found = (self.get(n) for n in self.unit_names)
        return sorted((u for u in found if isinstance(u, Unit)), key=lambda u: u.title)

    def reserve_number(self, uid, year, book):
        """The number of document `uid` in (year, book): the one it was given before,
        else the next of the sequence. Runs in a transaction of its own."""
        key = (year, book, uid)
        found = self.reserved.get(key)
        if found is not None:
            return found
        number = self.counters.get((year, book), 0) + 1
        self.counters[(year, book)] = number
        self.reserved[key] = number
        return number


@content_type(
    title=_("Đơn vị (phòng)"),
    title_en="Unit",
    schema=UnitSchema,
    addable_to=("Office",),
    workflow=None,
    add_permission="add unit",
)
class Unit(Item):
    abbreviation = ""
    __permissions__ = {
        "view": OFFICE_STAFF,
        "edit": ("AgencyHead", "Site Administrator", "Manager"),
        "delete": ("Site Administrator", "Manager"),
    }

    def __init__(self, title="", creator=None, **fields):
        self.members = []
        self.head = ""
        super().__init__(title, creator, **fields)


@content_type(
    title=_("Văn bản đi"),
    title_en="Outgoing document",
    schema=OutgoingSchema,
    addable_to=("Office",),
    workflow="outgoing",
    dated=False,
)
class OutgoingDocument(AttachmentsMixin, Item):
    doc_type = LETTER
    legal = False
    unit = ""
    signer_authority = ""
    signer_position = ""
    signer_name = ""
    recipients_text = ""
    urgency = "normal"
    confidentiality = "normal"
    number = None
    year = None
    symbol = ""
    issued_on = None
    signed_by = ""
    dispatched_on = None
    copies = 1

    def __init__(self, title="", creator=None, **fields):
        self.recipients = []
        super().__init__(title, creator, **fields)

    @property
    def book(self):
        return "legal" if self.legal else "other"

    @property
    def confidential(self):
        return self.confidentiality != "normal"

    def searchable_text(self):
        parts = [
            self.symbol,
            self.title,
            self.description,
            html_to_text(self.body),
            self.attachment_text,
        ]
        return " ".join(filter(None, parts))


@colander.deferred
def units_widget(node, kw):
    office = kw["request"].context
    while office is not None and not isinstance(office, Office):
        office = office.__parent__
    units = office.units() if office is not None else []
    return deform.widget.SelectWidget(
        values=[(u.__name__, u.title) for u in units], multiple=True, size=5
    )


class IncomingSchema(colander.MappingSchema):
    validator = staticmethod(no_content_when_confidential)
    issuer_name = LineNode(title=_("Cơ quan ban hành"), missing=colander.required)
    source_symbol = LineNode(title=_("Số, ký hiệu văn bản"), missing=colander.required)
    source_date = colander.SchemaNode(colander.Date(), title=_("Ngày văn bản"), missing=None)
    doc_type = choice_node(_("Loại văn bản"), DOCUMENT_TYPES, LETTER)
    title = TitleNode(title=_("Trích yếu"))
    electronic = colander.SchemaNode(colander.Boolean(), title=_("Nhận bản điện tử"), missing=False)
    urgency = urgency_node()
    confidentiality = confidentiality_node()
    holder = LineNode(title=_("Người giữ bản giấy (văn bản mật)"))
    attachment = attachment_node()


class AssignSchema(colander.MappingSchema):
    lead_unit = colander.SchemaNode(
        colander.String(), title=_("Đơn vị chủ trì"), widget=unit_widget
    )
    coordinating_units = colander.SchemaNode(
        colander.List(), title=_("Đơn vị phối hợp"), widget=units_widget, missing=[]
    )
    days = colander.SchemaNode(
        colander.Integer(),
        title=_("Thời hạn xử lý (ngày làm việc)"),
        validator=colander.Range(
            1, 365, min_err=_("Ít nhất 1 ngày."), max_err=_("Tối đa 365 ngày.")
        ),
        default=5,
    )
    comment = colander.SchemaNode(
        colander.String(),
        title=_("Ý kiến chỉ đạo"),
        missing="",
        preparer=strip,
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=2),
    )


@content_type(
    title=_("Văn bản đến"),
    title_en="Incoming document",
    schema=IncomingSchema,
    addable_to=("Office",),
    workflow="incoming",
    dated=False,
    add_permission="register incoming",
)
class IncomingDocument(AttachmentsMixin, Item):
    """A document received by an office, on paper or electronically (sent from an
    office on this portal, or later through the exchange)."""

    issuer_name = ""
    source_symbol = ""
    source_date = None
    doc_type = LETTER
    electronic = False
    urgency = "normal"
    confidentiality = "normal"
    holder = ""
    source_uid = ""  # the outgoing document it came from, on this portal
    number = None
    year = None
    received_on = None
    lead_unit = ""
    deadline = None
    assignee = ""
    handed_over_on = None
    finished_on = None
    book = "incoming"

    def __init__(self, title="", creator=None, **fields):
        self.coordinating_units = []
        super().__init__(title, creator, **fields)

    @property
    def confidential(self):
        return self.confidentiality != "normal"

    def searchable_text(self):
        parts = [
            self.source_symbol,
            self.title,
            self.issuer_name,
            html_to_text(self.body),
            self.attachment_text,
        ]
        return " ".join(filter(None, parts))


@colander.deferred
def officer_widget(node, kw):
    """The members of the document's lead unit."""
    document = kw["request"].context
    office = document.__parent__
    unit = office.get(document.lead_unit) if document.lead_unit else None
    members = list(getattr(unit, "members", ()))
    return deform.widget.SelectWidget(values=[("", "—")] + [(m, m) for m in members])


class HandOverSchema(colander.MappingSchema):
    assignee = colander.SchemaNode(
        colander.String(), title=_("Chuyên viên xử lý"), widget=officer_widget
    )
    comment = colander.SchemaNode(
        colander.String(),
        title=_("Ý kiến"),
        missing="",
        preparer=strip,
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=2),
    )


class ProgressSchema(colander.MappingSchema):
    note = colander.SchemaNode(
        colander.String(),
        title=_("Tiến độ, kết quả đến nay"),
        preparer=strip,
        validator=colander.Length(min=1, max=2000),
        widget=deform.widget.TextAreaWidget(rows=3),
    )
