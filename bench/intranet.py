"""The intranet under load (shared/DOMAIN.md, "Official documents"):

(a) the inbox (/noi-bo/@@cong-viec) of a unit head with 5,000 drafts awaiting review;
(b) the outgoing register of one year holding 20,000 numbered documents, read by the
    office's clerk (/noi-bo/<office>/@@so-van-ban-di?nam=<year>);
(c) eight clerks numbering signed documents at once, over HTTP, each with its own
    session: documents numbered per second, requests answered 409 and retried, and
    whether the numbers given are 1..N without gap or duplicate.

`run.py` builds these into its database and measures (a) and (b) as logged-in GETs
with wrk (a Lua script carrying the session cookie), against the hello-world of the
same run, and (c) once on the cached server.

The documents are written through the model, not the content API: each is made,
given its state and register fields, then indexed once (the ObjectAdded event), a
transaction per ~1,000 documents, as the API would leave them after their steps.
"""

import csv
import http.client
import io
import os
import re
import sys
import threading
import time
from datetime import date, timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

INBOX_DOCS = int(os.environ.get("BENCH_INBOX_DOCS", "5000"))
REGISTER_DOCS = int(os.environ.get("BENCH_REGISTER_DOCS", "20000"))
NUMBERING_DOCS = int(os.environ.get("BENCH_NUMBERING_DOCS", "800"))
CLERKS = 8
BATCH = 1000

AGENCY, RECIPIENT = "so-tu-phap", "so-thong-tin-va-truyen-thong"
UNIT, UNIT_TITLE, UNIT_ABBREVIATION = "hctp", "Phòng Hành chính tư pháp", "HCTP"
AUTHOR, UNIT_HEAD, DIRECTOR = "chuyenvien.hctp", "truongphong.hctp", "giamdoc.stp"
NUMBERING_CLERKS = tuple(f"vanthu{i}.stp" for i in range(1, CLERKS + 1))
REGISTER_CLERK = NUMBERING_CLERKS[0]
# login → role on the office (tests/test_intranet.py's `office` fixture)
STAFF = {
    AUTHOR: "Officer",
    UNIT_HEAD: "Officer",
    DIRECTOR: "AgencyHead",
    **dict.fromkeys(NUMBERING_CLERKS, "Clerk"),
}
INBOX_PAGE = "intranet inbox"
REGISTER_PAGE = "outgoing register"
NUMBERING_PAGE = f"numbering {CLERKS} clerks"
SUBJECTS = [
    "rà soát thủ tục hành chính",
    "kiểm tra công tác hộ tịch",
    "tổng kết công tác năm",
    "tổ chức hội nghị trực tuyến",
    "phổ biến giáo dục pháp luật",
    "chuyển đổi số trong cơ quan",
]


def password_of(login):
    return f"{login}-matkhau"


def register_year():
    return date.today().year - 1  # the current year is left to (c)'s numbering


def add_office(registry):
    """Sở Tư pháp's office, its unit HCTP (head truongphong.hctp) and its staff; the
    office's name under /noi-bo."""
    from content_types.principals import User
    from portal import content as api
    from portal.demo import act_as
    from portal.intranet import ensure_office
    from portal.resources import open_site
    from portal.security.passwords import hash_password

    with open_site(registry) as (root, request):
        act_as(request, root.principals.users["admin"])
        agency = root["danh-ba"][AGENCY]
        office = ensure_office(request, agency)
        for login, role in STAFF.items():
            user = root.principals.add_user(
                User(
                    login,
                    login,
                    f"{login}@x.hoabinhxanh.gov.vn",
                    hash_password(password_of(login)),
                    agency=agency.uid,
                )
            )
            api.set_local_roles(request, office, user.principal, [role])
        unit = api.create(
            request,
            office,
            "Unit",
            {"title": UNIT_TITLE, "abbreviation": UNIT_ABBREVIATION},
            name=UNIT,
        )
        unit.members = [UNIT_HEAD, AUTHOR]
        unit.head = UNIT_HEAD
        act_as(request, None)
        return office.__name__


