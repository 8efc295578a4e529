"""Helpers shared by the functional tests: filling deform forms and making uploads."""

import io

from PIL import Image as PILImage
from webtest import Upload


def add(browser, container_path, type_name, status=302, **fields):
    """Fill the add form of `type_name` in `container_path` and save it."""
    page = browser.get(f"{container_path.rstrip('/')}/@@them?loai={type_name}")
    form = page.forms["deform"]
    for key, value in fields.items():
        form[key] = value
    return form.submit("save", status=status)


def png_bytes(size=(800, 600), color=(200, 30, 30)):
    out = io.BytesIO()
    PILImage.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def upload(filename, data, content_type=None):
    return Upload(filename, data, content_type) if content_type else Upload(filename, data)


def image_size(data):
    with PILImage.open(io.BytesIO(data)) as im:
        return im.size
