"""The Sharing page of every container: who holds which grantable role there —
granted here, inherited from above, or held portal-wide — and, for holders of
`change sharing`, the local grants and the inheritance switch.

The change form is written by hand (a table is the only accessible shape for a
principal × role matrix, and deform's widgets cannot render one), but posts
deform's own peppercorn structure, validated by a colander schema:

    grants: [{principal: "user:x", shown: {…}, roles: {"Editor", …}}, …],
    block_shown: bool, block: bool

Each row names its principal and the local roles the form showed, so only what
the person ticked or unticked is applied: a form loaded before someone else's
change does not undo it.
"""

from dataclasses import dataclass, field

import colander
import peppercorn
from pyramid.csrf import check_csrf_token
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from content_types import Container
from content_types.slug import fold, sort_key

from .. import content as api
from ..i18n import _, flash_message, translate

SEARCH_LIMIT = 20
QUERY_MAX_LENGTH = 100


@dataclass
class Holder:
    """One row of the page: a user or group and where each of its roles comes from."""

    principal: str
    kind: str  # "user", "group", or "" when the account or group no longer exists
    key: str
    name: str
    disabled: bool = False
    local: set = field(default_factory=set)
    inherited: dict = field(default_factory=dict)  # role → [ancestor, …], nearest first
    portal_wide: dict = field(default_factory=dict)  # role → [group title, or "" if its own]

    @property
    def order(self):
        return (self.kind != "group", sort_key(self.name), self.key)


def split_principal(principal):
    kind, _sep, key = (principal or "").partition(":")
    return kind, key


def lookup(principals, principal):
    """The User or Group a principal id names, or None."""
    kind, key = split_principal(principal)
    if kind == "user":
        return principals.users.get(key)
    if kind == "group":
        return principals.groups.get(key)
    return None


def describe(principals, principal):
    found = lookup(principals, principal)
    kind, key = split_principal(principal)
    if found is None:
        return Holder(principal, "", key or principal, principal)
    if kind == "user":
        return Holder(principal, kind, key, found.name or key, disabled=bool(found.disabled))
    return Holder(principal, kind, key, found.title or key)


def find_holders(context, principals, grantable):
    """principal → Holder for everyone holding a grantable role on `context`.

    Inherited grants follow the lineage as `security.model.local_roles` does:
    the context's own grants, then each ancestor's, stopping after the first
    node that blocks inheritance. Group members are not expanded into rows
    (a large group costs one row), so a user's roles through a group show only
    when the user has a row of its own.
    """
    grantable = set(grantable)
    holders = {}

    def holder(principal):
        if principal not in holders:
            holders[principal] = describe(principals, principal)
        return holders[principal]

    for principal, roles in (context.local_roles or {}).items():
        held = set(roles) & grantable
        if held:
            holder(principal).local.update(held)
    node = context
    while not node.block_inheritance and node.__parent__ is not None:
        node = node.__parent__
        for principal, roles in (node.local_roles or {}).items():
            for role in set(roles) & grantable:
                holder(principal).inherited.setdefault(role, []).append(node)
    groups_with_roles = {}
    for group in principals.groups.values():
        held = set(group.roles) & grantable
        if held:
            groups_with_roles[group.id] = group
            for role in held:
                holder(group.principal).portal_wide.setdefault(role, []).append("")
    for user in principals.users.values():
        for role in set(user.roles) & grantable:
            holder(user.principal).portal_wide.setdefault(role, []).append("")
    for row in holders.values():
        if row.kind != "user":
            continue
        for gid in principals.users[row.key].groups:
            group = groups_with_roles.get(gid)
            if group is None:
                continue
            for role in set(group.roles) & grantable:
                row.portal_wide.setdefault(role, []).append(group.title or gid)
    return holders


def search_principals(principals, query):
    """(first SEARCH_LIMIT matches, total): users by login, name or e-mail and
    groups by id or title, all folded so diacritics and case do not matter."""
    words = fold(query).split()
    if not words:
        return [], 0
    found = []
    for group in principals.groups.values():
        text = fold(f"{group.id} {group.title}")
        if all(w in text for w in words):
            found.append(describe(principals, group.principal))
    for user in principals.users.values():
        text = fold(f"{user.login} {user.name} {user.email}")
        if all(w in text for w in words):
            found.append(describe(principals, user.principal))
    found.sort(key=lambda h: h.order)
    return found[:SEARCH_LIMIT], len(found)


