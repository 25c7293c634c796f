"""The web UI (``rasd serve``): the record made visible over the store.

``app.py`` makes the FastAPI application; ``database.py`` is the server's one
connection to the store; ``security.py`` the headers, token and CSRF checks;
``routes/`` one module per page kind, each with its JSON API; ``markup.py``,
``periods.py``, ``matching.py`` and ``layout.py`` turn records into what pages draw;
``i18n.py`` and ``strings.tsv`` the interface in Arabic and English.
Imported only by ``rasd serve``: ``import rasd`` and ``rasd analyze`` never load it.
"""