def add_documents(registry, office_name, prefix, count, finish):
    """`count` outgoing documents of HCTP drafted by chuyenvien.hctp, named
    `<prefix>-<n>`; `finish(office, document, n)` gives each its state and fields
    before it is indexed. One transaction per BATCH; their paths."""
    from content_types.document import OutgoingDocument
    from portal.events import ObjectAdded
    from portal.resources import open_site

    workflow = registry.workflows["outgoing"]
    paths = []
    for low in range(0, count, BATCH):
        with open_site(registry) as (root, request):
            office = root["noi-bo"][office_name]
            recipient = root["danh-ba"][RECIPIENT].uid
            for n in range(low, min(count, low + BATCH)):
                subject = SUBJECTS[n % len(SUBJECTS)]
                document = OutgoingDocument(
                    f"Về việc {subject} ({prefix} {n})",
                    creator=AUTHOR,
                    doc_type="CV",
                    unit=UNIT,
                    description=f"Công văn số thứ {n} về việc {subject}.",
                    recipients=[recipient],
                    recipients_text="Lưu: VT, HCTP.",
                    signer_authority="KT.",
                    signer_position="Phó Giám đốc",
                    signer_name="Nguyễn Văn Ký",
                )
                name = office.add(document, f"{prefix}-{n:05d}")
                workflow.initialize(document, AUTHOR)
                finish(office, document, n)
                registry.notify(ObjectAdded(document, request))
                paths.append(f"/noi-bo/{office_name}/{name}")
    return paths


def awaiting_review(office, document, n):
    document.workflow_state = "unit_review"


def signed(office, document, n):
    document.workflow_state = "signed"
    document.signed_by = DIRECTOR


