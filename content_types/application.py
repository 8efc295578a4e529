"""Applications citizens submit online, the private store that keeps them, and the
form a citizen fills for one procedure."""

import re
from datetime import date, datetime, timedelta, timezone

import colander
import deform.widget
from BTrees.OOBTree import OOBTree
from persistent import Persistent
from persistent.list import PersistentList

from .base import Container, Item, now
from .file import StoredFile, checked_type, read_upload
from .i18n import _
from .registry import content_type
from .schemas import LineNode, TitleNode, strip, upload_checks, upload_widget

PHONE = re.compile(r"^\+?[0-9 .-]{9,15}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ID_NUMBER = re.compile(r"^[0-9]{9}$|^[0-9]{12}$")
# What a citizen may upload as a paper: PDF and the common image formats, by extension.
PAPER_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
# Application.timeliness() values, as the statistics and registers name them.
TIMELINESS = {
    "early": _("Trước hạn"),
    "on_time": _("Đúng hạn"),
    "late": _("Trễ hạn"),
    "overdue": _("Đang quá hạn"),
    "pending": _("Đang giải quyết"),
    "closed": _("Đã dừng"),
}
DRAFT_LIFETIME = timedelta(hours=24)
# Staff who may see an application (the desk, the executing agency, administrators).
STAFF = ("DeskOfficer", "Officer", "AgencyHead", "Site Administrator", "Manager")


def paper_type(data, filename):
    """The mimetype of an uploaded paper, or raise ValueError with the reason."""
    return checked_type(data, filename, PAPER_TYPES, _("PDF, JPEG hoặc PNG"))


def paper_content(node, value):
    data, filename = read_upload(value)
    try:
        paper_type(data, filename)
    except ValueError as e:
        raise colander.Invalid(node, e.args[0]) from None


# the site's size limit and emptiness check, then the paper's type
paper_validator = upload_checks(paper_content)


def phone_or_email(value):
    return (value or "").strip().lower()


class ApplicantSchema(colander.MappingSchema):
    applicant_name = TitleNode(title=_("Họ và tên người nộp"))
    id_number = LineNode(
        title=_("Số định danh cá nhân (CCCD)"),
        missing=colander.required,
        validator=colander.Regex(
            ID_NUMBER, msg=_("Số định danh gồm 12 chữ số (hoặc 9 số CMND cũ).")
        ),
    )
    organisation = LineNode(title=_("Tổ chức (nếu nộp thay cho tổ chức)"))
    phone = LineNode(
        title=_("Số điện thoại"),
        missing=colander.required,
        validator=colander.Regex(PHONE, msg=_("Số điện thoại gồm 9–15 chữ số.")),
    )
    email = colander.SchemaNode(
        colander.String(),
        title=_("Thư điện tử"),
        preparer=phone_or_email,
        validator=colander.Regex(EMAIL, msg=_("Địa chỉ thư điện tử không hợp lệ.")),
    )
    address = LineNode(title=_("Địa chỉ liên hệ"), missing=colander.required)
    note = colander.SchemaNode(
        colander.String(),
        title=_("Ghi chú cho cơ quan"),
        missing="",
        preparer=strip,
        validator=colander.Length(max=2000),
        widget=deform.widget.TextAreaWidget(rows=3),
    )


def paper_field(index):
    return f"paper_{index}"


def application_schema(papers, agencies):
    """The form for one procedure: where to apply (when there is a choice), who
    applies, and one upload per paper; optional papers may be left empty."""
    schema = ApplicantSchema()
    if len(agencies) > 1:
        schema.add(
            colander.SchemaNode(
                colander.String(),
                name="agency",
                title=_("Nộp tại"),
                widget=deform.widget.SelectWidget(values=[("", "—")] + list(agencies)),
                validator=colander.OneOf([uid for uid, _title in agencies]),
                missing=colander.required,
            )
        )
    for i, paper in enumerate(papers):
        schema.add(
            colander.SchemaNode(
                deform.FileData(),
                name=paper_field(i),
                title=paper["name"],
                description=_("PDF, JPEG hoặc PNG."),
                widget=upload_widget,
                validator=paper_validator,
                missing=colander.null if paper.get("optional") else colander.required,
                # colander fills ${title} with the node's title: the paper's name
                missing_msg=_("Thiếu giấy tờ bắt buộc: ${title}."),
            )
        )
    return schema


class Paper(Persistent):
    """One paper of an application: its name and the files sent for it."""

    def __init__(self, name, supplement=False):
        self.name = name
        self.supplement = supplement
        self.files = PersistentList()
        self.added = now()

    def add(self, data, filename):
        self.files.append(StoredFile(data, filename, paper_type(data, filename)))


@content_type(
    title=_("Hồ sơ trực tuyến"),
    title_en="Application",
    schema=None,
    addable_to=("ApplicationStore",),
    workflow="one_stop",
    dated=False,  # listed by due date
)
class Application(Item):
    """An application for a procedure. Its dates are stored once computed, so a
    later change of the calendar never moves an old deadline."""

    __permissions__ = {
        "view history": STAFF,
        "view contents": STAFF,
        "edit": (),
        "delete": ("Manager",),
        "add": (),
    }

    code = ""
    procedure_uid = ""
    procedure_code = ""
    field = ""
    level = ""
    case_name = ""
    days = 0
    desk_uid = ""
    agency_uid = ""
    applicant_name = ""
    id_number = ""
    organisation = ""
    phone = ""
    email = ""
    address = ""
    note = ""
    received_on = None
    due = None
    paused_on = None
    result_on = None
    finished_on = None
    requested = ""

    def __init__(self, title="", creator=None, **fields):
        self.papers = PersistentList()
        super().__init__(title, creator, **fields)
        self.submitted = now()

    def searchable_text(self):
        return " ".join(filter(None, [self.code, self.title, self.applicant_name]))

    def matches_contact(self, contact):
        """Whether `contact` is this applicant's phone (digits compared) or e-mail."""
        contact = (contact or "").strip().lower()
        if not contact:
            return False
        if "@" in contact:
            return contact == self.email
        digits = re.sub(r"\D", "", contact)
        return len(digits) >= 9 and digits == re.sub(r"\D", "", self.phone)

    @property
    def month(self):
        """The month the application counts in: when it was received, else submitted."""
        day = self.received_on or self.submitted.date()
        return f"{day.year:04d}-{day.month:02d}"

    def timeliness(self, today=None):
        """early / on_time / late once the result is ready; overdue or pending before."""
        if self.result_on is not None and self.due is not None:
            if self.result_on < self.due:
                return "early"
            return "on_time" if self.result_on == self.due else "late"
        if self.finished_on is not None:
            return "closed"
        if self.due is None:
            return "pending"
        today = today or date.today()
        return "overdue" if today > self.due and self.paused_on is None else "pending"

    def facets(self):
        found = [
            f"agency:{self.agency_uid}",
            f"desk:{self.desk_uid}",
            f"procedure:{self.procedure_uid}",
            f"month:{self.month}",
        ]
        if self.field:
            found.append(f"field:{self.field}")
        return found


@content_type(
    title=_("Kho hồ sơ trực tuyến"),
    title_en="Application store",
    schema=None,
    addable_to=(),
    workflow=None,
)
class ApplicationStore(Container):
    """`/dich-vu-cong/ho-so`: applications by code. Anonymous visitors may never
    view it; staff see the applications their roles give them.

    `sequences` gives each desk's daily numbers; `drafts` holds a citizen's filled
    form between the summary and the submission; `submitted` maps a used draft
    token to its application's code, so a second click finds the first application.
    """

    ordered = False
    __permissions__ = {
        "view": ("Member", "Site Administrator", "Manager"),
        "view contents": STAFF,
        "add": (),
    }

    def __init__(self, title="", creator=None, **fields):
        super().__init__(title, creator, **fields)
        self.sequences = OOBTree()
        self.drafts = OOBTree()
        self.submitted = OOBTree()

    def check_name(self, name):
        if name in self._children:
            raise KeyError(_("Mã hồ sơ đã tồn tại."))

    def next_code(self, exchange_id, day):
        """`<exchange id>-<yymmdd>-<nnnn>`: a desk's applications of one day, numbered."""
        stamp = day.strftime("%y%m%d")
        key = (exchange_id, stamp)
        number = self.sequences.get(key, 0) + 1
        self.sequences[key] = number
        return f"{exchange_id}-{stamp}-{number:04d}"

    def purge_drafts(self, moment=None):
        limit = (moment or now()) - DRAFT_LIFETIME
        for token in [t for t, d in self.drafts.items() if d.created < limit]:
            del self.drafts[token]
        for token in [t for t, (_code, when) in self.submitted.items() if when < limit]:
            del self.submitted[token]


class Draft(Persistent):
    """A filled application form waiting for the citizen to confirm it."""

    def __init__(self, procedure_uid, case_index, values, papers):
        self.procedure_uid = procedure_uid
        self.case_index = case_index
        self.values = dict(values)
        self.papers = papers  # list of Paper
        self.created = datetime.now(timezone.utc)
