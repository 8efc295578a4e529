"""Logging in and out, with throttling of failed attempts."""

from urllib.parse import quote

import colander
import deform
from pyramid.httpexceptions import HTTPFound
from pyramid.security import forget, remember
from pyramid.view import view_config

from content_types import Portal

from ..i18n import _, translate
from ..security.passwords import check_password
from ..security.throttle import throttle_for
from .forms import make_form, validate


class LoginSchema(colander.MappingSchema):
    login = colander.SchemaNode(
        colander.String(), title=_("Tên đăng nhập"), validator=colander.Length(1, 100)
    )
    password = colander.SchemaNode(
        colander.String(),
        title=_("Mật khẩu"),
        widget=deform.widget.PasswordWidget(),
        validator=colander.Length(1, 200),
    )
    came_from = colander.SchemaNode(
        colander.String(), widget=deform.widget.HiddenWidget(), missing=""
    )


def safe_target(request, target):
    """Only paths on this site: never an open redirect."""
    if target and target.startswith("/") and not target.startswith("//"):
        return request.application_url + target
    return request.application_url + "/"


@view_config(context=Portal, name="dang-nhap", renderer="portal:templates/login.pt")
def login_view(context, request):
    request.environ["portal.nocache"] = True
    form = make_form(request, LoginSchema, buttons=("signin",))
    came_from = request.params.get("came_from", "")
    if request.method == "POST":
        try:
            data = validate(form, request)
        except deform.ValidationFailure as failure:
            return {"form": failure.render(), "error": None}
        throttle = throttle_for(request)
        address = request.client_addr
        wait = throttle.locked_for(data["login"], address)
        if wait:
            request.response.status = 429
            request.response.headers["Retry-After"] = str(wait)
            minutes = max(1, -(-wait // 60))
            return {
                "form": form.render({"login": data["login"], "came_from": data["came_from"]}),
                "error": translate(
                    request,
                    "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng ${minutes} phút.",
                    minutes=minutes,
                ),
            }
        login = data["login"].strip()
        users = context.principals.users
        user = users.get(login) or users.get(login.lower())  # logins are lower-case
        if user is None or user.disabled or not check_password(user, data["password"]):
            throttle.failed(data["login"], address)
            request.response.status = 400
            return {
                "form": form.render({"login": data["login"], "came_from": data["came_from"]}),
                "error": translate(request, "Tên đăng nhập hoặc mật khẩu không đúng."),
            }
        throttle.succeeded(data["login"], address)
        headers = remember(request, user.login)
        if user.must_change_password:  # a one-time password: choose one's own first
            target = "/doi-mat-khau?came_from=" + quote(data["came_from"] or "/", safe="/")
            return HTTPFound(safe_target(request, target), headers=headers)
        return HTTPFound(safe_target(request, data["came_from"]), headers=headers)
    return {"form": form.render({"came_from": came_from}), "error": None}


@view_config(context=Portal, name="dang-xuat", request_method="POST")
def logout_view(context, request):
    headers = forget(request)
    return HTTPFound(request.application_url + "/", headers=headers)


@view_config(context=Portal, name="ngon-ngu")
def language_view(context, request):
    from ..i18n import LANG_COOKIE, LANGUAGES

    lang = request.GET.get("lang")
    response = HTTPFound(safe_target(request, request.GET.get("came_from", "/")))
    if lang in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="Lax", httponly=True)
    return response
