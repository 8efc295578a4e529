"""The directory as files: CSV (UTF-8 with BOM) and JSON exports, and the CSV
import that reads back what the export writes — checked whole, applied whole."""

from dataclasses import dataclass, field

import colander

from content_types import Agency
from content_types.agency import AgencySchema, placement_error
from content_types.i18n import _
from content_types.slug import sort_key

from .. import content as api
from ..csvfile import cell, read_table, to_csv, uncell

# CSV column → Agency attribute; `ma` and `ma_cha` are the agency's and its parent's codes.
COLUMNS = {
    "ma": "code",
    "ma_cha": "parent",
    "ten": "title",
    "ten_viet_tat": "short_name",
    "loai": "kind",
    "ma_dinh_danh": "exchange_id",
    "dia_chi": "address",
    "dien_thoai": "phone",
    "fax": "fax",
    "thu_dien_tu": "email",
    "website": "website",
    "nguoi_dung_dau": "head_name",
    "chuc_vu": "head_position",
    "gio_lam_viec": "hours",
    "vi_do": "latitude",
    "kinh_do": "longitude",
    "mo_ta": "description",
}
REQUIRED = ("ma", "ten", "loai", "thu_dien_tu")
CONTACT_COLUMNS = ("ma_co_quan", "ho_ten", "chuc_vu", "don_vi", "dien_thoai", "thu_dien_tu")
MAX_ROWS = 5000


# -- export --------------------------------------------------------------------------


def tree_order(container):
    """Agencies in and below `container`, each followed by those it holds, alphabetically."""
    found = []
    children = sorted(
        (c for c in container.values() if isinstance(c, Agency)), key=lambda a: sort_key(a.title)
    )
    for agency in children:
        found.append(agency)
        found.extend(tree_order(agency))
    return found


def branch(context):
    """`context` (an agency) and everything below it, or every agency of the directory."""
    return ([context] if isinstance(context, Agency) else []) + tree_order(context)


def agency_record(agency):
    parent = agency.__parent__
    record = {column: cell(getattr(agency, attr, "")) for column, attr in COLUMNS.items()}
    record["ma_cha"] = parent.code if isinstance(parent, Agency) else ""
    return record


def contact_record(agency, contact):
    values = (
        agency.code,
        contact.title,
        contact.position,
        contact.unit,
        contact.phone,
        contact.email,
    )
    return dict(zip(CONTACT_COLUMNS, values, strict=True))


def agencies_csv(context):
    return to_csv([agency_record(a) for a in branch(context)], COLUMNS)


def contacts_csv(context):
    records = [contact_record(a, c) for a in branch(context) for c in a.contacts()]
    return to_csv(records, CONTACT_COLUMNS)


def as_tree(agency, path_of):
    record = agency_record(agency)
    record["duong_dan"] = path_of(agency)
    record["can_bo"] = [
        {k: v for k, v in contact_record(agency, c).items() if k != "ma_co_quan"}
        for c in agency.contacts()
    ]
    subs = sorted(agency.sub_agencies(), key=lambda a: sort_key(a.title))
    record["truc_thuoc"] = [as_tree(a, path_of) for a in subs]
    return record


def json_tree(context, path_of):
    """Nested records: each agency with its contacts and the agencies it holds."""
    if isinstance(context, Agency):
        return as_tree(context, path_of)
    tops = sorted(
        (a for a in context.values() if isinstance(a, Agency)), key=lambda a: sort_key(a.title)
    )
    return {"ten": context.title, "co_quan": [as_tree(a, path_of) for a in tops]}


# -- import --------------------------------------------------------------------------


@dataclass
class Row:
    line: int
    values: dict
    code: str = ""
    parent_code: str = ""
    appstruct: dict = field(default_factory=dict)


@dataclass
class Report:
    errors: list = field(default_factory=list)  # (line, code, message)
    created: list = field(default_factory=list)  # titles
    updated: list = field(default_factory=list)
    moved: list = field(default_factory=list)
    unchanged: int = 0
    applied: bool = False


