"""The traffic of official documents per office and month, for the province's
leadership (shared/DOMAIN.md, "Official documents": "Traffic register"; "The people
and their roles": ProvinceLeader views traffic figures across all agencies)."""

import csv
import io
from datetime import date, timedelta

import test_intranet
from conftest import login
from test_intranet import STAFF, act, draft, sent_to_stttt, set_state, staff  # noqa: F401
from webtest import TestApp

from content_types.principals import User
from portal import content as api
from portal.demo import act_as
from portal.intranet.numbering import give_number
from portal.security.passwords import hash_password

office = test_intranet.office  # the fixture: Sở Tư pháp's office, Sở TT&TT's, their staff
TODAY = date.today()
YEAR = TODAY.year
LEADER = "lanhdao.tinh"
PAGE = "/noi-bo/@@luu-luong"


def leader(wsgi_app, site):
    """A browser of a ProvinceLeader, granted on the intranet as DOMAIN.md says."""
    with site() as (root, request):
        act_as(request, root.principals.users["admin"])
        user = root.principals.add_user(
            User(LEADER, "Lãnh đạo tỉnh", f"{LEADER}@hoabinhxanh.gov.vn", hash_password("x"))
        )
        api.set_local_roles(request, root["noi-bo"], user.principal, ["ProvinceLeader"])
    return login(TestApp(wsgi_app, extra_environ={"REMOTE_ADDR": "10.0.4.9"}), LEADER, "x")


def numbered(wsgi_app, site, office, **values):
    """An outgoing document of Sở Tư pháp, numbered by its clerk."""
    path = draft(site, office, **values)
    set_state(site, path, "signed")
    act(staff(wsgi_app, "vanthu.stp"), path, "number")
    return path


def received(site, title, day=TODAY, **values):
    """A paper document registered by Sở TT&TT's clerk on `day`, its deadline and
    end set directly."""
    with site() as (root, request):
        act_as(request, root.principals.users["vanthu.stttt"])
        fields = {"issuer_name": "Công an tỉnh", "source_symbol": "12/CAT-PV01", "title": title}
        document = api.create(request, root["noi-bo"]["stttt"], "IncomingDocument", fields)
        give_number(request, document, day)
        document.workflow_state = "in_progress" if values.get("deadline") else "registered"
        for name, value in values.items():
            setattr(document, name, value)
        root.catalog.reindex(document, request.registry)


def figures(browser, **params):
    """{row title: {column: value}} of the CSV the page offers."""
    response = browser.get(PAGE, {"tai": "csv", **params})
    assert response.content_type == "text/csv"
    text = response.body.decode("utf-8-sig")
    return {row["nhom"]: row for row in csv.DictReader(io.StringIO(text))}, text


def titles(site):
    with site() as (root, _request):
        return root["noi-bo"]["stp"].title, root["noi-bo"]["stttt"].title


def traffic_of_the_year(wsgi_app, site, office):
    """Sở Tư pháp sends one document over the network, one confidential and one on
    paper; Sở TT&TT receives the first electronically and three on paper."""
    _out, copy = sent_to_stttt(wsgi_app, site, office)
    act(staff(wsgi_app, "vanthu.stttt"), copy, "register")
    sent_to_stttt(wsgi_app, site, office, title="Về công tác bảo mật", confidentiality="secret")
    numbered(wsgi_app, site, office, title="Về việc gửi bản giấy")
    with site() as (root, _request):
        node = root["noi-bo"]["stttt"][copy.rsplit("/", 1)[1]]
        node.deadline = TODAY - timedelta(days=1)  # still open past its deadline
    received(site, "Xong trong hạn", deadline=TODAY + timedelta(days=5), finished_on=TODAY)
    received(site, "Xong sau hạn", deadline=TODAY - timedelta(days=3), finished_on=TODAY)
    received(site, "Còn trong hạn", deadline=TODAY + timedelta(days=5))


def test_figures_count_what_each_office_sent_and_received(wsgi_app, site, office):
    traffic_of_the_year(wsgi_app, site, office)
    stp, stttt = titles(site)
    rows, _text = figures(leader(wsgi_app, site), nam=YEAR, nhom="co-quan")
    # a confidential document addressed on the portal is still sent on paper
    assert {k: rows[stp][k] for k in ("van_ban_di", "di_dien_tu", "di_giay")} == {
        "van_ban_di": "3",
        "di_dien_tu": "1",
        "di_giay": "2",
    }
    assert rows[stp]["van_ban_den"] == "0" and rows[stp]["ty_le_dien_tu"] == "33,3 %"
    assert {k: rows[stttt][k] for k in rows[stttt] if k != "nhom"} == {
        "van_ban_di": "0",
        "di_dien_tu": "0",
        "di_giay": "0",
        "van_ban_den": "4",
        "den_dien_tu": "1",  # the one the sending flow delivered
        "den_giay": "3",
        "ty_le_dien_tu": "25,0 %",
        "den_dung_han": "1",
        "den_tre_han": "1",
        "den_dang_giai_quyet": "2",
        "den_dang_qua_han": "1",
    }


