"""The Arrow schema of the output, loaded from ``schemas/article.vN.json`` (data, versioned)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import pyarrow as pa

SCHEMA_VERSION = 2
_SCALARS = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "timestamp[us, UTC]": pa.timestamp("us", tz="UTC"),
}


def _type(spec) -> pa.DataType:
    if isinstance(spec, str):
        return _SCALARS[spec]
    if "list" in spec:
        return pa.list_(_type(spec["list"]))
    if "struct" in spec:
        return pa.struct([_field(f) for f in spec["struct"]])
    raise ValueError(f"unknown type spec {spec!r}")


def _field(spec: dict) -> pa.Field:
    meta = {"doc": spec["doc"]} if spec.get("doc") else None
    return pa.field(spec["name"], _type(spec["type"]), nullable=spec.get("nullable", True), metadata=meta)


@cache
def spec(version: int = SCHEMA_VERSION) -> dict:
    path = resources.files("newsetl") / "schemas" / f"article.v{version}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def article_schema(version: int = SCHEMA_VERSION) -> pa.Schema:
    s = spec(version)
    return pa.schema(
        [_field(f) for f in s["fields"]],
        metadata={"newsetl.schema": s["name"], "newsetl.schema_version": str(s["version"])},
    )


def column_names(version: int = SCHEMA_VERSION) -> list[str]:
    return [f["name"] for f in spec(version)["fields"]]


def _list_paths(schema: pa.Schema) -> list[tuple[str, tuple[str, ...]]]:
    """(column, nested list fields) for every list column: where pyarrow would take a str as a list."""
    paths = []
    for f in schema:
        if pa.types.is_list(f.type):
            item = f.type.value_type
            nested = tuple(s.name for s in item) if pa.types.is_struct(item) else ()
            paths.append((f.name, tuple(n for n in nested if pa.types.is_list(item.field(n).type))))
    return paths


_CHECKS: dict[int, tuple[pa.Schema, list[tuple[str, tuple[str, ...]]]]] = {}


def _checks(schema: pa.Schema) -> list[tuple[str, tuple[str, ...]]]:
    """The list paths of ``schema``, cached by identity: hashing a pa.Schema costs ~40 µs, more than the check."""
    hit = _CHECKS.get(id(schema))
    if hit is None or hit[0] is not schema:  # the entry holds the schema, so its id is not reused while cached
        hit = _CHECKS[id(schema)] = (schema, _list_paths(schema))
    return hit[1]


def check_lists(row: dict, schema: pa.Schema) -> None:
    """Raise TypeError where a list column holds a str or bytes.

    pyarrow encodes ``"abc"`` for a ``list<string>`` as ``["a", "b", "c"]`` without a word; a
    mistyped row must become a dead letter, not a silently wrong Parquet value.
    """
    for name, nested in _checks(schema):
        value = row.get(name)
        if isinstance(value, (str, bytes)):
            raise TypeError(f"column {name!r} is a list but the row holds a {type(value).__name__}")
        if nested and value:
            for i, item in enumerate(value):
                for sub in nested:
                    if isinstance(item.get(sub) if isinstance(item, dict) else None, (str, bytes)):
                        raise TypeError(f"{name}[{i}].{sub} is a list but the row holds a str")


def to_table(rows: list[dict], schema: pa.Schema) -> tuple[pa.Table | None, list[dict], list[tuple[dict, Exception]]]:
    """Rows -> (one Table of the rows Arrow accepts, those rows, [(refused row, why)]).

    The whole batch is encoded at once; only when that fails are the rows tried one by one, so a
    row Arrow refuses (lone surrogate, int32 overflow, wrong type) costs its batch nothing but itself.
    The Table is None when no row was accepted.
    """
    if not rows:
        return None, [], []
    try:
        for row in rows:
            check_lists(row, schema)
        return pa.Table.from_pylist(rows, schema=schema), rows, []
    except Exception:
        pass
    good, refused = [], []
    for row in rows:
        try:
            check_lists(row, schema)
            pa.Table.from_pylist([row], schema=schema)
            good.append(row)
        except Exception as exc:
            refused.append((row, exc))
    # Encoded again as one contiguous batch: one record batch per Parquet row group, as on the fast path.
    return (pa.Table.from_pylist(good, schema=schema) if good else None), good, refused
