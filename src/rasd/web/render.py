"""Pages from Jinja templates, with every value escaped by the template engine.

Autoescaping is on for every template, and nothing marks a value as safe: a
document's text, title or names reach the page only as escaped text or attribute
values. Each page gets the language's words (``t``), its direction, the CSRF token
for its forms and helpers that name entities in the page's language.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from rasd.web import i18n, security


@cache
def environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("rasd.web", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)
    return env


def language(request: Request) -> str:
    return i18n.choose(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE),
                       request.headers.get("accept-language"))


def name_of(entity: dict[str, Any] | None, lang: str, fallback: str = "") -> str:
    """An entity's name in the page's language, else in the other, else its id."""
    if not entity:
        return fallback
    first, second = ("name_ar", "name_en") if lang == "ar" else ("name_en", "name_ar")
    return entity.get(first) or entity.get(second) or entity.get("id") or fallback


def page(request: Request, template: str, status_code: int = 200, **context: Any,
         ) -> HTMLResponse:
    """A page in the request's language; ``?lang=`` is remembered in a cookie."""
    lang = language(request)
    t = i18n.translator(lang)
    html = environment().get_template(template).render(
        request=request, lang=lang, dir=i18n.DIRECTION[lang], t=t,
        other=next(code for code in i18n.LANGUAGES if code != lang),
        csrf=security.csrf_token(request), url=str(request.url.path),
        query=dict(request.query_params), **context)
    response = HTMLResponse(html, status_code=status_code)
    if request.query_params.get("lang") in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, lang, samesite="strict")
    return response
