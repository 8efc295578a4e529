"""The directory's files: CSV, JSON and vCard downloads, and the CSV import page."""

import json

import colander
import deform
from pyramid.response import Response
from pyramid.view import view_config

from content_types import Agency, Contact, Directory
from content_types.schemas import UploadNode, upload_checks
from content_types.slug import slugify

from ..csvfile import CsvFileError
from ..directory import cards, transfer
from ..i18n import _, translate
from .files import content_disposition
from .forms import make_form, validate


def download(request, body, content_type, filename):
    response = Response(body=body.encode("utf-8"), content_type=content_type, charset="utf-8")
    response.headers["Content-Disposition"] = content_disposition("attachment", filename)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def base_name(context):
    if isinstance(context, Agency):
        return f"danh-ba-{context.code or slugify(context.title)}"
    return "danh-ba"


@view_config(context=Directory, name="csv", permission="view")
@view_config(context=Agency, name="csv", permission="view")
def csv_view(context, request):
    if request.GET.get("bang") == "can-bo":
        body, name = transfer.contacts_csv(context), f"{base_name(context)}-can-bo.csv"
    else:
        body, name = transfer.agencies_csv(context), f"{base_name(context)}.csv"
    return download(request, body, "text/csv", name)


@view_config(context=Directory, name="json", permission="view")
@view_config(context=Agency, name="json", permission="view")
def json_view(context, request):
    tree = transfer.json_tree(context, lambda obj: request.resource_path(obj))
    body = json.dumps(tree, ensure_ascii=False, indent=1)
    return download(request, body, "application/json", f"{base_name(context)}.json")


@view_config(context=Agency, name="vcard", permission="view")
@view_config(context=Contact, name="vcard", permission="view")
def vcard_view(context, request):
    name = f"{context.code if isinstance(context, Agency) else slugify(context.title)}.vcf"
    return download(request, cards.vcard(context), "text/vcard", name)


class ImportSchema(colander.MappingSchema):
    upload = UploadNode(
        title=_("Tệp CSV danh bạ"),
        description=_("Bảng mã UTF-8, đúng các cột của tệp tải về từ danh bạ."),
        validator=upload_checks(),
    )


@view_config(
    context=Directory,
    name="nhap",
    permission="manage",
    renderer="portal:templates/directory_upload.pt",
)
def import_view(context, request):
    request.environ["portal.nocache"] = True
    form = make_form(request, ImportSchema, buttons=("check", "import"))
    values = {
        "form": None,
        "report": None,
        "problem": None,
        "columns": list(transfer.COLUMNS),
        "page_title": translate(request, "Nhập danh bạ từ tệp CSV"),
    }
    if request.method == "POST":
        try:
            data = validate(form, request)["upload"]["fp"].read()
        except deform.ValidationFailure as failure:
            values["form"] = failure.render()
            return values
        apply = "import" in request.POST
        try:
            report = transfer.Importer(request, context).run(data, apply)
        except CsvFileError as e:
            request.tm.doom()
            request.response.status = 400
            values["problem"] = translate(request, e.args[0])
            values["form"] = form.render()
            return values
        if not report.applied:
            request.tm.doom()  # a check, or a file with errors: nothing is kept
        if report.errors:
            request.response.status = 400
        values["report"] = report
    values["form"] = values["form"] or form.render()
    return values
