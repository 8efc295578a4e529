"""The intranet demo (portal/demo/intranet.py): three offices with units and staff in
every role, and documents replayed through every state of both workflows
(shared/DOMAIN.md, "The people and their roles", "Official documents")."""

import re
from collections import defaultdict
from datetime import date, datetime, timezone

import pytest
from conftest import demo_layer, login
from webtest import TestApp

from content_types.document import IncomingDocument, Office, OutgoingDocument, Unit
from portal.demo import act_as
from portal.demo.intranet import OFFICES, PROVINCE_LEADER, VN, demo_loaded, load_intranet
from portal.demo.services import STAFF as DESK_STAFF
from portal.directory import agency_by_uid
from portal.resources import open_site

TODAY = date.today()
CODES = ("vpubnd", "stp", "stttt")


@pytest.fixture(scope="module")
def demo(wsgi_app, base_storage):
    """The demo site with the intranet, loaded once for this module's tests (unless the
    shared demo has it already); the counts `load_intranet` gave, or None."""
    with demo_layer(wsgi_app, base_storage):
        counts = None
        with open_site(wsgi_app.registry) as (root, request):
            if not demo_loaded(root):
                act_as(request, root.principals.users["admin"])
                counts = load_intranet(request, root, TODAY)
                assert demo_loaded(root)
        yield counts


@pytest.fixture
def read(wsgi_app, demo):
    return lambda: open_site(wsgi_app.registry)


def documents(root, cls):
    return [d for office in root["noi-bo"].values() for d in office.values() if isinstance(d, cls)]


def test_three_offices_with_units_and_their_issuers(read, demo):
    with read() as (root, _request):
        offices = {o.__name__: o for o in root["noi-bo"].values() if isinstance(o, Office)}
        assert set(CODES) <= set(offices)
        assert offices["vpubnd"].issuer == "UBND"
        assert offices["stp"].issuer == "STP" and offices["stttt"].issuer == "STTTT"
        for code in CODES:
            units = offices[code].units()
            assert 2 <= len(units) <= 4, code
            for unit in units:
                assert isinstance(unit, Unit) and unit.abbreviation
                assert unit.head in unit.members and len(unit.members) >= 2
    if demo is not None:
        assert demo["offices"] == 3 and demo["units"] == sum(len(o["units"]) for o in OFFICES)


def test_every_role_is_held_and_logins_differ_from_the_desk_demo(read):
    """DOMAIN.md, the table of roles: Clerk, AgencyHead, Officer, UnitHead, ProvinceLeader."""
    with read() as (root, request):
        users = root.principals.users
        for code in CODES:
            office = root["noi-bo"][code]
            held = {role for roles in office.local_roles.values() for role in roles}
            assert {"Clerk", "AgencyHead", "Officer"} <= held, code
            for unit in office.units():
                assert unit.head in users and "Officer" in office.local_roles[f"user:{unit.head}"]
            assert agency_by_uid(request, users[f"{code}.vanthu"].agency).code == code
            assert office.agency_uid == users[f"{code}.vanthu"].agency
        leader = users[PROVINCE_LEADER[0]]
        assert root["noi-bo"].local_roles[leader.principal] == ["ProvinceLeader"]
        desk_logins = {entry[0] for entry in DESK_STAFF}
        demo_logins = {u for u in users if u.split(".", 1)[0] in CODES}
        assert len(demo_logins) >= 20 and not demo_logins & desk_logins


def test_documents_in_every_state_of_both_workflows(read, wsgi_app, demo):
    workflows = wsgi_app.registry.workflows
    with read() as (root, _request):
        outgoing, incoming = documents(root, OutgoingDocument), documents(root, IncomingDocument)
        assert {d.workflow_state for d in outgoing} == set(workflows["outgoing"].states)
        assert {d.workflow_state for d in incoming} == set(workflows["incoming"].states)
        for code in CODES:  # each office shows the whole route of both
            office = root["noi-bo"][code]
            states = {d.workflow_state for d in office.values() if hasattr(d, "book")}
            assert states >= {"draft", "unit_review", "approval", "signed", "numbered", "filed"}
            assert states >= {"waiting", "registered", "to_head", "assigned", "in_progress", "done"}
        assert len(outgoing) >= 200 and len(incoming) >= 150
        if demo is not None:
            assert len(outgoing) == demo["outgoing"]
            assert len(incoming) == demo["paper"] + demo["copies"]
        years = {d.issued_on.year for d in outgoing if d.issued_on}
        assert years == {TODAY.year - 1, TODAY.year} or TODAY.month == 1
        assert any(d.legal for d in outgoing if d.symbol) and any(d.confidential for d in outgoing)
        legal = [d.symbol for d in outgoing if d.legal and d.symbol]
        assert all(s.endswith("/QĐ-UBND") and s.count("/") == 2 for s in legal)


def test_numbers_are_gapless_and_grow_with_dates(read):
    """DOMAIN.md "Number and symbol": one sequence per agency, year and book, no gaps."""
    with read() as (root, _request):
        for code in CODES:
            office = root["noi-bo"][code]
            for register in (office.outgoing_register, office.incoming_register):
                books = defaultdict(list)
                for year, book, number in register.keys():
                    books[(year, book)].append(number)
                assert books, code
                for key, numbers in books.items():
                    assert numbers == list(range(1, len(numbers) + 1)), (code, key)
                    docs = [register[(*key, n)] for n in numbers]
                    days = [d.issued_on if d.book != "incoming" else d.received_on for d in docs]
                    assert days == sorted(days) and all(day.year == key[0] for day in days)
            assert ("legal" in {k[1] for k in office.outgoing_register.keys()}) == (
                code == "vpubnd"
            )
            for doc in office.values():
                if isinstance(doc, OutgoingDocument) and doc.number:
                    assert office.outgoing_register[(doc.year, doc.book, doc.number)] is doc


