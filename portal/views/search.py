"""The search page: ranked, paginated, only what the visitor may view."""

from pyramid.view import view_config

from content_types import Portal

from ..catalog import SearchError, queries
from ..i18n import translate
from .content import page_number

MAX_QUERY = 200


@view_config(
    context=Portal, name="tim-kiem", permission="view", renderer="portal:templates/search.pt"
)
def search_view(context, request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    result, error = None, None
    if query:
        try:
            result = queries.search(request, query, page=page_number(request), size=20)
        except SearchError as e:
            error = translate(request, e.args[0])
            request.response.status = 400
    return {
        "query": query,
        "result": result,
        "error": error,
        "page_title": translate(request, "Tìm kiếm"),
    }
