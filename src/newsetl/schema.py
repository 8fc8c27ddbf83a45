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


@cache
def _checks(schema: pa.Schema) -> list[tuple[str, tuple[str, ...]]]:
    return _list_paths(schema)


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