def test_dispatched_documents_arrive_in_the_other_demo_offices(read):
    with read() as (root, _request):
        offices = {root["noi-bo"][c].agency_uid: root["noi-bo"][c] for c in CODES}
        copies = defaultdict(set)
        for doc in documents(root, IncomingDocument):
            if doc.source_uid:
                assert doc.electronic and doc.source_symbol
                copies[doc.source_uid].add(doc.__parent__.agency_uid)
        sent = [d for d in documents(root, OutgoingDocument) if d.dispatched_on]
        assert len(sent) > 100
        checked = 0
        for doc in sent:
            expected = {
                u for u in doc.recipients if u in offices and u != doc.__parent__.agency_uid
            }
            if doc.confidential:
                assert not copies[doc.uid]  # never sent electronically
            else:
                assert copies[doc.uid] == expected, doc.symbol
                checked += bool(expected)
        assert checked > 50
        assert any(d.confidential and d.recipients for d in sent)


def test_handled_on_time_late_open_and_overdue(read):
    with read() as (root, _request):
        incoming = documents(root, IncomingDocument)
        done = [d for d in incoming if d.workflow_state == "done"]
        assert all(d.finished_on and d.deadline and d.assignee and d.lead_unit for d in done)
        assert sum(d.finished_on <= d.deadline for d in done) > sum(
            d.finished_on > d.deadline for d in done
        )
        assert any(d.finished_on > d.deadline for d in done)
        open_ = [d for d in incoming if d.workflow_state in ("assigned", "in_progress")]
        assert any(d.deadline < TODAY for d in open_) and all(d.deadline for d in open_)
        assert any(d.coordinating_units for d in incoming)
        for doc in incoming:
            if doc.number:
                assert doc.received_on <= TODAY and (doc.finished_on or TODAY) <= TODAY
            steps = [e["action"] for e in doc.history]
            times = [e["time"] for e in doc.history]
            assert times == sorted(times), steps
        for doc in documents(root, OutgoingDocument):
            times = [e["time"] for e in doc.history]
            assert times == sorted(times)
            if doc.signed_by:
                assert doc.signer_name == root.principals.users[doc.signed_by].name


def test_the_audit_log_is_dated_like_the_steps(read):
    with read() as (root, _request):
        office = root["noi-bo"]["stp"]
        entries = list(office.audit.values())
        steps = sum(len(d.history) - 1 for d in office.values() if hasattr(d, "book"))
        assert len(entries) == steps
        days = {e[0].astimezone(VN).date() for e in entries}
        assert len(days) > 50 and min(days).year == TODAY.year - 1  # the days they happened on
        assert max(e[0] for e in entries) <= datetime.now(timezone.utc)


def staff(wsgi_app, who):
    browser = TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.4.9"})
    return login(browser, who, f"{who}-matkhau")


def test_the_clerk_logs_in_and_sees_the_office(wsgi_app, demo):
    clerk = staff(wsgi_app, "stp.vanthu")
    assert "Sở Tư pháp" in clerk.get("/noi-bo").text
    page = clerk.get("/noi-bo/stp")
    assert re.search(r"\b\d{2,}/(\d{4}/)?[^\s<]*STP", page.text)  # 27/STP-VP, 26/BC-STP
    assert clerk.get("/noi-bo/stp", {"loai": "den"}).status_int == 200
    register = clerk.get("/noi-bo/stp/@@so-van-ban-di", {"nam": TODAY.year - 1}).text
    assert re.search(r">\s*01/[^<\s]*STP", register)  # the year's first number, 01/…-STP
    assert "Chờ vào sổ" in clerk.get("/noi-bo/@@cong-viec").text  # copies wait for the clerk


def test_staff_of_one_office_cannot_open_another(wsgi_app, demo):
    officer = staff(wsgi_app, "stttt.chuyenvien.cntt")
    officer.get("/noi-bo/stttt", status=200)
    officer.get("/noi-bo/stp", status=403)
    officer.get("/noi-bo/vpubnd", status=403)
    assert "Sở Tư pháp" not in officer.get("/noi-bo").text


LINK = re.compile(r'href="(/noi-bo[^"#]*)"')


@pytest.mark.parametrize(
    "who", ["stp.vanthu", "stp.giamdoc", "stp.truongphong.xdktvb", "stp.chuyenvien.xdktvb"]
)
def test_every_intranet_page_a_demo_user_can_reach_answers(wsgi_app, demo, who):
    """Follow the links under /noi-bo from the user's inbox and office, a bounded walk:
    no page the demo user reaches fails, each has the structure a screen reader needs
    (tests/test_i18n_a11y.py), and what they may not open says so."""
    from test_i18n_a11y import assert_accessible

    browser = staff(wsgi_app, who)
    todo, seen, answers = ["/noi-bo/@@cong-viec", "/noi-bo/stp"], set(), {}
    while todo and len(seen) < 60:
        path = todo.pop(0).replace("&amp;", "&")
        if path in seen or "@@tep/" in path or "tai=csv" in path:
            continue  # downloads are tested on their own
        seen.add(path)
        page = browser.get(path, expect_errors=True)
        answers[path] = page.status_int
        if page.status_int == 200 and page.content_type == "text/html":
            assert_accessible(page)
            todo.extend(LINK.findall(page.text))
    assert len(seen) >= 20
    assert {p: s for p, s in answers.items() if s not in (200, 302, 403)} == {}
