"""Public services: the procedure catalog and the procedures citizens read and apply for."""

import colander
import deform.widget

from .base import Container
from .i18n import _
from .registry import content_type
from .schemas import DescriptionNode, LineNode, TitleNode, strip

LEVELS = {
    "province": _("Cấp tỉnh"),
    "district": _("Cấp huyện"),
    "commune": _("Cấp xã"),
}
CHANNELS = {
    "direct": _("Trực tiếp"),
    "online": _("Trực tuyến"),
    "post": _("Qua dịch vụ bưu chính"),
}
# Decree 42/2022 terms; the decree 43/2011 grade (1–4) is stored beside them.
ONLINE_SCOPES = {
    "": _("Chưa cung cấp trực tuyến"),
    "partial": _("Một phần"),
    "full": _("Toàn trình"),
}
ONLINE_LEVELS = {
    1: _("Mức độ 1: thông tin"),
    2: _("Mức độ 2: tải biểu mẫu"),
    3: _("Mức độ 3: nộp và xử lý trực tuyến"),
    4: _("Mức độ 4: thanh toán và nhận kết quả trực tuyến"),
}
# Reserved inside the catalog: the private store of applications.
APPLICATIONS_NAME = "ho-so"


def text_node(title, rows=4, missing=""):
    return colander.SchemaNode(
        colander.String(),
        title=title,
        missing=missing,
        preparer=strip,
        validator=colander.Length(max=20_000),
        widget=deform.widget.TextAreaWidget(rows=rows),
    )


def count_node(title):
    return colander.SchemaNode(
        colander.Integer(),
        title=title,
        default=1,
        missing=0,
        validator=colander.Range(0, 99, min_err=_("Không được âm."), max_err=_("Tối đa 99.")),
    )


def days_node(title=None):
    return colander.SchemaNode(
        colander.Integer(),
        title=title or _("Thời hạn (ngày làm việc)"),
        validator=colander.Range(
            1, 365, min_err=_("Thời hạn ít nhất 1 ngày."), max_err=_("Thời hạn tối đa 365 ngày.")
        ),
    )


@colander.deferred
def agency_widget(node, kw):
    # `agency_choices` is a request property the portal provides: (uid, title) pairs
    return deform.widget.SelectWidget(values=[("", "—")] + kw["request"].agency_choices)


@colander.deferred
def agencies_widget(node, kw):
    return deform.widget.SelectWidget(values=kw["request"].agency_choices, multiple=True, size=8)


@colander.deferred
def agency_validator(node, kw):
    known = {uid for uid, _title in kw["request"].agency_choices}

    def check(node, value):
        values = value if isinstance(value, (set, list, tuple)) else [value]
        if any(v and v not in known for v in values):
            raise colander.Invalid(node, _("Cơ quan không có trong danh bạ."))

    return check


@colander.deferred
def template_widget(node, kw):
    """Form templates are the procedure's own files (uploaded after it is created)."""
    context = kw["request"].context
    files = []
    if isinstance(context, Procedure):
        files = [(f.__name__, f.title) for f in context.templates()]
    return deform.widget.SelectWidget(values=[("", _("(không có)"))] + files)


class ChannelSchema(colander.MappingSchema):
    channel = colander.SchemaNode(
        colander.String(),
        title=_("Cách thức"),
        widget=deform.widget.SelectWidget(values=list(CHANNELS.items())),
        validator=colander.OneOf(list(CHANNELS)),
    )
    days = days_node()
    fee = LineNode(title=_("Phí, lệ phí"), missing=_("Không"))


class PaperSchema(colander.MappingSchema):
    name = LineNode(title=_("Tên giấy tờ"), missing=colander.required)
    originals = count_node(_("Bản chính"))
    copies = count_node(_("Bản sao"))
    optional = colander.SchemaNode(
        colander.Boolean(), title=_("Không bắt buộc (nếu có)"), missing=False
    )
    template = colander.SchemaNode(
        colander.String(), title=_("Mẫu đơn, tờ khai"), widget=template_widget, missing=""
    )