class Importer:
    """Checks a whole file against the directory, then applies it all or not at all."""

    def __init__(self, request, directory):
        self.request = request
        self.directory = directory
        request.context = directory
        schema = AgencySchema().bind(request=request)
        self.nodes = {node.name: node for node in schema.children}
        self.report = Report()

    def error(self, row, message):
        self.report.errors.append((row.line, row.code, self.request.localizer.translate(message)))

    def parse(self, line, record):
        row = Row(line, {})
        if record is None:
            self.error(row, _("Số cột của dòng này khác số cột của dòng tiêu đề."))
            return None
        row.values = {column: uncell(text) for column, text in record.items()}
        row.code = row.values["ma"]
        row.parent_code = row.values["ma_cha"]
        ok = True
        for column in REQUIRED:
            if not row.values[column]:
                self.error(row, _("Thiếu giá trị ở cột “${column}”.", mapping={"column": column}))
                ok = False
        for column, attr in COLUMNS.items():
            if attr == "parent" or (column in REQUIRED and not row.values[column]):
                continue
            raw = row.values[column]
            try:
                row.appstruct[attr] = self.nodes[attr].deserialize(raw if raw else colander.null)
            except colander.Invalid as e:
                ok = False
                reason = e.asdict(translate=self.request.localizer.translate).get(attr, "")
                self.error(
                    row,
                    _("Cột “${column}”: ${reason}", mapping={"column": column, "reason": reason}),
                )
        return row if ok else None

    def check(self, data):
        records = read_table(data, list(COLUMNS), MAX_ROWS)
        rows = [r for r in (self.parse(line, record) for line, record in records) if r]
        in_file = {}
        for row in rows:
            if row.code in in_file:
                self.error(
                    row,
                    _(
                        "Mã “${code}” trùng với dòng ${line}.",
                        mapping={"code": row.code, "line": in_file[row.code].line},
                    ),
                )
            else:
                in_file[row.code] = row
        existing = {a.code: a for a in tree_order(self.directory)}
        # an exchange id names one agency: those the file leaves alone keep theirs
        holders = {
            a.exchange_id: code
            for code, a in existing.items()
            if a.exchange_id and code not in in_file
        }
        for row in in_file.values():
            xid = row.appstruct.get("exchange_id")
            other = holders.setdefault(xid, row.code) if xid else row.code
            if other != row.code:
                self.error(
                    row,
                    _(
                        "Mã định danh ${id} đã thuộc cơ quan mã “${other}”.",
                        mapping={"id": xid, "other": other},
                    ),
                )
        plans = []
        for row in in_file.values():
            parent_kind = None
            if row.parent_code:
                parent_row = in_file.get(row.parent_code)
                parent = existing.get(row.parent_code)
                if parent_row is None and parent is None:
                    self.error(
                        row,
                        _(
                            "Không có cơ quan cha mang mã “${code}”.",
                            mapping={"code": row.parent_code},
                        ),
                    )
                    continue
                parent_kind = parent_row.appstruct.get("kind") if parent_row else parent.kind
            refused = placement_error(row.appstruct.get("kind"), parent_kind)
            if refused is not None:
                self.error(row, refused)
                continue
            if row.appstruct.get("kind") != "district" and self.keeps_children(
                row, existing, in_file
            ):
                self.error(row, _("Cơ quan đang có xã, phường, thị trấn trực thuộc phải là huyện."))
                continue
            plans.append(row)
        return plans, existing

    def keeps_children(self, row, existing, in_file):
        """Whether agencies would still live in this row's agency after the import."""
        agency = existing.get(row.code)
        if agency is None:
            return any(r.parent_code == row.code for r in in_file.values())
        return any(
            child.code not in in_file or in_file[child.code].parent_code == row.code
            for child in agency.sub_agencies()
        )

    def changes(self, agency, row):
        changed = {
            attr: value
            for attr, value in row.appstruct.items()
            if getattr(agency, attr, None) != value
        }
        parent = agency.__parent__
        if (parent.code if isinstance(parent, Agency) else "") != row.parent_code:
            changed["parent"] = row.parent_code
        return changed

    def run(self, data, apply):
        """Check `data`; with `apply` and no error, create, update and move."""
        plans, existing = self.check(data)
        report = self.report
        if report.errors or not apply:
            self.summarise(plans, existing)
            return report
        self.directory.imports = (
            getattr(self.directory, "imports", 0) + 1
        )  # concurrent imports conflict
        # districts (and other top-level agencies) before what they hold
        plans.sort(key=lambda row: bool(row.parent_code))
        for row in plans:
            values = dict(row.appstruct)
            agency = existing.get(row.code)
            target = (
                self.directory.codes.get(row.parent_code) if row.parent_code else self.directory.uid
            )
            if agency is None:
                values["parent"] = target
                existing[row.code] = api.create(self.request, self.directory, "Agency", values)
                report.created.append(values["title"])
                continue
            changed = self.changes(agency, row)
            if not changed:
                report.unchanged += 1
                continue
            update = {k: values[k] for k in changed if k != "parent"}
            if "parent" in changed:
                update["parent"] = target
                report.moved.append(agency.title)
            api.update(self.request, agency, update)
            report.updated.append(agency.title)
        report.applied = True
        return report

    def summarise(self, plans, existing):
        for row in plans:
            agency = existing.get(row.code)
            title = row.appstruct.get("title")
            if agency is None:
                self.report.created.append(title)
                continue
            changed = self.changes(agency, row)
            if "parent" in changed:
                self.report.moved.append(agency.title)
            if changed:
                self.report.updated.append(agency.title)
            else:
                self.report.unchanged += 1
