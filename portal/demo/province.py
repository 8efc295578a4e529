"""The demo directory: a fictitious province of realistic size (23 provincial
agencies, 8 districts, 286 communes), generated from invented name parts with a
fixed seed, so every run gives the same data."""

import random

from content_types.email import gov_domain
from content_types.slug import fold, slugify

from .. import content as api
from ..directory import ensure_directory
from .province_data import (
    COMMUNE_CONTACTS,
    DEPARTMENT_CONTACTS,
    DEPARTMENTS,
    DISTRICT_CONTACTS,
    DISTRICTS,
    FIRST,
    GIVEN,
    HOURS,
    MIDDLE,
    SECOND,
    STREETS,
    SURNAMES,
)

PROVINCE_CODE = "H99"  # not a code any real province uses
AREA = "0200"


def compact(text):
    return slugify(text).replace("-", "")


class Generator:
    def __init__(self, request, seed):
        self.request = request
        self.random = random.Random(seed)
        self.domain = gov_domain(request.registry.settings)
        self.phones = iter(range(811_000, 999_999, 37))

    def person(self):
        r = self.random
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def phone(self):
        number = f"{next(self.phones):06d}"
        return f"{AREA} 3 {number[:3]} {number[3:]}"

    def place(self):
        r = self.random
        if r.random() < 0.15:
            return None, None
        return round(r.uniform(21.05, 21.55), 5), round(r.uniform(105.25, 105.85), 5)

    def contacts(self, agency, roles, box):
        """The agency's contacts; the first is its head, as the card names them."""
        for i, (position, unit) in enumerate(roles):
            name = self.person() if i else agency.head_name
            position = position if i else agency.head_position
            surname, *rest = name.split()
            initials = "".join(fold(part)[0] for part in [surname, *rest[:-1]])
            login = f"{compact(rest[-1])}{initials}.{box}"
            values = {
                "title": name,
                "position": position,
                "unit": unit,
                "phone": self.phone(),
                "email": f"{login}@{self.domain}",
            }
            api.create(self.request, agency, "Contact", values)

    def agency(self, container, name, values):
        lat, lon = self.place()
        values.setdefault("hours", HOURS)
        values.update(latitude=lat, longitude=lon, phone=self.phone(), head_name=self.person())
        return api.create(self.request, container, "Agency", values, name=name)

    def commune_names(self, prefix, count):
        """`count` invented names, unique in the district; towns get thị trấn."""
        r = self.random
        seen, names = set(), []
        while len(names) < count:
            name = f"{r.choice(FIRST)} {r.choice(SECOND)}"
            first, second = name.split()
            if fold(first) == fold(second) or fold(name) in seen:
                continue  # Thạnh Lộc and Thanh Lộc would share one address
            seen.add(fold(name))
            names.append(name)
        if prefix == "huyện":
            kinds = ["thị trấn"] * (1 + count // 40) + ["xã"] * count
        else:
            kinds = ["phường"] * (count * 2 // 3) + ["xã"] * count
        return list(zip(kinds, names, strict=False))


def load_directory(request, root, seed=2026):
    """Fill the (empty) directory through the content API; returns it."""
    directory = ensure_directory(request, root)
    g = Generator(request, seed)
    domain = g.domain
    for n, (short, title, box, web) in enumerate(DEPARTMENTS, start=1):
        street = STREETS[n % len(STREETS)]
        values = {
            "title": title,
            "short_name": short,
            "kind": "department",
            "code": box,
            "exchange_id": f"000.00.{n:02d}.{PROVINCE_CODE}",
            "address": f"Số {n * 3 + 1} đường {street}, thành phố Hòa Bình Xanh",
            "fax": g.phone(),
            "email": f"{box}@{domain}",
            "website": f"https://{web}.{domain}",
            "head_position": "Chánh Văn phòng"
            if n == 1
            else (
                "Chánh Thanh tra"
                if title.startswith("Thanh tra")
                else "Trưởng ban"
                if title.startswith("Ban")
                else "Giám đốc"
            ),
            "description": f"{title} tham mưu, giúp Ủy ban nhân dân tỉnh trong lĩnh vực được giao.",
        }
        agency = g.agency(directory, slugify(title), values)
        g.contacts(agency, DEPARTMENT_CONTACTS[: 3 + n % 4], box)
    for d, (prefix, name, count) in enumerate(DISTRICTS, start=1):
        dslug = compact(name)
        district = g.agency(
            directory,
            slugify(f"{prefix} {name}"),
            {
                "title": f"{prefix.capitalize()} {name}",
                "short_name": f"UBND {prefix} {name}",
                "kind": "district",
                "code": slugify(name),
                "exchange_id": f"000.{30 + d:02d}.00.{PROVINCE_CODE}",
                "address": f"Số {d * 7} đường {STREETS[d % len(STREETS)]}, {prefix} {name}",
                "fax": g.phone(),
                "email": f"ubnd.{dslug}@{domain}",
                "website": f"https://{dslug}.{domain}",
                "head_position": f"Chủ tịch UBND {prefix}",
            },
        )
        g.contacts(district, DISTRICT_CONTACTS[: 3 + d % 3], dslug)
        for j, (kind, commune) in enumerate(g.commune_names(prefix, count), start=1):
            cslug = compact(commune)
            agency = g.agency(
                district,
                slugify(f"{kind} {commune}"),
                {
                    "title": f"{kind.capitalize()} {commune}",
                    "short_name": f"UBND {kind} {commune}",
                    "kind": "commune",
                    "code": f"{slugify(name)}-{slugify(commune)}",
                    "exchange_id": f"{j:03d}.{30 + d:02d}.00.{PROVINCE_CODE}",
                    "address": f"Trụ sở UBND {kind} {commune}, {prefix} {name}",
                    "email": f"ubnd.{cslug}.{dslug}@{domain}",
                    "head_position": f"Chủ tịch UBND {kind}",
                },
            )
            g.contacts(agency, COMMUNE_CONTACTS[: 2 + j % 2], f"{cslug}.{dslug}")
    return directory
