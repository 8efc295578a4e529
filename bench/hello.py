"""The reference: a bare Pyramid hello-world, served like the portal."""

from pyramid.config import Configurator
from pyramid.response import Response


def hello(request):
    return Response("Xin chào")


def make_app():
    with Configurator() as config:
        config.add_route("hello", "/")
        config.add_view(hello, route_name="hello")
    return config.make_wsgi_app()
