"""Who may do what where: one function decides, for views and the catalog alike.

`principals_allowed(registry, context, permission)` names the principals that
hold `permission` on `context`: `system.Everyone` when Anonymous may, else
`role:<R>` for global holders of an allowed role plus the users and groups
that hold such a role locally (along the lineage, until a container blocks
inheritance) or through the object's computed-role providers.  A request is
permitted when its principals meet that set; the catalog's `allowed` index
stores the same set for `view`.
"""

from pyramid.authorization import Authenticated, Everyone

from .roles import ANONYMOUS, DEFAULT_PERMISSIONS, MEMBER


def role_principal(role):
    return f"role:{role}"


def roles_with_permission(registry, context, permission):
    """Roles holding `permission` on `context`: its workflow state's map first."""
    info = getattr(context, "type_info", None)
    if info is not None and info.workflow:
        workflow = registry.workflows[info.workflow]
        roles = workflow.permission_roles(context, permission)
        if roles is not None:
            return roles
    overrides = getattr(context, "__permissions__", None) or {}
    if permission in overrides:
        return frozenset(overrides[permission])
    return frozenset(DEFAULT_PERMISSIONS.get(permission, ()))


def local_roles(context, memo=None):
    """principal → roles granted on `context` and its ancestors (inheritance honoured).

    `memo`: a dict a read-only page keeps while it checks many siblings, holding each
    node's answer (by id) so that their common ancestors are read once. A node
    without roles of its own shares its parent's answer: callers only read them."""
    memo = {} if memo is None else memo
    found = memo.get(id(context))
    if found is None:
        parent = context.__parent__
        blocked = getattr(context, "block_inheritance", False)
        found = {} if parent is None or blocked else local_roles(parent, memo)
        own = getattr(context, "local_roles", None)
        if own:
            found = {p: set(roles) for p, roles in found.items()}
            for principal, roles in own.items():
                found.setdefault(principal, set()).update(roles)
        memo[id(context)] = found
    return found


def computed_roles(registry, context):
    """principal → roles the object's own providers give (Owner, assignee, …)."""
    found = {}
    for cls in type(context).__mro__:
        for provider in registry.role_providers.get(cls, ()):
            for principal, roles in provider(context).items():
                found.setdefault(principal, set()).update(roles)
    return found


def principals_allowed(registry, context, permission):
    roles = roles_with_permission(registry, context, permission)
    if ANONYMOUS in roles:
        return frozenset([Everyone])
    allowed = {role_principal(r) for r in roles}
    for source in (local_roles(context), computed_roles(registry, context)):
        for principal, held in source.items():
            if held & roles:
                allowed.add(principal)
    return frozenset(allowed)


def principals_acting(registry, context):
    """Who may take a step of `context`'s workflow now: the principals holding a role
    that guards a transition from its state (the inbox asks this of the catalog)."""
    info = getattr(context, "type_info", None)
    if info is None or not info.workflow:
        return frozenset()
    workflow = registry.workflows[info.workflow]
    roles = set()
    for t in workflow.transitions.values():
        if t.inbox and context.workflow_state in t.sources:
            roles.update(t.roles)
    found = {role_principal(r) for r in roles}
    for source in (local_roles(context), computed_roles(registry, context)):
        for principal, held in source.items():
            if held & roles:
                found.add(principal)
    return frozenset(found)


def user_roles(user, principals_store):
    """The roles `user` holds everywhere: its own and its groups'."""
    roles = set(user.roles)
    for gid in user.groups:
        group = principals_store.groups.get(gid)
        if group is not None:
            roles.update(group.roles)
    return roles


def user_principals(user, principals_store):
    """Everything a logged-in user is known as, before local roles."""
    found = {Everyone, Authenticated, user.principal, role_principal(MEMBER)}
    found.update(f"group:{gid}" for gid in user.groups)
    found.update(role_principal(r) for r in user_roles(user, principals_store))
    return found


def effective_roles(registry, context, principals, memo=None):
    """The roles `principals` hold on `context`, global, local and computed (`memo`:
    see `local_roles`)."""
    roles = {p[5:] for p in principals if p.startswith("role:")}
    roles.add(ANONYMOUS)
    for source in (local_roles(context, memo), computed_roles(registry, context)):
        for principal, held in source.items():
            if principal in principals:
                roles.update(held)
    return roles


def owner_provider(context):
    creator = getattr(context, "creator", None)
    return {f"user:{creator}": {"Owner"}} if creator else {}
