"""Answers kept until the store changes: an upload is seen at once, a hand-off within
``cache.STALE`` seconds."""

from __future__ import annotations

from rasd.web import cache


def _mark_unseen(client, seen_at_once: bool) -> None:
    """A write as the server makes one, that adds a failure row (seen on /api/status)."""
    from rasd.errors import RasdError

    db = client.app.state.db
    with db.writing(seen_at_once=seen_at_once) as store:
        store.put_failure(f"x-{seen_at_once}", RasdError("x", "test"), "ingest")


def test_an_upload_is_seen_at_once(client):
    before = client.get("/api/status").json()["failures"]
    _mark_unseen(client, seen_at_once=True)
    assert client.get("/api/status").json()["failures"] == before + 1


def test_a_hand_off_is_seen_once_the_answer_is_stale(client, monkeypatch):
    before = client.get("/api/status").json()["failures"]
    _mark_unseen(client, seen_at_once=False)
    assert client.get("/api/status").json()["failures"] == before  # kept, not yet stale
    monkeypatch.setattr(cache, "STALE", 0.0)
    assert client.get("/api/status").json()["failures"] == before + 1


def test_pages_with_a_csrf_token_are_never_kept(client):
    first = client.get("/ingest").text
    client.cookies.clear()
    assert client.get("/ingest").text != first  # a new visitor, a new token
