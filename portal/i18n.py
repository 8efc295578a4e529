"""Languages: Vietnamese first, English available; gettext catalogs compiled on start."""

import os
from pathlib import Path

import deform
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from pyramid.i18n import TranslationString, get_localizer
from pyramid.threadlocal import get_current_request

from content_types.i18n import _  # noqa: E402  (one factory for the domain)

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
LANG_COOKIE = "cong_lang"
LOCALE_DIR = Path(__file__).parent / "locale"
DEFORM_OVERRIDES = str(Path(__file__).parent / "templates" / "deform")


def locale_negotiator(request):
    lang = request.cookies.get(LANG_COOKIE)
    return (
        lang
        if lang in LANGUAGES
        else request.registry.settings.get("pyramid.default_locale_name", "vi")
    )


def compile_catalogs(directory=LOCALE_DIR):
    """Write each .mo beside its .po when missing or older (source stays the .po)."""
    for po in Path(directory).glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with open(po, "rb") as f:
            catalog = read_po(f, locale=po.parent.parent.name, domain=po.stem)
        tmp = mo.with_name(f"{mo.name}.{os.getpid()}.tmp")  # test workers compile at once
        with open(tmp, "wb") as f:
            write_mo(f, catalog)
        tmp.replace(mo)


def deform_translator(term):
    request = get_current_request()
    if request is None:
        return term.interpolate() if hasattr(term, "interpolate") else term
    return get_localizer(request).translate(term)


def includeme(config):
    compile_catalogs()
    config.set_locale_negotiator(locale_negotiator)
    config.add_translation_dirs("colander:locale", "deform:locale")
    config.add_translation_dirs("portal:locale")
    search_path = (DEFORM_OVERRIDES, str(Path(deform.__file__).parent / "templates"))
    deform.Form.set_zpt_renderer(search_path, translator=deform_translator)


def label(request, thing):
    """The title of a type, state or transition in the visitor's language.

    Registry records and workflow definitions carry `title` (Vietnamese) and
    `title_en`; no catalog entry is needed for them.
    """
    if request.locale_name == "en":
        return getattr(thing, "title_en", None) or thing.title
    return thing.title


def localize(request, msgid, mapping):
    if isinstance(msgid, TranslationString) and not mapping:
        return request.localizer.translate(msgid)
    return request.localizer.translate(_(msgid, mapping=mapping or None))


def translate(request, msgid, **mapping):
    """`msgid` (Vietnamese, domain `cong`) in the visitor's language, `${name}`s filled."""
    return localize(request, msgid, mapping)


def flash_message(request, msgid, **mapping):
    """Queue a message for the next page, in the visitor's language."""
    request.session.flash(localize(request, msgid, mapping))
