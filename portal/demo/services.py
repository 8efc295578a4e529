"""The demo's public services: the procedures of `services_data`, desk staff for a
few agencies, and a few hundred applications replayed over the last months so
the desk, the registers and the statistics have something to show."""

import random
from datetime import datetime, time, timedelta, timezone

from content_types.application import Draft
from content_types.principals import User

from .. import content as api
from ..directory import find_directory
from ..security.passwords import hash_password
from ..services import application_store, desk, ensure_services
from . import act_as
from .province_data import GIVEN, MIDDLE, STREETS, SURNAMES
from .services_data import PROCEDURES

# (login, name, agency code, role): development passwords are "<login>-matkhau".
STAFF = [
    ("motcua.ttpvhcc", "Ngô Thị Mai Cửa", "ttpvhcc", "DeskOfficer"),
    ("motcua.stp", "Đinh Văn Tiếp", "stp", "DeskOfficer"),
    ("chuyenvien.stp", "Lý Thu Hằng", "stp", "Officer"),
    ("lanhdao.stp", "Trịnh Quang Lãnh", "stp", "AgencyHead"),
    ("chuyenvien.skhdt", "Phan Minh Đức", "skhdt", "Officer"),
    ("lanhdao.skhdt", "Tạ Văn Hưng", "skhdt", "AgencyHead"),
    ("motcua.donglac", "Cao Thị Nhận", "dong-lac", "DeskOfficer"),
    ("chuyenvien.donglac", "Mạc Văn Xử", "dong-lac", "Officer"),
    ("lanhdao.donglac", "Kiều Thị Duyên", "dong-lac", "AgencyHead"),
]
CENTRE = "ttpvhcc"  # the province's one-stop centre receives province-level applications
APPLICATIONS = 320
MONTHS = 7


def agencies_by_code(root):
    directory = find_directory(root)
    catalog = root.catalog
    found = {}
    for code, uid in directory.codes.items():
        docid = catalog.docids.get(uid)
        if docid is not None:
            found[code] = catalog.get(docid)
    return found


def expand(tokens, agencies):
    """Agency uids for the data's codes and tokens (DISTRICTS, COMMUNES:<district>)."""
    uids = []
    for token in tokens:
        if token == "DISTRICTS":
            uids += [a.uid for a in agencies.values() if a.kind == "district"]
        elif token.startswith("COMMUNES:"):
            district = agencies.get(token.split(":", 1)[1])
            uids += [a.uid for a in district.sub_agencies()] if district else []
        elif token in agencies:
            uids.append(agencies[token].uid)
    return uids


def procedure_values(entry, agencies):
    values = {k: v for k, v in entry.items() if k not in ("steps", "papers", "cases")}
    values["steps"] = "\n".join(entry["steps"])
    values["papers"] = [paper(p) for p in entry["papers"]]
    values["cases"] = [
        {"name": c["name"], "days": c["days"], "papers": [paper(p) for p in c["papers"]]}
        for c in entry["cases"]
    ]
    values["deciding"] = agencies[entry["deciding"]].uid if entry["deciding"] in agencies else ""
    values["executing"] = expand(entry["executing"], agencies)
    values["coordinating"] = expand(entry["coordinating"], agencies)
    centre = agencies.get(CENTRE)
    if entry["level"] == "province" and centre is not None and "Phục vụ" in entry["where"]:
        values["desk"] = centre.uid
    return values


def paper(entry):
    return {**entry, "optional": "nếu có" in entry["name"], "template": ""}


def load_procedures(request, services, agencies):
    found = []
    for entry in PROCEDURES:
        procedure = api.create(request, services, "Procedure", procedure_values(entry, agencies))
        api.transition(request, procedure, "publish")
        found.append(procedure)
    return found


def load_staff(request, root, agencies):
    users = {}
    for login, name, code, role in STAFF:
        agency = agencies[code]
        box = login.replace(".", "-")
        user = root.principals.add_user(
            User(
                login,
                name,
                f"{box}@{code.replace('-', '')}.hoabinhxanh.gov.vn",
                hash_password(f"{login}-matkhau"),
                agency=agency.uid,
            )
        )
        held = set(agency.local_roles.get(user.principal, ())) | {role}
        api.set_local_roles(request, agency, user.principal, sorted(held))
        users.setdefault((agency.uid, role), user)
    return users


