"""The generated demo directory (issue 4, item 4): a fictitious province of realistic
size whose every value the agency forms would accept (DOMAIN.md "Agencies")."""

from collections import Counter

import colander

from content_types import Agency, Contact
from content_types.agency import EXCHANGE_ID, AgencySchema, ContactSchema
from content_types.email import official_email_error
from content_types.slug import fold
from portal.catalog.subscribers import subtree


def everything(root):
    return list(subtree(root["danh-ba"]))


def test_sizes_and_nesting(site):
    with site() as (root, request):
        objs = everything(root)
        agencies = [o for o in objs if isinstance(o, Agency)]
        kinds = Counter(a.kind for a in agencies)
        assert kinds == {"department": 23, "district": 8, "commune": 286}
        for a in agencies:
            parent = a.__parent__
            if a.kind == "commune":
                assert isinstance(parent, Agency) and parent.kind == "district"
            else:
                assert parent is root["danh-ba"]
            assert a.contacts(), a.title
        per_district = Counter(a.__parent__.code for a in agencies if a.kind == "commune")
        assert len(per_district) == 8 and min(per_district.values()) >= 20


def test_every_value_is_one_the_forms_accept(site):
    with site() as (root, request):
        domain = request.registry.settings["portal.gov_domain"]
        request.context = root["danh-ba"]
        agency_nodes = {n.name: n for n in AgencySchema().bind(request=request).children}
        contact_nodes = {n.name: n for n in ContactSchema().bind(request=request).children}
        codes, exchange_ids = Counter(), Counter()
        for obj in everything(root):
            if isinstance(obj, Agency):
                nodes = agency_nodes
                codes[obj.code] += 1
                exchange_ids[obj.exchange_id] += 1
                assert EXCHANGE_ID.match(obj.exchange_id)
            elif isinstance(obj, Contact):
                nodes = contact_nodes
            else:
                continue
            assert official_email_error(obj.email, domain) is None, obj.email
            for name in (
                "title",
                "short_name",
                "phone",
                "fax",
                "email",
                "website",
                "code",
                "exchange_id",
            ):
                if name in nodes and getattr(obj, name, ""):
                    try:
                        nodes[name].deserialize(getattr(obj, name))
                    except colander.Invalid as e:
                        raise AssertionError(f"{obj.title}: {name} {e.asdict()}") from None
        assert max(codes.values()) == 1 and max(exchange_ids.values()) == 1


def test_names_are_unique_in_each_district_even_without_diacritics(site):
    with site() as (root, request):
        for district in root["danh-ba"].values():
            if isinstance(district, Agency) and district.kind == "district":
                names = [fold(a.title) for a in district.sub_agencies()]
                assert len(names) == len(set(names))


def test_generation_is_deterministic(site):
    from portal.demo import act_as
    from portal.demo.province import load_directory

    def digest(directory):
        return sorted(
            (o.code, o.title, o.email, o.phone, o.exchange_id, o.latitude)
            for o in subtree(directory)
            if isinstance(o, Agency)
        )

    with site() as (root, request):
        first = digest(root["danh-ba"])
        act_as(request, root.principals.users["admin"])
        root.remove("danh-ba")
        second = digest(load_directory(request, root))
    assert first == second
