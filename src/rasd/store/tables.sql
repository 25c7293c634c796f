-- The rasd store (DuckDB): one table per layer of the analysis record, plus the
-- raw bytes, where each document was found, and the sources that failed.
-- Layer tables mirror rasd.model field for field (a test keeps them in step).

-- version: the table layout (rasd.store/N); schema: the record the rows follow.
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- The bytes as read, once per distinct content; a feed's posts share one row.
CREATE TABLE IF NOT EXISTS raw (
    sha256     VARCHAR PRIMARY KEY,
    size       BIGINT NOT NULL,
    bytes      BLOB NOT NULL,
    first_seen TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
    id          VARCHAR PRIMARY KEY,   -- sha256 of text
    source      VARCHAR NOT NULL,
    title       VARCHAR,
    published   DATE,
    language    VARCHAR,
    text        VARCHAR NOT NULL,
    author      VARCHAR,
    reader      VARCHAR,
    raw_sha256  VARCHAR,
    warnings    VARCHAR[] NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    analysed_by VARCHAR              -- rasd version and stages, to find records to redo
);

-- Every place a document was found (the same text under two names is one document),
-- with the title and date that copy gave, which may differ from the first copy's.
CREATE TABLE IF NOT EXISTS origins (
    document   VARCHAR NOT NULL,
    location   VARCHAR NOT NULL,
    raw_sha256 VARCHAR,
    title      VARCHAR,
    published  DATE,
    PRIMARY KEY (document, location)
);

CREATE TABLE IF NOT EXISTS times (
    document VARCHAR NOT NULL,
    seq      INTEGER NOT NULL,    -- order within the record
    id       VARCHAR NOT NULL,
    "start"  INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    type     VARCHAR NOT NULL,
    value    VARCHAR,
    anchor   VARCHAR,
    weekday  VARCHAR,
    PRIMARY KEY (document, id)
);

-- Entities are shared by every document; document_entities says which records list them.
CREATE TABLE IF NOT EXISTS entities (
    id       VARCHAR PRIMARY KEY,
    name_ar  VARCHAR,
    name_en  VARCHAR,
    type     VARCHAR NOT NULL,
    wikidata VARCHAR,
    aliases  VARCHAR[] NOT NULL,
    lat      DOUBLE,
    lon      DOUBLE
);

CREATE TABLE IF NOT EXISTS document_entities (
    document VARCHAR NOT NULL,
    seq      INTEGER NOT NULL,
    entity   VARCHAR NOT NULL,
    PRIMARY KEY (document, seq)
);

CREATE TABLE IF NOT EXISTS mentions (
    document VARCHAR NOT NULL,
    seq      INTEGER NOT NULL,    -- order within the record
    id       VARCHAR NOT NULL,
    "start"  INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    type     VARCHAR NOT NULL,
    entity   VARCHAR,
    PRIMARY KEY (document, id)
);

-- Events as rasd.analysis/2 gives them; rasd.store/1 files are upgraded by migrate.py.
CREATE TABLE IF NOT EXISTS events (
    document      VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,    -- order within the record
    id            VARCHAR NOT NULL,
    type          VARCHAR NOT NULL,    -- PLOVER type
    mode          VARCHAR,
    trigger       STRUCT("start" INTEGER, "end" INTEGER, text VARCHAR) NOT NULL,
    source        VARCHAR[] NOT NULL,  -- entity ids
    target        VARCHAR[] NOT NULL,
    location      VARCHAR,
    time          VARCHAR,
    date          VARCHAR,             -- TIMEX3 value
    date_from     VARCHAR,             -- clause | narrative
    modality      VARCHAR NOT NULL,
    attributed_to VARCHAR,             -- author | entity id | NULL: an unnamed speaker
    cue           STRUCT("start" INTEGER, "end" INTEGER, text VARCHAR),
    evidence      STRUCT("start" INTEGER, "end" INTEGER)[] NOT NULL,
    confidence    DOUBLE NOT NULL,
    PRIMARY KEY (document, id)
);

CREATE TABLE IF NOT EXISTS findings (
    document VARCHAR NOT NULL,
    seq      INTEGER NOT NULL,
    kind     VARCHAR NOT NULL,
    spans    INTEGER[][] NOT NULL,
    message  VARCHAR NOT NULL,
    PRIMARY KEY (document, seq)
);

-- Sources (files, URLs, feed entries) that gave no document, with the reason.
-- A later success for the same location removes its row.
CREATE TABLE IF NOT EXISTS failures (
    location   VARCHAR PRIMARY KEY,
    stage      VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    message    VARCHAR NOT NULL,
    raw_sha256 VARCHAR,
    first_seen TIMESTAMP NOT NULL
);

-- Text reuse (rasd.reuse, docs/reuse.md). Each document once checked for reuse has a
-- number and its index keys (sampled hashes of its 5-word shingles), so a new
-- document is matched against the stored ones without recomputing them.
CREATE TABLE IF NOT EXISTS reuse_documents (
    n        INTEGER PRIMARY KEY,  -- dense number: keeps reuse_keys rows small
    document VARCHAR NOT NULL,
    words    INTEGER NOT NULL,
    keys     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS reuse_keys (
    key BIGINT NOT NULL,
    n   INTEGER NOT NULL
);

-- "copy" reuses passages of "source"; basis: published | dateline | credit | unknown.
CREATE TABLE IF NOT EXISTS reuse (
    source   VARCHAR NOT NULL,
    "copy"   VARCHAR NOT NULL,
    basis    VARCHAR NOT NULL,
    share    DOUBLE NOT NULL,      -- part of the copy's words the passages cover
    passages STRUCT(source_start INTEGER, source_end INTEGER,
                    copy_start INTEGER, copy_end INTEGER)[] NOT NULL,
    PRIMARY KEY (source, "copy")
);