class Replay:
    """Steps of one application taken on past days, by the staff who hold the role."""

    def __init__(self, request, users, app):
        self.request, self.users, self.app = request, users, app

    def step(self, day, tid, role, comment="", hour=9):
        owner = self.app.desk_uid if role == "DeskOfficer" else self.app.agency_uid
        act_as(self.request, self.users.get((owner, role)))
        self.request.environ["portal.today"] = day
        api.transition(self.request, self.app, tid, comment, as_role=role)
        moment = datetime.combine(day, time(hour, 0), tzinfo=timezone.utc)
        self.app.history[-1]["time"] = moment
        self.app.modified = moment


def person(rng):
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def load_applications(request, procedures, users, today, seed=2026):
    rng = random.Random(seed)
    request.environ["portal.nomail"] = True
    calendar = request.registry.work_calendar
    online = [p for p in procedures if p.accepts_online]
    store = application_store(request.root)
    start = today - timedelta(days=30 * MONTHS)
    for n in range(APPLICATIONS):
        procedure = rng.choice(online)
        case_index = rng.randrange(len(procedure.cases)) if procedure.cases else None
        day = calendar.next_working_day(start + timedelta(days=rng.randrange(30 * MONTHS)))
        if day > today:
            day = today
        name = person(rng)
        values = {
            "applicant_name": name,
            "id_number": f"0{rng.randrange(10**10, 10**11)}",
            "organisation": "",
            "phone": f"09{rng.randrange(10**7, 10**8)}",
            "email": f"nguoinop{n:03d}@example.vn",
            "address": f"Số {rng.randrange(1, 200)} đường {rng.choice(STREETS)}",
            "note": "",
            "agency": rng.choice(procedure.executing),
        }
        act_as(request, None)
        request.environ["portal.today"] = day
        token = f"demo-{n}"
        case = procedure.case(case_index)
        store.drafts[token] = Draft(procedure.uid, case_index, values, [])
        app, _created = desk.submit(request, procedure, token)
        del store.submitted[token]
        app.submitted = datetime.combine(day, time(8, rng.randrange(60)), tzinfo=timezone.utc)
        app.history[0]["time"] = app.submitted
        replay(Replay(request, users, app), rng, calendar, day, today, case)
    for key in ("portal.today", "portal.nomail"):
        request.environ.pop(key, None)
    act_as(request, None)


def replay(r, rng, calendar, day, today, case):
    """Take an application as far as its dates allow: most finished, some early,
    some late, a few refused or withdrawn, the recent ones still open."""
    fate = rng.random()
    received = calendar.next_working_day(day)
    if received > today or (today - day).days < 3 and fate < 0.6:
        return  # waiting at the desk
    if fate < 0.04:
        r.step(
            received,
            "refuse",
            "DeskOfficer",
            "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan.",
        )
        return
    if fate < 0.07:
        r.step(received, "withdraw", "Applicant", "Tôi nộp nhầm thủ tục.")
        return
    r.step(received, "receive", "DeskOfficer")
    r.step(received, "start", "Officer", hour=10)
    app = r.app
    if rng.random() < 0.15:
        asked = calendar.add_working_days(received, 1)
        if asked > today:
            return
        r.step(
            asked, "request_papers", "Officer", "Xin bổ sung bản sao giấy tờ tùy thân còn hiệu lực."
        )
        supplied = asked + timedelta(days=rng.randrange(1, 6))
        if supplied > today or (today - asked).days < 30 and fate > 0.7:
            return
        r.step(supplied, "supply", "Applicant")
        r.step(calendar.next_working_day(supplied), "receive", "DeskOfficer")
        r.step(calendar.next_working_day(supplied), "start", "Officer", hour=10)
    outcome = rng.random()
    if outcome < 0.55:
        finished = calendar.add_working_days(
            app.received_on, max(1, app.days - rng.randrange(1, 3))
        )
        finished = min(finished, app.due)
    elif outcome < 0.85:
        finished = app.due
    else:
        finished = calendar.add_working_days(app.due, rng.randrange(1, 4))
    finished = max(finished, app.received_on)
    if finished > today:
        if fate > 0.6:
            r.step(today, "propose", "Officer", hour=10)  # waiting for the head
        return  # still being processed
    r.step(finished, "propose", "Officer", hour=10)
    r.step(finished, "approve", "AgencyHead", hour=14)
    returned = calendar.add_working_days(finished, 1)
    if returned <= today:
        r.step(returned, "return_result", "DeskOfficer")


def load_services(request, root, today):
    """Procedures, desk staff and applications for the demo (into an empty catalog)."""
    services = ensure_services(request, root)
    agencies = agencies_by_code(root)
    procedures = load_procedures(request, services, agencies)
    users = load_staff(request, root, agencies)
    load_applications(request, procedures, users, today)
    return procedures