def sharing_schema(context, principals, grantable):
    """The POST: a row per principal shown (its local roles here) and the switch."""
    grantable = set(grantable)

    def known_principal(node, row):
        # a grant to a deleted account or group may still be taken away
        if lookup(principals, row["principal"]) is None and (
            row["roles"] or row["principal"] not in context.local_roles
        ):
            raise colander.Invalid(
                node,
                _("Không có người dùng hoặc nhóm “${name}”.", mapping={"name": row["principal"]}),
            )

    def grantable_only(node, roles):
        refused = set(roles) - grantable
        if refused:
            raise colander.Invalid(
                node,
                _(
                    "Vai trò không được phép cấp: ${roles}",
                    mapping={"roles": ", ".join(sorted(refused))},
                ),
            )

    def once_each(node, rows):
        seen = set()
        for row in rows:
            if row["principal"] in seen:
                raise colander.Invalid(
                    node,
                    _(
                        "“${name}” có mặt hai lần trong biểu mẫu.",
                        mapping={"name": row["principal"]},
                    ),
                )
            seen.add(row["principal"])

    grant = colander.SchemaNode(
        colander.Mapping(),
        colander.SchemaNode(
            colander.String(), name="principal", validator=colander.Length(max=200)
        ),
        colander.SchemaNode(colander.Set(), name="shown", missing=frozenset()),
        colander.SchemaNode(
            colander.Set(), name="roles", missing=frozenset(), validator=grantable_only
        ),
        name="grant",
        validator=known_principal,
    )
    return colander.SchemaNode(
        colander.Mapping(unknown="ignore"),
        colander.SchemaNode(
            colander.Sequence(), grant, name="grants", missing=(), validator=once_each
        ),
        colander.SchemaNode(colander.Boolean(), name="block_shown", missing=False),
        colander.SchemaNode(colander.Boolean(), name="block", missing=False),
    )


def error_messages(request, invalid):
    messages = []
    for message in invalid.asdict(translate=request.localizer.translate).values():
        for part in message.split("; "):
            if part not in messages:
                messages.append(part)
    return messages


def role_columns(request, context):
    return [
        (role, translate(request, request.registry.roles.get(role, role)))
        for role in api.grantable_roles(request, context)
    ]


def requested_rows(request, principals):
    """Principals asked for with `?them=` (from the search results); unknown ones
    come back as error messages."""
    adding, errors = [], []
    for principal in request.GET.getall("them")[:SEARCH_LIMIT]:
        if lookup(principals, principal) is None:
            errors.append(
                translate(request, "Không có người dùng hoặc nhóm “${name}”.", name=principal)
            )
        elif principal not in adding:
            adding.append(principal)
    return adding, errors


def render_page(request, context, extra=(), posted=None, errors=()):
    """The page's values: `extra` principals get a row even without a role; on a
    refused POST, `posted` (see `choices`) keeps what the person chose."""
    principals = request.root.principals
    holders = find_holders(context, principals, api.grantable_roles(request, context))
    for principal in extra:
        if principal not in holders and lookup(principals, principal) is not None:
            holders[principal] = describe(principals, principal)
    posted = posted or {"rows": {}, "block": None, "block_shown": None}
    # (shown, ticked) local roles per row: as stored, or as a refused POST had them
    state = {
        h.principal: posted["rows"].get(h.principal, (h.local, h.local)) for h in holders.values()
    }
    query = request.GET.get("tim", "").strip()[:QUERY_MAX_LENGTH]
    can_change = bool(request.has_permission("change sharing", context))
    results, total = search_principals(principals, query) if can_change else ([], 0)
    adding = [p for p in extra if p in holders]
    roles = role_columns(request, context)
    return {
        "page_title": translate(request, "Phân quyền “${title}”", title=context.title),
        "roles": roles,
        "rows": [
            {
                "holder": h,
                "label": display_name(request, h),
                "shown": sorted(state[h.principal][0]),
                "checked": state[h.principal][1],
                "notes": {r: cell_notes(request, h, r) for r, _t in roles},
            }
            for h in sorted(holders.values(), key=lambda h: h.order)
        ],
        "can_change": can_change,
        "is_root": context.__parent__ is None,
        "blocked": bool(context.block_inheritance if posted["block"] is None else posted["block"]),
        "block_shown": bool(
            context.block_inheritance if posted["block_shown"] is None else posted["block_shown"]
        ),
        "errors": list(errors),
        "query": query,
        "results": [(h, display_name(request, h)) for h in results],
        "more_results": total - len(results),
        "adding": adding,
        "add_link": lambda principal: request.resource_path(
            context,
            "@@chia-se",
            query=[("them", p) for p in (*adding, principal)] + [("tim", query)],
        ),
    }


