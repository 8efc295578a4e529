"""Profile anonymous uncached pages in-process: `python bench/profile.py [DIR] [PATH ...]`.

Builds the bench database in DIR when it holds none (kept for the next run), then
serves each PATH a few hundred times through the WSGI app with the page cache off,
under pyinstrument (`pip install pyinstrument`), and prints where the time goes.
"""

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PATHS = ["/", "/tin-tuc/ban-tin-0-giao-thong-nong-thon", "/tim-kiem?q=thu+dien+tu"]


def main(argv):
    from build import build
    from pyinstrument import Profiler
    from serve import portal_app
    from webtest import TestApp

    directory = argv[1] if len(argv) > 1 else tempfile.mkdtemp(prefix="cong-profile-")
    if not (Path(directory) / "Data.fs").exists():
        build(directory, extra=20_000)
    app = TestApp(portal_app(directory, "false"), extra_environ={"REMOTE_ADDR": "10.0.0.9"})
    for path in argv[2:] or PATHS:
        app.get(path, status=200)  # warm: objects, templates, fragments
        repeat, started = 0, time.perf_counter()
        profiler = Profiler(interval=0.0005)
        profiler.start()
        while time.perf_counter() - started < 5:
            app.get(path)
            repeat += 1
        profiler.stop()
        ms = (time.perf_counter() - started) * 1000 / repeat
        print(f"\n=== {path}: {ms:.2f} ms per request over {repeat} requests ===")
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main(sys.argv)
