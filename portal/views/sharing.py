"""The Sharing page of every container: who holds which role here — granted
here, inherited from above, or held portal-wide — and, for those who may change
sharing, the local grants and the inheritance switch."""

import colander
import deform
from pyramid.httpexceptions import HTTPForbidden, HTTPFound
from pyramid.view import view_config

from content_types import Container
from content_types.slug import fold

from .. import content as api
from ..i18n import _, flash_message, label, translate
from ..security.roles import PORTAL_ROLES
from .forms import make_form, validate

SEARCH_LIMIT = 20


def role_titles(request):
    return [
        (role, translate(request, PORTAL_ROLES[role])) for role in request.registry.grantable_roles
    ]


def display_name(request, principals, principal):
    kind, _sep, key = principal.partition(":")
    if kind == "user" and key in principals.users:
        user = principals.users[key]
        suffix = translate(request, " — đã khóa") if user.disabled else ""
        return f"{user.name} ({key}){suffix}"
    if kind == "group" and key in principals.groups:
        return translate(request, "Nhóm: ${title}", title=principals.groups[key].title)
    return principal


def principal_exists(principals, principal):
    kind, _sep, key = principal.partition(":")
    return (kind == "user" and key in principals.users) or (
        kind == "group" and key in principals.groups
    )


def holdings(request, context):
    """principal → role → where it comes from: ("here",), ("inherited", node) or ("global",)."""
    grantable = set(request.registry.grantable_roles)
    found = {}

    def note(principal, roles, source):
        for role in roles:
            if role in grantable:
                found.setdefault(principal, {}).setdefault(role, source)

    for principal, roles in context.local_roles.items():
        note(principal, roles, ("here",))
    node = context
    while not node.block_inheritance and node.__parent__ is not None:
        node = node.__parent__
        for principal, roles in node.local_roles.items():
            note(principal, roles, ("inherited", node))
    principals = request.root.principals
    for user in principals.users.values():
        note(user.principal, user.roles, ("global",))
    for group in principals.groups.values():
        note(group.principal, group.roles, ("global",))
    return found


def search_principals(request, query):
    """Users (login, name, e-mail) and groups (id, title) matching `query`, folded."""
    words = fold(query).split()
    if not words:
        return []
    principals = request.root.principals
    found = []
    for user in principals.users.values():
        text = fold(f"{user.login} {user.name} {user.email}")
        if all(w in text for w in words):
            found.append(user.principal)
    for group in principals.groups.values():
        if all(w in fold(f"{group.id} {group.title}") for w in words):
            found.append(group.principal)
        if len(found) >= SEARCH_LIMIT:
            break
    return found[:SEARCH_LIMIT]


def grants_schema(request, rows):
    """One set of checkboxes per principal (its local roles here), and the switch."""
    schema = colander.SchemaNode(colander.Mapping())
    roles = role_titles(request)
    for i, (_principal, title) in enumerate(rows):
        schema.add(
            colander.SchemaNode(
                colander.Set(),
                name=f"p{i}",
                title=title,
                missing=(),
                widget=deform.widget.CheckboxChoiceWidget(values=roles, inline=True),
                validator=colander.ContainsOnly([r for r, _t in roles]),
            )
        )
    schema.add(
        colander.SchemaNode(
            colander.Boolean(),
            name="block",
            title=_("Không kế thừa vai trò được giao ở các mục bên trên"),
            missing=False,
        )
    )
    return schema


@view_config(
    context=Container,
    name="chia-se",
    permission="view contents",
    renderer="portal:templates/sharing.pt",
)
def sharing_view(context, request):
    request.environ["portal.nocache"] = True
    principals = request.root.principals
    held = holdings(request, context)
    adding = request.params.get("them", "")
    if adding and adding not in held:
        if not principal_exists(principals, adding):
            request.response.status = 400
            flash_message(request, "Không có người dùng hoặc nhóm “${name}”.", name=adding)
            adding = ""
    order = sorted(held, key=lambda p: fold(display_name(request, principals, p)))
    if adding and adding not in held:
        order.append(adding)
    names = [(p, display_name(request, principals, p)) for p in order]
    can_change = bool(request.has_permission("change sharing", context))
    form = None
    if can_change:
        action = request.resource_url(
            context, "@@chia-se", query={"them": adding} if adding else {}
        )
        form = make_form(request, grants_schema(request, names), buttons=("save",), action=action)
        if request.method == "POST":
            try:
                data = validate(form, request)
            except deform.ValidationFailure as failure:
                request.response.status = 400
                return page(request, context, held, names, failure.render())
            for i, (principal, _name) in enumerate(names):
                wanted = set(data[f"p{i}"])
                if wanted != set(context.local_roles.get(principal, ())):
                    api.set_local_roles(request, context, principal, sorted(wanted))
            if data["block"] != bool(context.block_inheritance):
                api.set_block_inheritance(request, context, data["block"])
            flash_message(request, "Đã lưu phân quyền.")
            return HTTPFound(request.resource_url(context, "@@chia-se"))
        current = {f"p{i}": set(context.local_roles.get(p, ())) for i, (p, _n) in enumerate(names)}
        current["block"] = bool(context.block_inheritance)
        form = form.render(current)
    elif request.method == "POST":
        raise HTTPForbidden()
    return page(request, context, held, names, form)


def page(request, context, held, names, form):
    query = request.GET.get("tim", "").strip()[:100]
    principals = request.root.principals
    results = [(p, display_name(request, principals, p)) for p in search_principals(request, query)]
    cells = {}
    for principal, roles in held.items():
        for role, source in roles.items():
            if source[0] == "here":
                text = translate(request, "Giao tại đây")
            elif source[0] == "inherited":
                text = translate(request, "Kế thừa từ “${title}”", title=source[1].title or "/")
            else:
                text = translate(request, "Trên toàn cổng")
            cells[(principal, role)] = text
    return {
        "page_title": translate(request, "Phân quyền “${title}”", title=context.title),
        "names": names,
        "roles": role_titles(request),
        "cells": cells,
        "form": form,
        "query": query,
        "results": results,
        "blocked": bool(context.block_inheritance),
        "type_title": label(request, context.type_info) if context.type_info else "",
    }
