"""Roles and the permissions each role holds when no workflow state says otherwise."""

from content_types.i18n import _

ANONYMOUS = "Anonymous"
MEMBER = "Member"
OWNER = "Owner"

# Role ids and their Vietnamese names, as in the role table of shared/DOMAIN.md.
PORTAL_ROLES = {
    "Anonymous": _("Khách"),
    "Member": _("Cán bộ"),
    "Owner": _("Người tạo"),
    "Contributor": _("Cộng tác viên"),
    "Editor": _("Biên tập viên"),
    "Reviewer": _("Người duyệt"),
    "Site Administrator": _("Quản trị trang"),
    "Manager": _("Quản trị hệ thống"),
}

# Roles an administrator may grant on a container (computed roles are never granted).
GRANTABLE_ROLES = ("Contributor", "Editor", "Reviewer", "Site Administrator")

ADMINS = ("Site Administrator", "Manager")

# Permissions: view, add, edit, delete, review, manage, view statistics, view history,
# view contents, change sharing.
DEFAULT_PERMISSIONS = {
    "view": (ANONYMOUS,),
    "add": ("Contributor", "Editor", *ADMINS),
    "edit": ("Editor", *ADMINS),
    "delete": ("Editor", *ADMINS),
    "review": ("Reviewer", *ADMINS),
    "manage": ADMINS,
    "view statistics": (ANONYMOUS,),
    "view history": (OWNER, "Editor", "Reviewer", *ADMINS),
    "view contents": (OWNER, "Contributor", "Editor", "Reviewer", *ADMINS),
    "change sharing": ADMINS,
}
