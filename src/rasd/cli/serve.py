"""``rasd serve``: the web UI over the store (imports the web stack only when run)."""

from __future__ import annotations

import click

from rasd.cli import options


@click.command()
@options.db
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback needs a token.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--token", metavar="TOKEN", envvar="RASD_TOKEN",
              help="Token a browser must give when the server listens beyond loopback "
                   "(default: a new one, printed; $RASD_TOKEN).")
@click.option("--max-upload", type=options.Size(), default="8M", show_default=True,
              help="Largest file or text accepted by the ingest page.")
def serve(db_path, host, port, token, max_upload):
    """Serve the web UI: the reader, timeline, map, actor network, search and entity
    pages over the database, with a JSON API (/api/..., /openapi.json).

    Listens on loopback by default. Bound to another address it wants a token,
    given once as /?token=TOKEN or as an Authorization: Bearer header. While it runs,
    the server is the database's one writer: rasd ingest hands it the documents.
    """
    try:
        import uvicorn
    except ImportError:
        raise click.UsageError("the web UI needs its extra: pip install 'rasd[web]'") from None

    from rasd.store import Store
    from rasd.web import app, security

    Store(db_path).close()  # a missing folder or a store in use: said here, in one line

    if not security.is_loopback(host):
        token = token or security.new_token()
        click.echo(f"rasd: serving beyond loopback; token: {token}", err=True)
    else:
        token = None
    shown = f"[{host}]" if ":" in host else host
    if port == 0:
        port = _free_port(host)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}"
    application = app.create(app.Settings(db=db_path, token=token, max_upload=max_upload,
                                          url=url))
    click.echo(f"rasd: serving {db_path or 'the default database'} on http://{shown}:{port}/",
               err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _free_port(host: str) -> int:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


COMMANDS = (serve,)
