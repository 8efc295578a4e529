"""CSV files: reading an upload the way every import here does (UTF-8 only, with or
without a BOM, exactly the expected columns in any order, a bounded number of rows),
and writing the UTF-8-with-BOM files every export gives."""

import csv
import io

from .i18n import _


class CsvFileError(ValueError):
    """The whole file is refused, with one message; nothing was read from it."""


def decode(data):
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        raise CsvFileError(_("Tệp đang ở bảng mã UTF-16; hãy lưu lại dưới dạng “CSV UTF-8”."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CsvFileError(
            _(
                "Tệp không ở bảng mã UTF-8 (có thể là Windows-1258 hoặc TCVN3). Hãy mở tệp bằng "
                "Excel hoặc LibreOffice và lưu lại dưới dạng “CSV UTF-8” rồi tải lên lại."
            )
        ) from None


def read_table(data, columns, max_rows):
    """[(line, {column: text})] of the non-blank rows, `line` being where each row
    starts. A row whose field count differs from the header's gets None instead of
    a mapping, for the caller to report."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in columns if c not in header]
        extra = [h for h in header if h not in columns]
        repeated = sorted({h for h in header if header.count(h) > 1})
        if missing or extra or repeated:
            raise CsvFileError(
                _(
                    "Dòng tiêu đề phải có đúng các cột: ${expected}. Thiếu: ${missing}. "
                    "Thừa hoặc lạ: ${extra}.",
                    mapping={
                        "expected": ", ".join(columns),
                        "missing": ", ".join(missing) or "—",
                        "extra": ", ".join(extra + repeated) or "—",
                    },
                )
            )
        rows, start = [], reader.line_num + 1
        for fields in reader:
            if any(f.strip() for f in fields):
                same = len(fields) == len(header)
                rows.append((start, dict(zip(header, fields, strict=True)) if same else None))
            start = reader.line_num + 1
            if len(rows) > max_rows:
                raise CsvFileError(
                    _("Tệp có quá ${max} dòng; hãy chia nhỏ.", mapping={"max": max_rows})
                )
    except csv.Error as e:
        raise CsvFileError(
            _("Tệp CSV sai cấu trúc ở dòng ${line}.", mapping={"line": reader.line_num})
        ) from e
    if not rows:
        raise CsvFileError(_("Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào."))
    return rows


FORMULA = ("=", "@", "+", "-", "\t", "\r")


def cell(value):
    """A value as CSV text; text a spreadsheet would run as a formula gets a leading
    apostrophe (phone numbers like +84… stay as they are), which the import removes."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    if text.startswith(FORMULA) and not text[1:].replace(" ", "").isdigit():
        return "'" + text
    return text


def uncell(text):
    text = text.strip()
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA) else text


def to_csv(records, columns):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(records)
    return "\ufeff" + out.getvalue()  # the BOM tells spreadsheet programs it is UTF-8
