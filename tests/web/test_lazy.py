"""The web stack loads only for ``rasd serve``: ``import rasd``, the CLI and ingest's
hand-off client (``rasd.web.client``) never import it."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("fastapi", "starlette", "uvicorn", "jinja2", "multipart")


def test_rasd_and_its_cli_do_not_import_the_web_stack():
    code = ("import sys, rasd, rasd.cli.main, rasd.cli.ingest, rasd.web.client;"
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
