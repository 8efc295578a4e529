"""Serve one bench target with waitress: `hello PORT` or `portal PORT DIR CACHE`."""

import sys

import waitress

WAITRESS = {"threads": 4, "connection_limit": 200, "_quiet": True, "ident": "cong-bench"}


def portal_app(directory, cache):
    from portal import main

    settings = {
        "zodbconn.uri": f"file://{directory}/Data.fs?blobstorage_dir={directory}/blobs",
        "retry.attempts": "3",
        "tm.manager_hook": "pyramid_tm.explicit_manager",
        "portal.title": "Cổng thông tin điện tử tỉnh Hòa Bình Xanh",
        "portal.session_secret": "bench-secret",
        "portal.mailer": "testing",
        "portal.upload_max_bytes": str(2 * 1024 * 1024),
        "portal.page_cache": cache,
        "pyramid.default_locale_name": "vi",
    }
    return main({}, **settings)


def run(argv):
    import logging

    logging.getLogger("waitress.queue").setLevel(
        logging.ERROR
    )  # wrk keeps the queue busy on purpose
    kind, port = argv[1], int(argv[2])
    if kind == "hello":
        from hello import make_app

        app = make_app()
    else:
        app = portal_app(argv[3], argv[4])
    waitress.serve(app, host="127.0.0.1", port=port, **WAITRESS)


if __name__ == "__main__":
    run(sys.argv)
