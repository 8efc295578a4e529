"""Build the bench database: the demo site plus thousands of published news items."""

from datetime import date, timedelta

from serve import portal_app

from portal import content as api
from portal.demo import act_as, load_demo
from portal.resources import open_site

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


def build(directory, extra=20_000, batch=2_000):
    """Create the database in `directory`; return the path of one published news item."""
    app = portal_app(directory, "true")
    registry = app.registry
    with open_site(registry) as (root, request):
        load_demo(request, root)
    today = date.today()
    sample = None
    for start in range(0, extra, batch):
        with open_site(registry) as (root, request):
            act_as(request, root.principals.users["admin"])
            folder = root["tin-tuc"]
            for i in range(start, min(extra, start + batch)):
                topic = TOPICS[i % len(TOPICS)]
                item = api.create(
                    request,
                    folder,
                    "NewsItem",
                    {
                        "title": f"Bản tin {i}: {topic}",
                        "lead": f"Tóm tắt bản tin số {i} về {topic}.",
                        "body": f"<p>Nội dung bản tin số {i}: {topic} của tỉnh Hòa Bình Xanh.</p>",
                        "publication_date": today - timedelta(days=i % 900),
                    },
                )
                api.transition(request, item, "publish")
                sample = sample or f"/tin-tuc/{item.__name__}/"
    for db in registry._zodb_databases.values():
        db.close()
    return sample
