"""The shape of the demo's administrative procedures (portal/demo/services_data.py): keys and
types, unique codes, the level / online-scope / channel rules, and agency codes that name
real departments and districts of the demo province."""

import re
from collections import Counter

import pytest

from content_types.slug import slugify
from portal.demo.province_data import DEPARTMENTS, DISTRICTS
from portal.demo.services_data import FIELDS, PROCEDURES

KEYS = {
    "code": str,
    "decision": str,
    "title": str,
    "description": str,
    "level": str,
    "field": str,
    "steps": list,
    "channels": list,
    "papers": list,
    "applicants": str,
    "deciding": str,
    "executing": list,
    "coordinating": list,
    "where": str,
    "result": str,
    "legal_basis": list,
    "conditions": str,
    "online_level": int,
    "online_scope": str,
    "cases": list,
}
NONEMPTY = KEYS.keys() - {"conditions", "online_scope", "coordinating", "cases"}
DEPARTMENT_CODES = {d[2] for d in DEPARTMENTS}
DISTRICT_CODES = {slugify(name) for _prefix, name, _n in DISTRICTS}
CHANNELS = {"direct", "online", "post"}
DATE = re.compile(r"^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/(19|20)\d\d$")


def ids(p):
    return p["code"]


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def check_papers(papers):
    assert isinstance(papers, list) and papers
    for paper in papers:
        assert set(paper) == {"name", "originals", "copies"}
        assert isinstance(paper["name"], str) and paper["name"].strip()
        assert is_int(paper["originals"]) and paper["originals"] >= 0
        assert is_int(paper["copies"]) and paper["copies"] >= 0
        assert paper["originals"] + paper["copies"] > 0
    names = [paper["name"] for paper in papers]
    assert len(names) == len(set(names))


def test_the_district_codes_are_the_expected_slugs():
    assert slugify("Hòa Bình Xanh") == "hoa-binh-xanh"
    assert DISTRICT_CODES == {
        "hoa-binh-xanh",
        "ngoc-son",
        "dong-lac",
        "kim-thach",
        "van-khe",
        "tien-hung",
        "luc-yen-ha",
        "binh-giang-thuong",
    }


def test_about_sixty_procedures_split_across_levels():
    assert 50 <= len(PROCEDURES) <= 75
    levels = Counter(p["level"] for p in PROCEDURES)
    assert set(levels) == {"province", "district", "commune"}
    assert 25 <= levels["province"] <= 40
    assert 10 <= levels["district"] <= 20
    assert 10 <= levels["commune"] <= 20


def test_about_two_thirds_accept_online_applications():
    online = [p for p in PROCEDURES if any(c["channel"] == "online" for c in p["channels"])]
    assert 0.55 <= len(online) / len(PROCEDURES) <= 0.8


def test_some_procedures_have_cases():
    assert 5 <= sum(1 for p in PROCEDURES if p["cases"]) <= 10


def test_codes_and_titles_are_unique():
    codes = [p["code"] for p in PROCEDURES]
    assert len(codes) == len(set(codes))
    titles = [p["title"] for p in PROCEDURES]
    assert len(titles) == len(set(titles))


def test_fields_lists_the_distinct_fields_sorted():
    assert FIELDS == sorted({p["field"] for p in PROCEDURES})


def test_the_commune_procedures_spread_over_several_districts():
    districts = {p["executing"][0].split(":", 1)[1] for p in PROCEDURES if p["level"] == "commune"}
    assert len(districts) >= 5


@pytest.mark.parametrize("p", PROCEDURES, ids=ids)
def test_keys_and_types(p):
    assert set(p) == set(KEYS)
    for key, kind in KEYS.items():
        value = p[key]
        assert is_int(value) if kind is int else isinstance(value, kind), key
        if key in NONEMPTY:
            assert value if kind is not str else value.strip(), key
    assert re.fullmatch(r"[12]\.\d{6}", p["code"])
    assert p["decision"].startswith("Quyết định số ")
    assert p["level"] in {"province", "district", "commune"}
    for text in ("title", "description", "applicants", "where", "result", "field"):
        assert p[text] == p[text].strip() and "\n" not in p[text]


@pytest.mark.parametrize("p", PROCEDURES, ids=ids)
def test_steps_papers_and_legal_basis(p):
    assert 3 <= len(p["steps"]) <= 6
    assert all(isinstance(s, str) and s.strip() for s in p["steps"])
    assert 2 <= len(p["papers"]) <= 6
    check_papers(p["papers"])
    assert 1 <= len(p["legal_basis"]) <= 3
    for law in p["legal_basis"]:
        assert set(law) == {"number", "summary", "date"}
        assert isinstance(law["number"], str) and "/" in law["number"]
        assert isinstance(law["summary"], str) and law["summary"].strip()
        assert DATE.match(law["date"]), law["date"]


@pytest.mark.parametrize("p", PROCEDURES, ids=ids)
def test_channels(p):
    assert 1 <= len(p["channels"]) <= 3
    kinds = [c["channel"] for c in p["channels"]]
    assert len(kinds) == len(set(kinds))
    for channel in p["channels"]:
        assert set(channel) == {"channel", "days", "fee"}
        assert channel["channel"] in CHANNELS
        assert is_int(channel["days"]) and channel["days"] > 0
        assert isinstance(channel["fee"], str) and channel["fee"].strip()


@pytest.mark.parametrize("p", PROCEDURES, ids=ids)
def test_online_level_scope_and_channel_agree(p):
    online = any(c["channel"] == "online" for c in p["channels"])
    level, scope = p["online_level"], p["online_scope"]
    assert level in {1, 2, 3, 4}
    assert scope in {"", "partial", "full"}
    assert (scope == "") == (level in {1, 2}) == (not online)
    assert (scope == "partial") == (level == 3)
    assert (scope == "full") == (level == 4)


@pytest.mark.parametrize("p", PROCEDURES, ids=ids)
def test_agencies(p):
    assert set(p["coordinating"]) <= DEPARTMENT_CODES
    assert len(p["coordinating"]) == len(set(p["coordinating"]))
    if p["level"] == "province":
        assert p["deciding"] in DEPARTMENT_CODES
        assert p["executing"] and set(p["executing"]) <= DEPARTMENT_CODES
    elif p["level"] == "district":
        assert p["deciding"] == "DISTRICT"
        assert p["executing"] == ["DISTRICTS"]
        assert p["where"] == "Bộ phận Một cửa UBND cấp huyện"
    else:
        assert p["deciding"] == "COMMUNE"
        [token] = p["executing"]
        prefix, _, district = token.partition(":")
        assert prefix == "COMMUNES" and district in DISTRICT_CODES
        assert p["where"] == "Bộ phận Một cửa UBND cấp xã"


@pytest.mark.parametrize("p", [p for p in PROCEDURES if p["cases"]], ids=ids)
def test_cases(p):
    assert 2 <= len(p["cases"]) <= 3
    names = [case["name"] for case in p["cases"]]
    assert len(names) == len(set(names))
    for case in p["cases"]:
        assert set(case) == {"name", "days", "papers"}
        assert isinstance(case["name"], str) and case["name"].strip()
        assert is_int(case["days"]) and case["days"] > 0
        check_papers(case["papers"])
