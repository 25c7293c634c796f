"""Write src/rasd/schema/analysis-2.json from rasd.model (tests/test_schema.py checks it).

    python scripts/build_schema.py
"""

from __future__ import annotations

from pathlib import Path

from rasd import schema

TARGET = Path(__file__).resolve().parents[1] / "src" / "rasd" / "schema" / schema.FILE

if __name__ == "__main__":
    TARGET.write_text(schema.dumps(schema.build()), encoding="utf-8")
    print(f"wrote {TARGET}")
