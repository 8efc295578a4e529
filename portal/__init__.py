"""Cổng: the Pyramid application. `main()` reads as the list of its features."""

from pyramid.config import Configurator

from .resources import bootstrap_database, root_factory


def main(global_config, **settings):
    with Configurator(settings=settings, root_factory=root_factory) as config:
        config.include("pyramid_chameleon")
        config.include("pyramid_tm")
        config.include("pyramid_retry")
        config.include("pyramid_zodbconn")
        config.include(".mail")
        config.include(".i18n")
        config.include(".security")
        config.include(".types")
        config.include(".catalog")
        config.include(".cache")
        config.include(".directory")
        config.include(".services")
        config.include(".intranet")
        config.include(".views")
    app = config.make_wsgi_app()
    bootstrap_database(app.registry)
    return app