def filed_in(year, count):
    """Numbered 1..count in `year`'s other book, dispatched and filed, days apart."""
    from content_types.document import symbol_of

    def finish(office, document, n):
        number = n + 1
        day = date(year, 1, 2) + timedelta(days=n * 360 // max(count, 1))
        document.workflow_state = "filed"
        document.signed_by = DIRECTOR
        document.number, document.year = number, year
        document.issued_on = document.dispatched_on = day
        document.symbol = symbol_of(
            number, year, "CV", office.issuer, UNIT_ABBREVIATION, document.legal
        )
        office.outgoing_register[(year, document.book, number)] = document
        office.counters[(year, document.book)] = number

    return finish


def build_intranet(directory):
    """Add the office, its staff and documents to a built bench database: what the
    measures need (office path, register year, paths of the signed documents)."""
    from build import close
    from serve import portal_app

    app = portal_app(directory, "true")
    try:
        office = add_office(app.registry)
        add_documents(app.registry, office, "cho-duyet", INBOX_DOCS, awaiting_review)
        year = register_year()
        add_documents(app.registry, office, "da-luu", REGISTER_DOCS, filed_in(year, REGISTER_DOCS))
        waiting = add_documents(app.registry, office, "da-ky", NUMBERING_DOCS, signed)
    finally:
        close(app)
    return {"office": f"/noi-bo/{office}", "year": year, "signed": waiting}


# --- logged-in clients ---------------------------------------------------------------


class Client:
    """One person's keep-alive HTTP connection and session cookie. `frozen` stops
    taking cookies from answers (flash messages would grow the signed cookie)."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = SimpleCookie()
        self.frozen = False

    @property
    def cookie(self):
        return "; ".join(f"{k}={m.value}" for k, m in self.cookies.items())

    def request(self, method, path, fields=None):
        headers = {"Cookie": self.cookie} if self.cookies else {}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        text = response.read().decode()
        if not self.frozen:
            for header in response.headers.get_all("Set-Cookie") or ():
                self.cookies.load(header)
        return response.status, response.getheader("Location", ""), text

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        return self.request("POST", path, fields)

    def log_in(self, login):
        status, _where, page = self.get("/dang-nhap")
        form = re.search(r'<form[^>]*id="deform".*?</form>', page, re.S).group(0)
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
        fields.update(login=login, password=password_of(login), signin="signin")
        status, _where, _page = self.post("/dang-nhap", fields)
        if status != 302:
            raise RuntimeError(f"logging in as {login} answers {status}, not 302")
        return self

    def csrf_token(self, path):
        status, _where, page = self.get(path)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def close(self):
        self.conn.close()


def logged_in_get(port, where, login, path, check):
    """(path, wrk Lua script) for a GET as `login`: its session cookie, the page
    checked once (200 and `check(text)`)."""
    client = Client(port).log_in(login)
    try:
        status, _location, text = client.get(path)
        if status != 200 or not check(text):
            raise RuntimeError(f"{path} as {login} answers {status} without what it should show")
        cookie = client.cookie
    finally:
        client.close()
    script = Path(where) / f"{login}.lua"
    script.write_text(f'wrk.headers["Cookie"] = "{cookie}"\n')
    return path, str(script)


def rows_in(text):
    return len(re.findall(r'<tr[^>]*>\s*<th scope="row">', text))


def inbox_page(where):
    """(name, prepare) for run.py: the unit head's inbox, 50 of 5,000 a page."""

    def check(text):
        return rows_in(text) == min(50, INBOX_DOCS) and 'rel="next"' in text

    return INBOX_PAGE, lambda port: logged_in_get(
        port, where, UNIT_HEAD, "/noi-bo/@@cong-viec", check
    )


def register_page(where, info):
    """(name, prepare) for run.py: the first page of a year's outgoing register."""
    path = f"{info['office']}/@@so-van-ban-di?nam={info['year']}"

    def check(text):
        return f"01/STP-{UNIT_ABBREVIATION}" in text and 'rel="next"' in text

    return REGISTER_PAGE, lambda port: logged_in_get(port, where, REGISTER_CLERK, path, check)


# --- (c) numbering throughput ----------------------------------------------------------


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def number_all(port, info):
    """Eight clerks number the signed documents at once; the result for run.py's
    line (documents/s, p50 and p99 of one numbering request) and a note naming the
    retries and whether the register reads 1..N without gap or duplicate."""
    paths = info["signed"]
    clerks = [Client(port).log_in(login) for login in NUMBERING_CLERKS]
    tokens = [clerk.csrf_token(info["office"]) for clerk in clerks]
    for clerk in clerks:
        clerk.frozen = True
    latencies, retried, failures = [], [], []
    lock = threading.Lock()

    def work(clerk, token, mine):
        for path in mine:
            attempts = 0
            while True:
                started = time.perf_counter()
                fields = {"transition": "number", "comment": "", "csrf_token": token}
                status, location, _text = clerk.post(f"{path}/@@chuyen", fields)
                with lock:
                    latencies.append(1000 * (time.perf_counter() - started))
                if status == 409 and attempts < 20:
                    attempts += 1
                    with lock:
                        retried.append(path)
                    continue
                if status != 302 or not location.endswith(path + "/"):
                    with lock:
                        failures.append((path, status, location))
                break

    threads = [
        threading.Thread(target=work, args=(clerk, token, paths[i::CLERKS]))
        for i, (clerk, token) in enumerate(zip(clerks, tokens, strict=True))
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    verdict = register_verdict(clerks[0], info, len(paths))
    for clerk in clerks:
        clerk.close()
    note = (
        f"  {len(paths)} docs in {elapsed:.1f} s; {len(set(retried))} needed a retry"
        f" ({len(retried)} answers 409); {verdict}"
    )
    if failures:
        note += f"; {len(failures)} FAILED, e.g. {failures[0]}"
    return {
        "rps": len(paths) / elapsed,
        "p50": percentile(latencies, 0.50),
        "p99": percentile(latencies, 0.99),
        "errors": len(failures),
        "note": note,
    }


def register_verdict(clerk, info, count):
    """Read this year's register as CSV: each document once, numbers 1..count."""
    clerk.frozen = False
    year = date.today().year
    status, _location, text = clerk.get(f"{info['office']}/@@so-van-ban-di?nam={year}&tai=csv")
    if status != 200:
        return f"register CSV answers {status}: NOT CHECKED"
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    numbers = sorted(int(r["so_ky_hieu"].split("/", 1)[0]) for r in rows)
    titles = {r["loai_va_trich_yeu"] for r in rows}
    if numbers == list(range(1, count + 1)) and len(titles) == count:
        return f"numbers 1..{count}, no gap, no duplicate"
    missing = sorted(set(range(1, count + 1)) - set(numbers))[:5]
    return f"GAP OR DUPLICATE: {len(rows)} rows, {len(titles)} documents, missing {missing}"


def numbering(info):
    """(name, run) for run.py: `run(port)` numbers and returns the result."""
    return NUMBERING_PAGE, lambda port: number_all(port, info)
