"""The generated demo directory, beyond tests/test_province_demo.py: every agency and
contact passes its whole bound form schema unchanged, the province has a realistic
shape, the catalog and the code registry agree with the tree, and the seed alone
decides the data (two fresh databases)."""

from collections import Counter
from contextlib import contextmanager

import colander
import pytest
from pyramid.traversal import resource_path
from ZODB import DB
from ZODB.MappingStorage import MappingStorage

from content_types import Agency, Contact
from content_types.agency import AgencySchema, ContactSchema
from portal.catalog.queries import by_uid
from portal.catalog.subscribers import subtree
from portal.demo import act_as
from portal.demo.province import load_directory
from portal.resources import bootstrap_database, open_site

AGENCY_FIELDS = [n.name for n in AgencySchema().children if n.name != "parent"]
CONTACT_FIELDS = [n.name for n in ContactSchema().children]


def agencies(directory):
    return [o for o in subtree(directory) if isinstance(o, Agency)]


def cstruct(obj, fields):
    """What an edit form would post for `obj`: strings, null for an empty number."""
    values = {}
    for name in fields:
        value = getattr(obj, name)
        values[name] = colander.null if value is None else str(value)
    return values


def test_every_agency_and_contact_passes_its_whole_form_unchanged(site):
    """Bound the way the add form is (context = the container), the full schema,
    placement rule and coordinates included, accepts every value and keeps it as is."""
    with site() as (root, request):
        seen = Counter()
        for agency in agencies(root["danh-ba"]):
            request.context = agency.__parent__
            schema = AgencySchema().bind(request=request)
            posted = cstruct(agency, AGENCY_FIELDS)
            posted["parent"] = agency.__parent__.uid
            try:
                appstruct = schema.deserialize(posted)
            except colander.Invalid as e:
                raise AssertionError(f"{agency.title}: {e.asdict()}") from None
            for name in AGENCY_FIELDS:
                assert appstruct[name] == getattr(agency, name), (agency.title, name)
            request.context = agency
            contact_schema = ContactSchema().bind(request=request)
            for contact in agency.contacts():
                try:
                    appstruct = contact_schema.deserialize(cstruct(contact, CONTACT_FIELDS))
                except colander.Invalid as e:
                    raise AssertionError(f"{contact.title}: {e.asdict()}") from None
                assert appstruct == {n: getattr(contact, n) for n in CONTACT_FIELDS}
                seen["contact"] += 1
            seen[agency.kind] += 1
    assert seen.pop("contact") >= 800
    assert seen == {"department": 23, "district": 8, "commune": 286}


def test_the_province_has_a_realistic_shape(site):
    with site() as (root, request):
        domain = request.registry.settings["portal.gov_domain"]
        directory = root["danh-ba"]
        districts = [a for a in agencies(directory) if a.kind == "district"]
        prefixes = Counter(d.title.split()[0] for d in districts)
        assert prefixes == {"Thành": 1, "Thị": 1, "Huyện": 6}
        city = next(d for d in districts if d.title.startswith("Thành phố"))
        assert city.title == "Thành phố Hòa Bình Xanh"
        sizes = []
        for district in districts:
            communes = district.sub_agencies()
            sizes.append(len(communes))
            assert 20 <= len(communes) <= 50, district.title
            kinds = Counter(c.title.rsplit(" ", 2)[0] for c in communes)
            if district.title.startswith("Huyện"):
                assert 1 <= kinds.pop("Thị trấn") <= 2, district.title
                assert set(kinds) == {"Xã"}
            else:  # a city or a town: mostly wards
                assert kinds["Phường"] > kinds["Xã"] and set(kinds) <= {"Phường", "Xã"}
            for commune in communes:
                assert commune.kind == "commune"
                assert commune.code.startswith(district.code + "-"), commune.code
                assert commune.short_name.lower().endswith(commune.title.lower())
                assert 2 <= len(commune.contacts()) <= 3
        assert sum(sizes) == 286 and len(set(sizes)) > 4  # uneven, like a real province
        for agency in agencies(directory):
            if agency.kind in ("department", "district"):
                assert 3 <= len(agency.contacts()) <= 6, agency.title
                assert agency.website.startswith("https://")
                assert agency.website.endswith("." + domain)
            assert agency.head_name and agency.head_position and agency.hours
            assert agency.address


def test_mailboxes_phones_and_coordinates_are_plausible(site):
    with site() as (root, request):
        everyone = agencies(root["danh-ba"])
        mailboxes = Counter(a.email for a in everyone)
        assert mailboxes.most_common(1)[0][1] == 1  # no two agencies share a mailbox
        numbers = [a.phone for a in everyone] + [a.fax for a in everyone if a.fax]
        numbers += [c.phone for a in everyone for c in a.contacts()]
        assert len(set(numbers)) == len(numbers)
        assert {n.split()[0] for n in numbers} == {"0200"}  # one area code
        placed = [a for a in everyone if a.latitude is not None]
        assert all(a.longitude is not None for a in placed)
        assert all(a.longitude is None for a in everyone if a.latitude is None)
        assert 0.7 * len(everyone) <= len(placed) < len(everyone)  # most, not all
        lats = [a.latitude for a in placed]
        lons = [a.longitude for a in placed]
        assert max(lats) - min(lats) < 1 and max(lons) - min(lons) < 1  # one province


def test_catalog_and_code_registry_agree_with_the_tree(site):
    """Loaded through the content API: indexed, codes claimed, the admin the creator."""
    with site() as (root, request):
        directory = root["danh-ba"]
        everyone = agencies(directory)
        assert len(directory.codes) == len(everyone) == 317
        for agency in everyone:
            assert directory.codes[agency.code] == agency.uid
            assert by_uid(request, agency.uid) is agency
            assert agency.creator == "admin"
            first = agency.history[0]
            assert (first["action"], first["actor"]) == ("create", "admin")
            for contact in agency.contacts():
                assert by_uid(request, contact.uid) is contact


@contextmanager
def fresh_site(registry):
    """An empty database of its own (no demo underneath) while the block runs."""
    saved = registry._zodb_databases[""]
    database = DB(MappingStorage())
    registry._zodb_databases[""] = database
    try:
        bootstrap_database(registry)
        with open_site(registry) as (root, request):
            act_as(request, None)
            yield root, request
    finally:
        registry._zodb_databases[""] = saved
        database.close()


def digest(directory):
    """Everything a reader sees, keyed by path (uids and dates differ by design)."""
    rows = []
    for obj in subtree(directory):
        if isinstance(obj, Agency):
            rows.append((resource_path(obj), *cstruct(obj, AGENCY_FIELDS).values()))
        elif isinstance(obj, Contact):
            rows.append((resource_path(obj), *cstruct(obj, CONTACT_FIELDS).values()))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("seed, same", [(None, True), (7, False)])
def test_the_seed_alone_decides_the_data(wsgi_app, site, seed, same):
    """A fresh database with the default seed holds exactly the demo's directory;
    another seed gives another province of the same size."""
    with site() as (root, request):
        expected = digest(root["danh-ba"])
    with fresh_site(wsgi_app.registry) as (root, request):
        kwargs = {} if seed is None else {"seed": seed}
        got = digest(load_directory(request, root, **kwargs))
    assert len(got) == len(expected)
    assert (got == expected) is same