def display_name(request, holder):
    named = f"{holder.name} ({holder.key})"
    if holder.kind == "user":
        return named
    if holder.kind == "group":
        return translate(request, "Nhóm: ${title}", title=named)
    return translate(request, "${name} (không còn tồn tại)", name=holder.principal)


def cell_notes(request, holder, role):
    """What the matrix cell says besides the local checkbox: (text, link or None)."""
    notes = []
    for node in holder.inherited.get(role, ()):
        link = (
            request.resource_path(node, "@@chia-se")
            if request.has_permission("view contents", node)
            else None
        )
        notes.append((translate(request, "Kế thừa từ “${title}”", title=node.title or "/"), link))
    for via in holder.portal_wide.get(role, ()):
        if via:
            notes.append(
                (translate(request, "Trên toàn cổng, qua nhóm “${title}”", title=via), None)
            )
        else:
            notes.append((translate(request, "Trên toàn cổng"), None))
    return notes


@view_config(
    context=Container,
    name="chia-se",
    permission="view contents",
    request_method="GET",
    renderer="portal:templates/sharing.pt",
)
def sharing_view(context, request):
    request.environ["portal.nocache"] = True
    adding, errors = [], []
    if request.has_permission("change sharing", context):
        adding, errors = requested_rows(request, request.root.principals)
    if errors:
        request.response.status = 400
    return render_page(request, context, extra=adding, errors=errors)


@view_config(
    context=Container,
    name="chia-se",
    permission="change sharing",
    request_method="POST",
    renderer="portal:templates/sharing.pt",
)
def sharing_save(context, request):
    """Apply the posted grants through the content API; all or nothing."""
    request.environ["portal.nocache"] = True
    check_csrf_token(request)
    principals = request.root.principals
    grantable = api.grantable_roles(request, context)
    try:
        raw = peppercorn.parse(list(request.POST.items()))
    except ValueError:
        return refused(request, context, {}, [translate(request, "Biểu mẫu gửi lên không hợp lệ.")])
    try:
        data = sharing_schema(context, principals, grantable).deserialize(raw)
    except colander.Invalid as invalid:
        return refused(request, context, raw, error_messages(request, invalid))
    changed = 0
    try:
        for row in data["grants"]:
            principal, ticked, shown = row["principal"], set(row["roles"]), set(row["shown"])
            current = set(context.local_roles.get(principal, ())) & set(grantable)
            wanted = (current | (ticked - shown)) - (shown - ticked)
            if wanted != current:
                api.set_local_roles(request, context, principal, sorted(wanted))
                changed += 1
        block = data["block"]
        if (
            context.__parent__ is not None
            and block != data["block_shown"]
            and block != bool(context.block_inheritance)
        ):
            api.set_block_inheritance(request, context, block)
            changed += 1
    except api.ContentError as e:
        return refused(request, context, raw, [translate(request, e.args[0])])
    flash_message(request, "Đã lưu phân quyền." if changed else "Không có thay đổi nào.")
    if request.has_permission("view contents", context):
        return HTTPFound(request.resource_path(context, "@@chia-se"))
    # the person took its own rights away here
    return HTTPFound(request.resource_path(context))


def refused(request, context, raw, errors):
    """Nothing is kept; the page comes back with the choices made and the reasons."""
    request.tm.doom()
    request.response.status = 400
    posted = choices(raw)
    return render_page(request, context, extra=list(posted["rows"]), posted=posted, errors=errors)


def choices(raw):
    """What a refused POST asked for, read leniently: {"rows": {principal: (shown,
    ticked)}, "block": bool or None, "block_shown": bool or None}."""
    raw = raw if isinstance(raw, dict) else {}

    def roles(value):
        return {r for r in value if isinstance(r, str)} if isinstance(value, list) else set()

    rows = {}
    grants = raw.get("grants")
    for row in grants if isinstance(grants, list) else ():
        if isinstance(row, dict) and isinstance(row.get("principal"), str):
            rows[row["principal"]] = (roles(row.get("shown")), roles(row.get("roles")))
    block_shown = raw.get("block_shown")
    return {
        "rows": rows,
        "block": raw.get("block") == "true" if block_shown is not None else None,
        "block_shown": block_shown == "true" if block_shown is not None else None,
    }
