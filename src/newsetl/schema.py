"""The Arrow schema of the output, loaded from ``schemas/article.vN.json`` (data, versioned)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import pyarrow as pa

SCHEMA_VERSION = 1
_SCALARS = {
    "string": pa.string(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
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