def test_the_page_compares_offices_and_months_with_charts_and_tables(wsgi_app, site, office):
    traffic_of_the_year(wsgi_app, site, office)
    stp, _stttt = titles(site)
    page = leader(wsgi_app, site).get(PAGE)
    assert page.text.count("<svg") == 2 and 'role="img"' in page.text
    assert page.text.count("<caption>") == 2 and 'scope="colgroup"' in page.text
    assert f'<th scope="row">{stp}</th>' in page.text
    month = f'<th scope="row">{TODAY:%m}/{YEAR}</th>'
    assert month in page.text and f'<th scope="row">01/{YEAR}</th>' in page.text
    assert "28,6 %" in page.text  # 2 of the 7 documents travelled over the network
    for title in ("Về việc rà soát thủ tục", "Xong sau hạn", "Còn trong hạn", "vanthu.stp"):
        assert title not in page.text  # counts only: no titles, no people


def test_year_and_office_filters(wsgi_app, site, office):
    numbered(wsgi_app, site, office, title="Về việc năm nay")
    with site() as (root, request):
        act_as(request, root.principals.users["chuyenvien.hctp"])
        values = {"title": "Về việc năm trước", "unit": "hctp", "doc_type": "CV"}
        old = api.create(request, root["noi-bo"]["stp"], "OutgoingDocument", values)
        give_number(request, old, date(YEAR - 1, 3, 5))
    received(site, "Nhận năm nay")
    stp, stttt = titles(site)
    browser = leader(wsgi_app, site)
    this_year, _text = figures(browser)
    assert this_year[stp]["van_ban_di"] == "1" and this_year[stttt]["van_ban_den"] == "1"
    last_year, _text = figures(browser, nam=YEAR - 1)
    assert last_year[stp]["van_ban_di"] == "1" and last_year[stttt]["van_ban_den"] == "0"
    months, _text = figures(browser, nam=YEAR - 1, nhom="thang", **{"co-quan": "stp"})
    assert len(months) == 12 and months[f"03/{YEAR - 1}"]["di_giay"] == "1"
    assert sum(int(r["van_ban_di"]) for r in months.values()) == 1
    months, _text = figures(browser, nhom="thang", **{"co-quan": "stttt"})
    assert len(months) == TODAY.month
    assert months[f"{TODAY:%m}/{YEAR}"]["van_ban_den"] == "1"
    assert months[f"{TODAY:%m}/{YEAR}"]["van_ban_di"] == "0"  # Sở Tư pháp's not counted
    page = browser.get(PAGE, {"nam": YEAR - 1, "co-quan": "stp"})
    assert f'<option value="{YEAR - 1}" selected="selected">' in page.text
    assert f"{stp}</h2>" in page.text


def test_csv_header_and_a_row(wsgi_app, site, office):
    numbered(wsgi_app, site, office)
    stp, _stttt = titles(site)
    rows, text = figures(leader(wsgi_app, site), nhom="co-quan")
    assert text.splitlines()[0] == (
        "nhom,van_ban_di,di_dien_tu,di_giay,van_ban_den,den_dien_tu,den_giay,ty_le_dien_tu,"
        "den_dung_han,den_tre_han,den_dang_giai_quyet,den_dang_qua_han"
    )
    assert f'{stp},1,0,1,0,0,0,"0,0 %",0,0,0,0' in text.splitlines()


def test_only_the_province_leadership_and_administrators_see_it(wsgi_app, site, office, app):
    assert "/dang-nhap" in app.get(PAGE, status=302).location
    for who in ("chuyenvien.hctp", "vanthu.stp", "giamdoc.stp"):
        staff(wsgi_app, who).get(PAGE, status=403)
    leader(wsgi_app, site).get(PAGE, status=200)
    login(TestApp(wsgi_app), "quantri").get(PAGE, status=200)


def test_the_page_is_accessible(wsgi_app, site, office):
    from test_i18n_a11y import assert_accessible

    traffic_of_the_year(wsgi_app, site, office)
    response = leader(wsgi_app, site).get(PAGE)
    assert_accessible(response)
    assert '<label for="ll-nam"' in response.text and '<label for="ll-cq"' in response.text
