"""Files and images kept as ZODB blobs, with Pillow-made scales for images."""

import io
import mimetypes

import colander
from persistent import Persistent
from persistent.mapping import PersistentMapping
from PIL import Image as PILImage
from ZODB.blob import Blob

from .base import Item
from .i18n import _
from .registry import content_type
from .schemas import BaseSchema, UploadNode, upload_checks

# Types a browser may show inline; anything else is downloaded as an attachment.
INLINE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain"}
)
# Larger images are refused before decoding: a small file can claim a huge canvas.
MAX_PIXELS = 40_000_000
SCALES = {"thumb": (160, 160), "preview": (480, 480), "large": (1024, 1024)}
PIL_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}


class StoredFile(Persistent):
    """One uploaded file: its bytes in a blob, and what the browser sent about it."""

    def __init__(self, data, filename, mimetype):
        self.filename = filename
        self.mimetype = mimetype
        self.size = len(data)
        self.blob = Blob()
        with self.blob.open("w") as f:
            f.write(data)

    def open(self):
        return self.blob.open("r")

    def read(self):
        with self.open() as f:
            return f.read()

    @property
    def inline(self):
        return self.mimetype in INLINE_TYPES


def read_upload(upload):
    """(bytes, filename) from deform's FileData value."""
    fp = upload["fp"]
    fp.seek(0)
    data = fp.read()
    filename = (upload.get("filename") or "tep").replace("\\", "/").rsplit("/", 1)[-1]
    return data, filename


def sniff_image(data):
    """The mimetype of image bytes, or None when Pillow cannot read them."""
    try:
        with PILImage.open(io.BytesIO(data)) as im:
            if im.size[0] * im.size[1] > MAX_PIXELS:
                return None
            im.verify()
            return PIL_TYPES.get(im.format)
    except Exception:  # Pillow raises many kinds for bad input
        return None


def make_scale(data, size):
    with PILImage.open(io.BytesIO(data)) as im:
        im = im.convert("RGBA" if im.mode in ("RGBA", "LA", "P") else "RGB")
        im.thumbnail(size)
        out = io.BytesIO()
        if im.mode == "RGBA":
            im.save(out, "PNG", optimize=True)
            return out.getvalue(), "image/png"
        im.save(out, "JPEG", quality=85, optimize=True)
        return out.getvalue(), "image/jpeg"


# Signatures that must open a file of each kind (images are checked by Pillow instead).
SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (b"PK\x03\x04",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (b"PK\x03\x04",),
    "application/vnd.oasis.opendocument.text": (b"PK\x03\x04",),
    "application/msword": (b"\xd0\xcf\x11\xe0",),
    "application/vnd.ms-excel": (b"\xd0\xcf\x11\xe0",),
}


def checked_type(data, filename, allowed, kinds):
    """The mimetype `allowed` (extension → mimetype) gives `filename`, once its bytes
    are seen to be of that kind; else ValueError naming the accepted `kinds`."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    expected = allowed.get(ext)
    if expected is None:
        raise ValueError(
            _(
                "Tệp “${name}” không được nhận: chỉ nhận ${kinds}.",
                mapping={"name": filename, "kinds": kinds},
            )
        )
    if expected.startswith("image/"):
        matches = sniff_image(data) == expected
    else:
        matches = data.startswith(SIGNATURES.get(expected, (b"",)))
    if not matches:
        raise ValueError(
            _(
                "Nội dung tệp “${name}” không đúng với phần mở rộng .${ext}.",
                mapping={"name": filename, "ext": ext},
            )
        )
    return expected


def image_validator(node, value):
    if value in (None, colander.null):
        return
    data = read_upload(value)[0]
    if sniff_image(data) is None:
        raise colander.Invalid(node, _("Tệp tải lên không phải ảnh hợp lệ (JPEG, PNG, GIF, WEBP)."))


class ImageMixin:
    """An object with one image and its scales (news items, images)."""

    image = None
    scales = None

    def set_image(self, upload):
        if upload in (None, colander.null):
            return
        data, filename = read_upload(upload)
        mimetype = sniff_image(data)
        if mimetype is None:
            raise ValueError(_("Tệp tải lên không phải ảnh hợp lệ."))
        self.image = StoredFile(data, filename, mimetype)
        self.scales = PersistentMapping()
        for name, size in SCALES.items():
            scaled, scaled_type = make_scale(data, size)
            self.scales[name] = StoredFile(scaled, f"{name}-{filename}", scaled_type)

    def image_scale(self, name):
        if self.image is None:
            return None
        if name in (None, "", "original"):
            return self.image
        return (self.scales or {}).get(name)


class FileSchema(BaseSchema):
    file = UploadNode(title=_("Tệp"))


class ImageSchema(BaseSchema):
    image = UploadNode(title=_("Ảnh"), validator=upload_checks(image_validator))


@content_type(
    title=_("Tệp tin"),
    title_en="File",
    schema=FileSchema,
    addable_to=("Portal", "Folder", "Agency", "Procedure"),
)
class File(Item):
    file = None

    def set_file(self, upload):
        if upload in (None, colander.null):
            return
        data, filename = read_upload(upload)
        mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        self.file = StoredFile(data, filename, mimetype)


@content_type(
    title=_("Hình ảnh"),
    title_en="Image",
    schema=ImageSchema,
    addable_to=("Portal", "Folder", "Agency"),
)
class Image(ImageMixin, Item):
    pass
