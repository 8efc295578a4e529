"""The agency directory: the directory root, agencies (which are also the roots
of their own sub-sites) and the contacts of their officials."""

import re

import colander
import deform.widget
from BTrees.OOBTree import OOBTree

from .base import Container, Item, nearest
from .email import OfficialEmailNode, OptionalOfficialEmailNode
from .i18n import _
from .registry import content_type
from .schemas import DescriptionNode, LineNode, TitleNode, strip
from .slug import sort_key

# Kinds of agency, in the order the directory shows them.
KINDS = {
    "department": _("Sở, ban, ngành tỉnh"),
    "district": _("Huyện, thị xã, thành phố"),
    "commune": _("Xã, phường, thị trấn"),
    "other": _("Cơ quan khác"),
}

EXCHANGE_ID = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")
PHONE = re.compile(r"^[0-9 +().-]{6,30}$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def regex(pattern, message):
    return colander.Regex(pattern, msg=message)


class PhoneNode(colander.SchemaNode):
    schema_type = colander.String
    title = _("Điện thoại")
    missing = ""
    preparer = staticmethod(strip)
    validator = regex(PHONE, _("Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -"))


def directory_of(obj):
    """The Directory `obj` lives in (or is), or None."""
    return nearest(obj, Directory)


def parent_choices(context):
    """Where an agency may live: the directory itself or one of its districts."""
    directory = directory_of(context)
    if directory is None:
        return []
    districts = [a for a in directory.values() if isinstance(a, Agency) and a.kind == "district"]
    districts.sort(key=lambda a: sort_key(a.title))
    return [(directory.uid, directory.title)] + [(a.uid, a.title) for a in districts]


@colander.deferred
def parent_widget(node, kw):
    return deform.widget.SelectWidget(values=parent_choices(kw["request"].context))


@colander.deferred
def parent_default(node, kw):
    """Adding: the container the form is on (editing reads `Agency.parent`)."""
    return getattr(kw["request"].context, "uid", colander.null)


def placement_error(kind, parent_kind):
    """Why an agency of `kind` may not live in a parent of `parent_kind` (None for the
    directory itself, which is where departments and districts live), or None."""
    if kind == "commune" and parent_kind != "district":
        return _("Xã, phường, thị trấn phải trực thuộc một huyện.")
    if kind == "district" and parent_kind is not None:
        return _("Huyện, thị xã, thành phố trực thuộc tỉnh, không nằm trong huyện khác.")
    if parent_kind not in (None, "district"):
        return _("Nơi trực thuộc phải là danh bạ của tỉnh hoặc một huyện.")
    return None


@colander.deferred
def placement_validator(node, kw):
    choices = parent_choices(kw["request"].context)
    top = choices[0][0] if choices else None
    known = {uid for uid, _title in choices}

    def check(node, value):
        parent = value.get("parent") or top
        if choices and parent not in known:
            raise colander.Invalid(node["parent"], _("Nơi trực thuộc không có trong danh bạ."))
        error = placement_error(value.get("kind"), None if parent == top else "district")
        if error is not None:
            raise colander.Invalid(node["parent"], error)
        context = kw["request"].context
        editing = isinstance(context, Agency) and getattr(kw["request"], "view_name", "") == "sua"
        if editing and value.get("kind") != "district" and context.sub_agencies():
            raise colander.Invalid(
                node["kind"], _("Cơ quan đang có xã, phường, thị trấn trực thuộc phải là huyện.")
            )

    return check


def coordinate(low, high):
    return colander.Range(
        low, high, min_err=_("Tọa độ ngoài phạm vi."), max_err=_("Tọa độ ngoài phạm vi.")
    )


class AgencySchema(colander.MappingSchema):
    validator = placement_validator
    title = TitleNode(title=_("Tên đầy đủ"))
    short_name = LineNode(title=_("Tên viết tắt"), validator=colander.Length(max=80))
    kind = colander.SchemaNode(
        colander.String(),
        title=_("Loại cơ quan"),
        widget=deform.widget.SelectWidget(values=list(KINDS.items())),
        validator=colander.OneOf(list(KINDS)),
    )
    parent = colander.SchemaNode(
        colander.String(),
        title=_("Trực thuộc"),
        description=_(
            "Xã, phường, thị trấn phải nằm trong một huyện; đổi nơi trực thuộc là chuyển cơ quan đi, địa chỉ cũ vẫn dẫn tới."
        ),
        widget=parent_widget,
        default=parent_default,
        missing="",
    )
    code = LineNode(
        title=_("Mã cơ quan"),
        description=_("Mã dùng khi nhập, xuất danh bạ; để trống để tự tạo."),
        validator=regex(
            CODE, _("Mã chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch nối (tối đa 50 ký tự).")
        ),
    )
    exchange_id = LineNode(
        title=_("Mã định danh liên thông"),
        description=_(
            "Dạng 000.00.01.H08; bắt buộc với cơ quan có bộ phận một cửa hoặc gửi nhận văn bản điện tử."
        ),
        validator=regex(EXCHANGE_ID, _("Mã định danh phải có dạng 000.00.01.H08.")),
    )
    description = DescriptionNode(title=_("Chức năng, nhiệm vụ (tóm tắt)"))
    address = LineNode(title=_("Địa chỉ"))
    phone = PhoneNode()
    fax = PhoneNode(title=_("Fax"))
    email = OfficialEmailNode()
    website = LineNode(
        title=_("Trang thông tin điện tử"),
        validator=regex(URL, _("Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://")),
    )
    head_name = LineNode(title=_("Người đứng đầu"))
    head_position = LineNode(title=_("Chức vụ người đứng đầu"))
    hours = LineNode(title=_("Giờ làm việc"))
    latitude = colander.SchemaNode(
        colander.Float(), title=_("Vĩ độ"), missing=None, validator=coordinate(-90, 90)
    )
    longitude = colander.SchemaNode(
        colander.Float(), title=_("Kinh độ"), missing=None, validator=coordinate(-180, 180)
    )


class ContactSchema(colander.MappingSchema):
    title = TitleNode(title=_("Họ và tên"))
    position = LineNode(title=_("Chức vụ"))
    unit = LineNode(title=_("Đơn vị"))
    phone = PhoneNode()
    email = OptionalOfficialEmailNode()


@content_type(
    title=_("Danh bạ cơ quan"),
    title_en="Agency directory",
    schema=None,
    addable_to=(),
    workflow=None,
)
class Directory(Container):
    """The root of the directory. `codes` maps every agency code below it to the
    agency's uid: a BTree, so two transactions claiming one code conflict."""

    ordered = False

    def __init__(self, title="", creator=None, **fields):
        super().__init__(title, creator, **fields)
        self.codes = OOBTree()

    def claim_code(self, code, uid):
        holder = self.codes.get(code)
        if holder is not None and holder != uid:
            raise KeyError(
                _("Mã cơ quan “${code}” đã có cơ quan khác dùng.", mapping={"code": code})
            )
        if holder is None:
            self.codes[code] = uid

    def release_code(self, code, uid):
        if self.codes.get(code) == uid:
            del self.codes[code]


@content_type(
    title=_("Cơ quan"),
    title_en="Agency",
    schema=AgencySchema,
    addable_to=("Directory", "Agency"),
    workflow=None,
)
class Agency(Container):
    """An agency: its card in the directory and the root of its own sub-site."""

    ordered = True
    short_name = ""
    kind = "other"
    code = ""
    exchange_id = ""
    address = ""
    phone = ""
    fax = ""
    email = ""
    website = ""
    head_name = ""
    head_position = ""
    hours = ""
    latitude = None
    longitude = None

    def searchable_text(self):
        parts = [self.title, self.short_name, self.address, self.head_name, self.description]
        return " ".join(filter(None, parts))

    @property
    def parent(self):
        """The uid of the container the agency lives in (the edit form's default)."""
        return getattr(self.__parent__, "uid", "")

    def contacts(self):
        return [c for c in self.values() if isinstance(c, Contact)]

    def sub_agencies(self):
        return [c for c in self.values() if isinstance(c, Agency)]


@content_type(
    title=_("Cán bộ liên hệ"),
    title_en="Contact",
    schema=ContactSchema,
    addable_to=("Agency",),
    workflow=None,
)
class Contact(Item):
    position = ""
    unit = ""
    phone = ""
    email = ""

    def searchable_text(self):
        return " ".join(filter(None, [self.title, self.position, self.unit]))