class LawSchema(colander.MappingSchema):
    number = LineNode(title=_("Số, ký hiệu"), missing=colander.required)
    summary = LineNode(title=_("Trích yếu"))
    date = LineNode(title=_("Ngày ban hành"))


class Channels(colander.SequenceSchema):
    channel = ChannelSchema(title=_("Cách thức nộp"))


class Papers(colander.SequenceSchema):
    paper = PaperSchema(title=_("Giấy tờ"))


class Laws(colander.SequenceSchema):
    law = LawSchema(title=_("Văn bản"))


class CaseSchema(colander.MappingSchema):
    name = LineNode(title=_("Trường hợp"), missing=colander.required)
    days = days_node()
    papers = Papers(title=_("Thành phần hồ sơ của trường hợp này"))


class Cases(colander.SequenceSchema):
    case = CaseSchema(title=_("Trường hợp"))


@colander.deferred
def procedure_validator(node, kw):
    # `agency_by_uid` is a request method the portal provides (the directory lookup)
    find = kw["request"].agency_by_uid

    def check(node, value):
        channels = [c["channel"] for c in value.get("channels", ())]
        if len(set(channels)) != len(channels):
            raise colander.Invalid(node["channels"], _("Mỗi cách thức nộp chỉ khai một lần."))
        if not value.get("online_scope"):
            return
        if "online" not in channels:
            raise colander.Invalid(
                node["online_scope"], _("Dịch vụ trực tuyến cần có cách thức nộp “Trực tuyến”.")
            )
        if not value.get("executing"):
            raise colander.Invalid(
                node["executing"], _("Dịch vụ trực tuyến cần ít nhất một cơ quan thực hiện.")
            )
        # application codes are built from the receiving desk's exchange id
        field = "desk" if value.get("desk") else "executing"
        for uid in [value["desk"]] if value.get("desk") else value["executing"]:
            agency = find(uid)
            if agency is not None and not agency.exchange_id:
                raise colander.Invalid(
                    node[field],
                    _(
                        "“${name}” chưa có mã định danh liên thông, nên chưa nhận được hồ sơ "
                        "trực tuyến; hãy bổ sung mã này trên trang của cơ quan.",
                        mapping={"name": agency.title},
                    ),
                )

    return check


class ProcedureSchema(colander.MappingSchema):
    validator = procedure_validator
    code = LineNode(
        title=_("Mã thủ tục"),
        missing=colander.required,
        validator=colander.Regex(r"^\d\.\d{6}$", msg=_("Mã thủ tục có dạng 1.001234.")),
    )
    title = TitleNode(title=_("Tên thủ tục"))
    description = DescriptionNode(title=_("Giới thiệu ngắn"))
    decision = LineNode(title=_("Quyết định công bố"))
    level = colander.SchemaNode(
        colander.String(),
        title=_("Cấp thực hiện"),
        widget=deform.widget.SelectWidget(values=list(LEVELS.items())),
        validator=colander.OneOf(list(LEVELS)),
    )
    field = LineNode(title=_("Lĩnh vực"), missing=colander.required)
    steps = text_node(_("Trình tự thực hiện (mỗi bước một dòng)"), rows=6)
    channels = Channels(
        title=_("Cách thức thực hiện"),
        validator=colander.Length(min=1, min_err=_("Cần ít nhất một cách thức nộp.")),
    )
    papers = Papers(title=_("Thành phần hồ sơ"))
    applicants = text_node(_("Đối tượng thực hiện"), rows=2)
    deciding = colander.SchemaNode(
        colander.String(),
        title=_("Cơ quan có thẩm quyền quyết định"),
        widget=agency_widget,
        validator=agency_validator,
        missing="",
    )
    executing = colander.SchemaNode(
        colander.List(),
        title=_("Cơ quan thực hiện"),
        description=_(
            "Người nộp chọn một trong các cơ quan này; bộ phận một cửa của cơ quan nhận hồ sơ."
        ),
        widget=agencies_widget,
        validator=agency_validator,
        missing=[],
    )
    desk = colander.SchemaNode(
        colander.String(),
        title=_("Nơi tiếp nhận hồ sơ (nếu khác cơ quan thực hiện)"),
        description=_("Ví dụ Trung tâm Phục vụ hành chính công tỉnh."),
        widget=agency_widget,
        validator=agency_validator,
        missing="",
    )
    coordinating = colander.SchemaNode(
        colander.List(),
        title=_("Cơ quan phối hợp"),
        widget=agencies_widget,
        validator=agency_validator,
        missing=[],
    )
    where = text_node(_("Địa điểm nộp hồ sơ"), rows=2)
    result = text_node(_("Kết quả thực hiện"), rows=2)
    legal_basis = Laws(title=_("Căn cứ pháp lý"))
    conditions = text_node(_("Yêu cầu, điều kiện"), rows=3)
    online_level = colander.SchemaNode(
        colander.Integer(),
        title=_("Mức độ (theo Nghị định 43/2011)"),
        widget=deform.widget.SelectWidget(values=[(str(k), v) for k, v in ONLINE_LEVELS.items()]),
        validator=colander.OneOf(list(ONLINE_LEVELS)),
        default=2,
    )
    online_scope = colander.SchemaNode(
        colander.String(),
        title=_("Dịch vụ công trực tuyến (theo Nghị định 42/2022)"),
        widget=deform.widget.SelectWidget(values=list(ONLINE_SCOPES.items())),
        validator=colander.OneOf(list(ONLINE_SCOPES)),
        missing="",
    )
    cases = Cases(title=_("Các trường hợp riêng (nếu có)"))


