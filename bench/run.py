"""`make bench`: the portal's pages against a bare Pyramid hello-world, in one run.

Every server is waitress with the same settings, each in its own process, loaded
by wrk from another process over loopback. Figures are printed as a share of the
hello-world measured in the same run (the mean of one measure at the start and one
at the end), because these machines are noisy and absolute numbers do not compare.
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
WARMUP = 2
CONNECTIONS, THREADS = 8, 2
# served database: the demo plus these; a province-sized news store by default
EXTRA_NEWS = int(os.environ.get("BENCH_NEWS", "20000"))
CATALOG_NEWS = 20_000  # catalog micro-benchmark: at least this many news items
TARGETS = {
    "news item": {"cached": 35, "uncached": 15},
    "directory tree": {"cached": 25},
    "directory search": {"cached": 25},
    # logged-in pages of the intranet (bench/intranet.py): "cached" is the user's own copy
    # (portal.cache.private_page), "uncached" renders every request
    "intranet inbox": {"cached": 10, "uncached": 10},
    "outgoing register": {"cached": 10, "uncached": 10},
}
COLD_START_TARGET, RSS_TARGET = 2.0, 200


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_of(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


class Server:
    """One waitress process; `started` is seconds from launch to the first 200 on /."""

    def __init__(self, *args, timeout=60):
        self.port = free_port()
        launched = time.perf_counter()
        command = [sys.executable, str(HERE / "serve.py"), args[0], str(self.port), *args[1:]]
        self.proc = subprocess.Popen(command, cwd=HERE)
        self.url = f"http://127.0.0.1:{self.port}"
        while True:
            try:
                if status_of(self.port, "/") == 200:
                    break
            except OSError:
                pass
            if self.proc.poll() is not None or time.perf_counter() - launched > timeout:
                self.stop()
                raise RuntimeError(f"{args[0]} server did not answer 200 on /")
            time.sleep(0.005)
        self.started = time.perf_counter() - launched

    def rss_mb(self):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def to_ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, script=None):
    """wrk after a warm-up: requests/s, p50 and p99 in ms, and non-2xx/3xx answers.

    `script`: a wrk Lua file setting the request (method, body, headers)."""
    extra = ["-s", script] if script else []
    warm = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{WARMUP}s", *extra, url]
    subprocess.run(warm, capture_output=True, check=True)
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", *extra, url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        "p99": to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def line(page, mode, result, reference, target=None, note=""):
    share = 100 * result["rps"] / reference
    goal = f"≥{target}%" if target else "—"
    if target:
        goal += "  ok" if share >= target else "  BELOW"
    if result.get("errors"):
        note += f"  ({result['errors']} non-2xx/3xx answers!)"
    note += result.get("note", "")
    return (
        f"{page:<24} {mode:<9} {result['rps']:>8.0f} {result['p50']:>8.2f} {result['p99']:>8.2f}"
        f" {share:>9.1f}%  {goal}{note}"
    )


def serve_and_load(directory, pages, posts=(), extras=()):
    """Hello-world, the portal cached, the portal uncached, hello-world again.

    `pages`: (name, path) pairs, or (name, prepare) where `prepare(port)` gives the
    path and a wrk Lua script (a logged-in GET: its session cookie), checking the page
    itself. `posts`: (name, prepare) pairs measured once, on the cached server (the
    page cache never answers a POST). `extras`: (name, run) pairs run once on the
    cached server after the rest; `run(port)` measures by itself and returns a result
    (rps, p50, p99, errors and a note) for the report."""
    hello = Server("hello")
    reference = [wrk(hello.url + "/")]
    hello.stop()
    results, memory, starts = [], {}, {}
    for mode, cache in (("cached", "true"), ("uncached", "false")):
        portal = Server("portal", directory, cache)
        starts[mode] = portal.started
        try:
            for page, path in pages:
                script = None
                if callable(path):
                    path, script = path(portal.port)
                else:
                    status = status_of(portal.port, path)
                    if status != 200:
                        raise RuntimeError(f"{path} answers {status}, not 200")
                results.append((page, mode, wrk(portal.url + path, script)))
            if mode == "cached":
                for page, prepare in posts:
                    path, script = prepare(portal.port)
                    results.append((page, "POST", wrk(portal.url + path, script)))
                for page, run in extras:
                    results.append((page, "POST", run(portal.port)))
            memory[mode] = portal.rss_mb()
        finally:
            portal.stop()
    hello = Server("hello")
    reference.append(wrk(hello.url + "/"))
    hello.stop()
    return reference, results, memory, starts


def report(reference, results, memory, starts):
    mean = sum(r["rps"] for r in reference) / len(reference)
    print(
        f"\nwrk -t{THREADS} -c{CONNECTIONS} -d{SECONDS}s --latency after {WARMUP} s warm-up;"
        " waitress threads=4, every server in its own process;"
        " uncached = portal.page_cache false (no page or per-user copies; fragments still cached)"
    )
    print(
        f"{'URL':<24} {'mode':<9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
        f" {'% of hello':>10}  target"
    )
    note = f"  (start {reference[0]['rps']:.0f}, end {reference[1]['rps']:.0f} req/s)"
    both = {k: sum(r[k] for r in reference) / len(reference) for k in ("rps", "p50", "p99")}
    print(line("hello-world (mean)", "—", both, mean, note=note))
    for page, mode, result in results:
        print(line(page, mode, result, mean, TARGETS.get(page, {}).get(mode)))
    print()
    for mode, seconds in starts.items():
        verdict = "ok" if seconds < COLD_START_TARGET else "ABOVE"
        print(
            f"cold start, {mode} server (launch → first 200 on /): {seconds:.2f} s"
            f"  (target < {COLD_START_TARGET:.0f} s: {verdict})"
        )
    for mode, mb in memory.items():
        verdict = "ok" if mb < RSS_TARGET else "ABOVE"
        print(
            f"resident memory (VmRSS) of the {mode} server after its load: {mb:.0f} MB"
            f"  (target < {RSS_TARGET} MB: {verdict})"
        )


def catalog_report(directory):
    from build import extend
    from catalog_sort import measure

    started = time.perf_counter()
    total = max(EXTRA_NEWS, CATALOG_NEWS + 100)
    extend(directory, EXTRA_NEWS, total)
    grown = total - EXTRA_NEWS
    print(
        f"\ncatalog: {total} extra news items in all"
        f" ({grown} added for this measure in {time.perf_counter() - started:.1f} s)"
    )
    count, timings = measure(directory)
    print(f"newest 20 of {count} published news items in /tin-tuc, Anonymous, ms per query:")
    for name, ms in timings.items():
        print(f"  {ms:>9.3f} ms  {name}")


def main():
    if shutil.which("wrk") is None:
        print(
            "make bench needs wrk (Debian: apt-get install -y wrk); it is not installed.",
            file=sys.stderr,
        )
        return 1
    total = time.perf_counter()
    directory = tempfile.mkdtemp(prefix="cong-bench-")
    try:
        from build import build
        from intranet import (
            INBOX_DOCS,
            NUMBERING_DOCS,
            REGISTER_DOCS,
            build_intranet,
            inbox_page,
            numbering,
            register_page,
        )
        from services import LIST_PAGE, PROCEDURES, TRACKING_PAGE, build_services, tracking_post

        started = time.perf_counter()
        news_path = build(directory, extra=EXTRA_NEWS)
        code = build_services(directory)
        intranet = build_intranet(directory)
        print(
            f"database: demo site + {EXTRA_NEWS} published news items"
            f" + {PROCEDURES} published procedures + in {intranet['office']}:"
            f" {INBOX_DOCS} drafts awaiting one unit head, {REGISTER_DOCS} documents"
            f" registered in {intranet['year']}, {NUMBERING_DOCS} signed awaiting their"
            f" number; built in {time.perf_counter() - started:.1f} s;"
            f" news item measured: {news_path}; tracked application: {code}"
        )
        pages = [
            ("home page", "/"),
            ("news item", news_path),
            ("search thu dien tu", "/tim-kiem?q=thu+dien+tu"),
            ("news folder (large)", "/tin-tuc/"),
            ("directory tree", "/danh-ba/"),
            ("directory search", "/danh-ba/?q=tan+phu"),
            ("directory print list", "/danh-ba/@@in"),
            LIST_PAGE,
            inbox_page(directory),
            register_page(directory, intranet),
        ]
        posts = [(TRACKING_PAGE, lambda port: tracking_post(port, code, directory))]
        extras = [numbering(intranet)]
        report(*serve_and_load(directory, pages, posts, extras))
        catalog_report(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    print(f"\nbench finished in {time.perf_counter() - total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
