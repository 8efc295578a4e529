"""`make bench`: the portal's pages against a bare Pyramid hello-world, in one run.

Both are served by waitress with the same settings, each in its own process,
and loaded by wrk from another process over loopback. Every figure is printed
beside the hello-world measured in the same run, because these machines are
noisy; absolute numbers from different runs do not compare.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DURATION = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS, THREADS = 8, 2
NEWS = int(os.environ.get("BENCH_NEWS", "20000"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=60):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except OSError:
            time.sleep(0.01)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


class Server:
    def __init__(self, *args):
        self.port = free_port()
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "serve.py"), args[0], str(self.port), *args[1:]],
            cwd=HERE,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_seconds = wait_for(self.url + "/")

    def rss_mb(self):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def to_ms(text):
    value, unit = float(re.match(r"[\d.]+", text).group()), re.sub(r"[\d.]+", "", text)
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, seconds=DURATION):
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", url], capture_output=True, check=True)
    out = subprocess.run(
        ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(errors.group(1)) if errors else 0}


def catalog_sort_bench(directory):
    """ms per newest-first query over the whole news store: catalog vs Python sort."""
    from serve import portal_app

    from portal.catalog import queries
    from portal.resources import open_site

    app = portal_app(directory, "true")
    with open_site(app.registry) as (root, request):
        request.environ["portal.principals"] = frozenset(["system.Everyone"])
        count = len(root["tin-tuc"])
        queries.recent(request, types=("NewsItem",), limit=20)
        n = 50
        start = time.perf_counter()
        for _ in range(n):
            top = queries.recent(request, types=("NewsItem",), limit=20)
        catalog_ms = (time.perf_counter() - start) * 1000 / n
        objs = list(root["tin-tuc"]._children.values())  # warm the objects first
        start = time.perf_counter()
        for _ in range(3):
            naive = sorted(
                objs, key=lambda o: o.publication_date or o.created.date(), reverse=True
            )[:20]
        python_ms = (time.perf_counter() - start) * 1000 / 3
        assert {o.publication_date for o in top} <= {o.publication_date for o in naive[:20]} | {
            None
        }
    for db in app.registry._zodb_databases.values():
        db.close()
    return count, catalog_ms, python_ms


def row(name, mode, result, reference, target=None):
    ratio = 100 * result["rps"] / reference
    goal = f"≥{target}%" if target else ""
    verdict = ("ok" if ratio >= target else "BELOW") if target else ""
    return (
        f"{name:<28} {mode:<9} {result['rps']:>9.0f} {result['p50']:>8.2f} {result['p99']:>8.2f} "
        f"{ratio:>7.1f}% {goal:>6} {verdict}"
        + (f"  ({result['non2xx']} non-2xx)" if result["non2xx"] else "")
    )


def main():
    if shutil.which("wrk") is None:
        print("wrk is missing: apt-get install wrk", file=sys.stderr)
        return 1
    directory = tempfile.mkdtemp(prefix="cong-bench-")
    try:
        from build import build

        started = time.perf_counter()
        news_path = build(directory, extra=NEWS)
        print(f"database: demo + {NEWS} news items, built in {time.perf_counter() - started:.1f} s")
        pages = [
            ("home page", "/", None),
            ("news item", news_path, (35, 15)),
            ("search 'thu dien tu'", "/tim-kiem?q=thu+dien+tu", None),
            ("news folder (large)", "/tin-tuc/", None),
        ]
        hello = Server("hello")
        reference = [wrk(hello.url + "/")]
        hello.stop()
        results, rss, starts = [], {}, {}
        for mode, cache in (("cached", "true"), ("uncached", "false")):
            portal = Server("portal", directory, cache)
            starts[mode] = portal.start_seconds
            for name, path, targets in pages:
                target = targets[0 if mode == "cached" else 1] if targets else None
                results.append((name, mode, wrk(portal.url + path), target))
            rss[mode] = portal.rss_mb()
            portal.stop()
        hello = Server("hello")
        reference.append(wrk(hello.url + "/"))
        hello.stop()
        ref = sum(r["rps"] for r in reference) / len(reference)
        print(
            f"\nwrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s; waitress threads=4 for every server"
        )
        print(
            f"{'page':<28} {'mode':<9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of hello':>8} {'target':>6}"
        )
        print(
            row("hello-world (reference)", "", {**reference[0], "rps": ref}, ref)
            + f"  [start {reference[0]['rps']:.0f}, end {reference[1]['rps']:.0f}]"
        )
        for name, mode, result, target in results:
            print(row(name, mode, result, ref, target))
        print(f"\ncold start (launch → first 200 on /): {starts['uncached']:.2f} s (target < 2 s)")
        for mode, value in rss.items():
            print(f"resident memory after the {mode} run: {value:.0f} MB (target < 200 MB)")
        count, catalog_ms, python_ms = catalog_sort_bench(directory)
        print(
            f"newest 20 of {count} news items: catalog {catalog_ms:.2f} ms/query, "
            f"Python sort of all objects {python_ms:.1f} ms/query"
        )
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
