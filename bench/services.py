"""The public services under load: the procedure list with two filters over a catalog
of 2,000 published procedures (Anonymous, GET), and the tracking lookup (POST /tra-cuu
with a valid code and phone, as a citizen whose session holds the CSRF token).

`run.py` builds these into its database and measures them with the other pages,
against the hello-world of the same run.
"""

import copy
import http.client
import os
import re
import secrets
import sys
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PROCEDURES = int(os.environ.get("BENCH_PROCEDURES", "2000"))
LIST_PAGE = ("services list 2 filters", "/dich-vu-cong?cap=province&truc-tuyen=full")
TRACKING_PAGE = "tracking lookup"
APPLICANT_PHONE = "0912 345 678"


def add_procedures(registry, count, batch=500):
    """`count` published procedures in /dich-vu-cong, one transaction per batch.

    Each copies one of the demo's procedures (so levels, fields, online scopes and
    executing agencies, hence the list's facets, are spread as in the demo) under a
    code and title of its own; they are made and published through the content API.
    """
    from portal import content as api
    from portal.demo import act_as
    from portal.demo.services import agencies_by_code, procedure_values
    from portal.demo.services_data import PROCEDURES as DATA
    from portal.resources import open_site
    from portal.services import ensure_services

    models = None
    for low in range(0, count, batch):
        with open_site(registry) as (root, request):
            act_as(request, root.principals.users["admin"])
            services = ensure_services(request, root)
            if models is None:
                agencies = agencies_by_code(root)
                models = [procedure_values(entry, agencies) for entry in DATA]
            for i in range(low, min(count, low + batch)):
                values = copy.deepcopy(models[i % len(models)])
                values["code"] = f"9.{i:06d}"
                values["title"] = f"{values['title']} (bản {i})"
                procedure = api.create(
                    request, services, "Procedure", values, name=f"thu-tuc-bench-{i:04d}"
                )
                api.transition(request, procedure, "publish")
            act_as(request, None)


def add_application(registry):
    """One application submitted online (as the demo replays them); its code."""
    from content_types.application import Draft
    from portal.demo import act_as
    from portal.resources import open_site
    from portal.services import application_store, desk, find_services

    with open_site(registry) as (root, request):
        act_as(request, None)
        request.environ["portal.nomail"] = True
        procedure = next(
            p for p in find_services(root).values() if getattr(p, "accepts_online", False)
        )
        values = {
            "applicant_name": "Nguyễn Văn Đo",
            "id_number": "001190054321",
            "organisation": "",
            "phone": APPLICANT_PHONE,
            "email": "nguoinop.bench@example.vn",
            "address": "Số 1 đường Lê Lợi",
            "note": "",
            "agency": procedure.executing[0],
        }
        token = secrets.token_urlsafe(18)
        application_store(root).drafts[token] = Draft(procedure.uid, None, values, [])
        app, _created = desk.submit(request, procedure, token)
        return app.code


def build_services(directory, count=PROCEDURES):
    """Add the procedures and one application to a built bench database; the code."""
    from build import close
    from serve import portal_app

    app = portal_app(directory, "true")
    try:
        add_procedures(app.registry, count)
        return add_application(app.registry)
    finally:
        close(app)


def tracking_post(port, code, where):
    """(path, wrk Lua script) for POST /tra-cuu: a session cookie and its CSRF token
    from GET /tra-cuu, checked once to answer the redirect to the application."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/tra-cuu")
        response = conn.getresponse()
        page = response.read().decode()
        cookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or ():
            cookie.load(header)
        session = "; ".join(f"{k}={m.value}" for k, m in cookie.items())
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        body = urlencode({"csrf_token": token, "ma": code, "lien-he": APPLICANT_PHONE})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": session}
        conn.request("POST", "/tra-cuu", body=body, headers=headers)
        answer = conn.getresponse()
        answer.read()
        location = answer.getheader("Location", "")
        if answer.status != 302 or f"ma={code}" not in location:
            raise RuntimeError(f"POST /tra-cuu answers {answer.status} {location!r}, not 302")
    finally:
        conn.close()
    script = Path(where) / "tracking.lua"
    script.write_text(
        'wrk.method = "POST"\n'
        f'wrk.body = "{body}"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        f'wrk.headers["Cookie"] = "{session}"\n'
    )
    return "/tra-cuu", str(script)
