"""Build the bench database: the demo site plus published news items made through the API."""

from datetime import date, timedelta

from serve import portal_app

from portal import content as api
from portal.demo import act_as, load_demo
from portal.resources import bootstrap_database, open_site

TOPICS = [
    "giao thông nông thôn",
    "thư điện tử công vụ",
    "tổ chức hội nghị",
    "thẻ bảo hiểm y tế",
    "đường tỉnh lộ",
    "chuyển đổi số",
    "mùa vụ lúa đông xuân",
    "phòng chống lụt bão",
]


def close(app):
    for db in app.registry._zodb_databases.values():
        db.close()


def add_news(registry, start, stop, batch=500):
    """Items `start`..`stop`-1 in /tin-tuc: bientap writes and submits, duyet publishes.

    One transaction per batch; returns the path of the first item made.
    """
    today = date.today()
    first = None
    for low in range(start, stop, batch):
        with open_site(registry) as (root, request):
            editor = root.principals.users["bientap"]
            reviewer = root.principals.users["duyet"]
            folder = root["tin-tuc"]
            for i in range(low, min(stop, low + batch)):
                topic = TOPICS[i % len(TOPICS)]
                values = {
                    "title": f"Bản tin {i}: {topic}",
                    "lead": f"Tóm tắt bản tin số {i} về {topic}.",
                    "body": f"<p>Nội dung bản tin số {i}: {topic} của tỉnh Hòa Bình Xanh.</p>",
                    "source": "",
                    "publication_date": today - timedelta(days=i % 900),
                }
                act_as(request, editor)
                item = api.create(request, folder, "NewsItem", values)
                api.transition(request, item, "submit")
                act_as(request, reviewer)
                api.transition(request, item, "publish")
                first = first or f"/tin-tuc/{item.__name__}"
            act_as(request, None)
    return first


def build(directory, extra=2_000):
    """Demo site + `extra` news items in `directory`; return one published item's path."""
    app = portal_app(directory, "true")
    registry = app.registry
    bootstrap_database(registry)
    with open_site(registry) as (root, request):
        load_demo(request, root, intranet=False)  # bench/intranet.py builds its own offices
    sample = add_news(registry, 0, extra)
    close(app)
    return sample


def extend(directory, start, stop):
    """Add items `start`..`stop`-1 to an already-built database (for the catalog bench)."""
    app = portal_app(directory, "true")
    add_news(app.registry, start, stop)
    close(app)
