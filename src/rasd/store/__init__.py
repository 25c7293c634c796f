"""The store: where analysed documents, their layers and failures are kept (DuckDB)."""

from rasd.store.duckdb import Store, default_path

__all__ = ["Store", "default_path"]
