"""Query parameters several routes read, checked with a message that names them."""

from __future__ import annotations

import datetime as dt
import re

from fastapi import HTTPException


def day(value: str | None, name: str) -> str | None:
    """A ``YYYY-MM-DD`` parameter that names a real day; empty is none."""
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise HTTPException(400, f"{name}: {value[:40]!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is no real day") from None
