"""What keeps hostile documents and other sites from doing harm through the server.

- Every response carries a Content-Security-Policy that allows scripts, styles and
  images from the server alone and no inline script or style, so markup that slipped
  through escaping still could not run; with ``nosniff``, no framing, and no referrer
  sent to other sites.
- Bound to an address other than loopback, the server wants a token: as a bearer
  header, a cookie, or once as ``?token=`` (which sets the cookie and redirects to the
  same page without it).
- Every state-changing request (POST and the like) must come from the server's own
  pages: the Origin (or Referer) must be this host, and the CSRF token of the
  ``rasd_csrf`` cookie must come back in the ``X-CSRF-Token`` header or the form's
  ``csrf`` field (``check_csrf``, called by each such route after reading its form).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse, RedirectResponse, Response

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # no-referrer would make a form's Origin "null"
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
TOKEN_COOKIE = "rasd_token"
CSRF_COOKIE = "rasd_csrf"
SAFE = ("GET", "HEAD", "OPTIONS")


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` keeps the server on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard(BaseHTTPMiddleware):
    """Token, same-origin and headers for every request; see the module's docstring."""

    def __init__(self, app, token: str | None):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next) -> Response:
        if self.token is not None:
            given = request.query_params.get("token")
            if given is not None and _same(given, self.token):
                url = request.url.remove_query_params("token")
                here = "/" + url.path.lstrip("/")  # never //host: no redirect elsewhere
                response: Response = RedirectResponse(here + (
                    f"?{url.query}" if url.query else ""), status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return _headed(response)
            if not _authorised(request, self.token):
                return _headed(PlainTextResponse(
                    "rasd: a token is needed (the one rasd serve printed): open "
                    "/?token=TOKEN once, or send Authorization: Bearer TOKEN", status_code=401))
        if request.method not in SAFE and not _same_origin(request):
            return _headed(PlainTextResponse("rasd: cross-site request refused",
                                             status_code=403))
        response = await call_next(request)
        if CSRF_COOKIE not in request.cookies:
            response.set_cookie(CSRF_COOKIE, csrf_token(request), samesite="strict",
                                httponly=True)
        return _headed(response)


def csrf_token(request: Request) -> str:
    """The request's CSRF token: its cookie's, or a new one the response will set."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf", None)
    if token is None:
        token = request.state.csrf = secrets.token_urlsafe(24)
    return token


def check_csrf(request: Request, form_value: str | None = None) -> None:
    """Refuse (403) a state-changing request without the cookie's CSRF token."""
    cookie = request.cookies.get(CSRF_COOKIE)
    given = request.headers.get("x-csrf-token") or form_value
    if not cookie or not given or not _same(cookie, given):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def _authorised(request: Request, token: str) -> bool:
    bearer = request.headers.get("authorization", "")
    if bearer.lower().startswith("bearer ") and _same(bearer[7:].strip(), token):
        return True
    cookie = request.cookies.get(TOKEN_COOKIE)
    return cookie is not None and _same(cookie, token)


def _same_origin(request: Request) -> bool:
    """No Origin or Referer (a command-line client) passes; a browser's must be us."""
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if not claimed:
        return True
    return urlsplit(claimed).netloc == request.headers.get("host", "")


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _headed(response: Response) -> Response:
    for key, value in HEADERS.items():
        response.headers[key] = value
    return response