@content_type(
    title=_("Danh mục thủ tục hành chính"),
    title_en="Service catalog",
    schema=None,
    addable_to=(),
    workflow=None,
)
class ServiceCatalog(Container):
    """`/dich-vu-cong`: the procedures, and the private store of applications."""

    ordered = False

    def check_name(self, name):
        if name == APPLICATIONS_NAME and name not in self._children:
            return  # only the store itself may take this name (see ensure_services)
        super().check_name(name)
        if name == APPLICATIONS_NAME:
            raise ValueError(_("Tên không hợp lệ."))


@content_type(
    title=_("Thủ tục hành chính"),
    title_en="Procedure",
    schema=ProcedureSchema,
    addable_to=("ServiceCatalog",),
    dated=False,  # listed alphabetically
)
class Procedure(Container):
    """An administrative procedure as the national database records it. Its children
    are the form templates (Files) its papers point to."""

    ordered = True
    code = ""
    decision = ""
    level = "province"
    field = ""
    steps = ""
    applicants = ""
    deciding = ""
    desk = ""
    where = ""
    result = ""
    conditions = ""
    online_level = 2
    online_scope = ""

    def __init__(self, title="", creator=None, **fields):
        self.channels = []
        self.papers = []
        self.executing = []
        self.coordinating = []
        self.legal_basis = []
        self.cases = []
        super().__init__(title, creator, **fields)

    def searchable_text(self):
        return " ".join(filter(None, [self.title, self.code, self.field, self.description]))

    @property
    def accepts_online(self):
        return bool(self.online_scope) and bool(self.executing)

    def channel(self, kind):
        return next((c for c in self.channels if c["channel"] == kind), None)

    def time_limit(self, case=None):
        """Working days the agency has: the case's own, else the online channel's."""
        if case is not None:
            return case["days"]
        chosen = self.channel("online") or (self.channels[0] if self.channels else None)
        return chosen["days"] if chosen else 0

    def case(self, index):
        try:
            return self.cases[int(index)]
        except (TypeError, ValueError, IndexError):
            return None

    def papers_for(self, case=None):
        return case["papers"] if case is not None else self.papers

    def templates(self):
        from .file import File

        return [c for c in self.values() if isinstance(c, File)]

    def step_list(self):
        return [s.strip() for s in (self.steps or "").splitlines() if s.strip()]

    def facets(self):
        """Values the catalog's `facets` index keeps for the list's filters."""
        found = [f"level:{self.level}", f"online:{self.online_scope or 'none'}"]
        if self.field:
            found.append(f"field:{self.field}")
        found.extend(f"agency:{uid}" for uid in self.executing)
        return found
