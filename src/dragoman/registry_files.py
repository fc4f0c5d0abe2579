"""Reading registry files: the built-in TSV tables and user files in YAML or CSV.

The built-in tables are ``dragoman/data/{countries,organisations,groups,people,offices,sector_nouns,
given_names}.tsv``; each documents its columns and sources in its header.

User registry files (YAML or CSV)
---------------------------------
A YAML file holds a list of entries (or a mapping with an ``entries`` list); a CSV file has one entry
per row, a header naming the columns, and ``|`` between the items of list-valued columns::

    - kind: person                 # country | organisation | group | person
      name: Jane Doe               # canonical name (entity_name)
      aliases: [Doe, J. Doe]
      code: CHL                    # ISO alpha-3 or a PLOVER code (IGO, UNO, EUR, NGO, IMG, ...)
      sector: GOV
      office: foreign minister     # persons: the office as written
      role: foreign minister       # persons: the canonical office (offices.tsv), default = office
      start: 2024-03-01            # persons: first day in office
      end: null                    # persons: first day out of office (empty: in office)
      gender: f
      wikidata: Q123
    - kind: group
      name: Example Front
      aliases: [EF]
      code: XYZ
      sector: REB
      other_sectors: [PTY]
      in_government: ["2021-08-15.."]   # groups: periods START..END in which it held a government

Countries also take ``adjectives``, ``people``, ``seats`` (``"Kremlin:GOV"``) and ``regions``
(``"Darfur"``: the country of the actors it qualifies or locates, never an actor); organisations and
groups take ``adjectives`` ("European" for the European Union). A user entry
replaces the built-in entry of the same kind and name (for a person: all of its terms; several rows of
one person in one file are its terms). A malformed file raises :class:`~dragoman.errors.ConfigError`.

Dates are ``YYYY-MM-DD``; a person's ``end`` is the first day out of office. A user file is validated
when it is loaded, so a bad file fails at once and names itself.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError, ModelError
from .schema import INTERNATIONAL_CODES, SECTORS

__all__ = [
    "KINDS",
    "LIST_SEP",
    "Row",
    "builtin_rows",
    "cell_date",
    "cell_list",
    "cell_text",
    "check_codes",
    "parse_tsv",
    "read_user_file",
]

KINDS = ("country", "organisation", "group", "person")
Row = dict[str, Any]
LIST_SEP = "|"

_BUILTIN = (
    ("countries.tsv", "country"),
    ("organisations.tsv", "organisation"),
    ("groups.tsv", "group"),
    ("people.tsv", "person"),
    ("offices.tsv", "office"),
    ("sector_nouns.tsv", "sector_noun"),
    ("given_names.tsv", "given_name"),
)


def parse_tsv(text: str, kind: str, origin: str) -> list[Row]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ModelError(f"{origin}: data line {n} has {len(cells)} columns, expected {len(header)}")
        rows.append({"kind": kind, "_origin": origin, **dict(zip(header, cells, strict=True))})
    return rows


@lru_cache(maxsize=1)
def builtin_rows() -> tuple[Row, ...]:
    rows: list[Row] = []
    data = resources.files("dragoman") / "data"
    for filename, kind in _BUILTIN:
        try:
            text = (data / filename).read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelError(f"registry data file {filename} cannot be read: {exc}") from exc
        rows.extend(parse_tsv(text, kind, filename))
    return tuple(rows)


def read_user_file(path: Path) -> list[Row]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read registry file: {exc}") from exc
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        raw = _load_yaml(path, text)
    elif suffix == ".csv":
        raw = list(csv.DictReader(io.StringIO(text)))
    else:
        raise ConfigError(f"{path}: registry files must be .yaml, .yml or .csv")
    rows = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, Mapping):
            raise ConfigError(f"{path}: entry {n} is not a mapping")
        row: Row = {str(k).strip(): v for k, v in item.items() if k is not None}
        kind = str(row.get("kind") or "").strip() or "person"
        if kind not in KINDS:
            raise ConfigError(f"{path}: entry {n}: kind {kind!r} is not one of {', '.join(KINDS)}")
        rows.append({**row, "kind": kind, "_origin": f"{path}: entry {n}", "_user": True})
    return rows


def _load_yaml(path: Path, text: str) -> list[Any]:
    import yaml

    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
    if raw is None:
        return []
    if isinstance(raw, Mapping):
        raw = raw.get("entries")
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: expected a list of entries (or a mapping with an 'entries' list)")
    return raw


# -- cells -------------------------------------------------------------------------------------------


def check_codes(where: str, name: str, code: str | None, sectors: Sequence[str | None]) -> None:
    if code is not None and not (len(code) == 3 and code.isupper()) and code not in INTERNATIONAL_CODES:
        raise ConfigError(f"{where}: {name}: code {code!r} is not an ISO alpha-3 or PLOVER code")
    for sector in sectors:
        if sector and sector not in SECTORS:
            raise ConfigError(f"{where}: {name}: unknown PLOVER sector {sector!r}")


def cell_text(row: Row, key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def cell_list(row: Row, key: str) -> list[str]:
    value = row.get(key)
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(LIST_SEP)
    return [str(v).strip() for v in items if str(v).strip()]


def cell_date(row: Row, key: str, where: str) -> date | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ConfigError(f"{where}: {row.get('name')}: {key} {value!r} is not a YYYY-MM-DD date") from exc
