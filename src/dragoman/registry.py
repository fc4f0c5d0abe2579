"""The actor registry: countries, organisations, groups and people, with the offices people held when.

The built-in registry is read from the TSV files in ``dragoman/data`` (``countries.tsv``,
``organisations.tsv``, ``groups.tsv``, ``people.tsv``, ``sector_nouns.tsv``, ``offices.tsv``; each
file's header documents its columns and sources). :meth:`Registry.load` merges user files over it.

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

Countries also take ``adjectives``, ``people`` and ``seats`` (``"Kremlin:GOV"``). A user entry
replaces the built-in entry of the same kind and name (for a person: all of its terms; several rows of
one person in one file are its terms). A malformed file raises :class:`~dragoman.errors.ConfigError`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .errors import ConfigError, ModelError
from .parsed import ParsedDoc
from .schema import INTERNATIONAL_CODES, SECTORS, Entity

__all__ = [
    "AliasRef",
    "NameMatch",
    "Office",
    "Registry",
    "RegistryEntry",
    "RegistryHit",
    "SectorNoun",
    "Term",
    "fold",
    "pieces",
]

KINDS = ("country", "organisation", "group", "person")
_LIST_SEP = "|"
#: tokens that may sit inside a name without breaking it ("al-Qaeda", "U.S.")
_INNER = frozenset({"-", "–", ".", "&", "/", "'", "’"})
_PIECE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents ("Élysée" -> "elysee")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def pieces(text: str) -> tuple[str, ...]:
    """The alphanumeric runs of ``text``, as written: "al-Qa'ida" -> ("al", "Qa", "ida")."""
    return tuple(_PIECE.findall(text))


def _shape(piece: str) -> str:
    """ "U" for an acronym piece (only matches in capitals), "T" for a capitalised one, else ""."""
    if len(piece) >= 2 and piece.isupper():
        return "U"
    return "T" if piece[:1].isupper() else ""


def shape_ok(shape: str, piece: str) -> bool:
    """Whether a text piece as written fits a registry piece's shape."""
    if shape == "U":
        return piece.isupper()
    if shape == "T":
        return piece[:1].isupper()
    return True


@dataclass(frozen=True)
class Term:
    """One term of office of a person."""

    code: str | None
    sector: str | None
    office: str | None
    role: str | None
    start: date | None
    end: date | None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class RegistryEntry:
    """A country, organisation, group or person of the registry."""

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    sector: str | None = None
    other_sectors: tuple[str, ...] = ()
    wikidata_id: str | None = None
    gender: str | None = None
    terms: tuple[Term, ...] = ()
    adjectives: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    #: (name, sector) of capitals and seat-of-government metonyms
    seats: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"


@dataclass(frozen=True)
class AliasRef:
    """One way of naming an entry: ``form`` is name, adjective, people or seat."""

    key: str
    form: str
    shapes: tuple[str, ...]
    sector: str | None = None


@dataclass(frozen=True)
class Office:
    role: str
    sector: str
    gender: str | None = None


@dataclass(frozen=True)
class SectorNoun:
    sector: str
    is_group: bool
    #: an actor only with an owner or as a definite description ("Russian forces", "the court")
    owned: bool = False


@dataclass(frozen=True)
class NameMatch:
    """A registry name found over tokens ``[start, end)`` of a parse."""

    start: int
    end: int
    refs: tuple[AliasRef, ...]


@dataclass(frozen=True)
class RegistryHit:
    """A registry entry as resolved for a name on a date."""

    entry: RegistryEntry
    form: str
    rule: str
    code: str | None
    sector: str | None
    office: str | None = None
    role: str | None = None
    start: date | None = None
    end: date | None = None
    confidence: float = 1.0

    def entity(self, text: str, *, rule: str | None = None) -> Entity:
        """The resolved actor for a mention whose words are ``text``."""
        return Entity(
            entity_text=text,
            entity_name=self.entry.name,
            code=self.code,
            sector=self.sector,
            other_sectors=self.entry.other_sectors if self.sector == self.entry.sector else (),
            wikidata_id=self.entry.wikidata_id,
            office=self.office,
            rule=rule or self.rule,
        )


@dataclass
class Registry:
    """The merged registry with its name index. Build it with :meth:`load`."""

    entries: dict[str, RegistryEntry]
    offices: dict[tuple[str, ...], Office]
    sector_nouns: dict[tuple[str, ...], SectorNoun]
    #: folded pieces of a name -> the entries it names
    names: dict[tuple[str, ...], list[AliasRef]] = field(default_factory=dict)
    #: first folded piece -> candidate piece sequences, longest first
    index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    by_code: dict[str, RegistryEntry] = field(default_factory=dict)
    #: (code, role) -> people who held that office
    holders: dict[tuple[str, str], list[RegistryEntry]] = field(default_factory=dict)
    #: multi-word names for fuzzy matching, built on first use
    fuzzy_names: dict[bool, dict[str, list[AliasRef]]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> Registry:
        """The built-in registry, with ``extra_files`` (YAML or CSV) merged over it."""
        if not extra_files:
            return _builtin()
        rows = list(_builtin_rows())
        for path in extra_files:
            rows.extend(_read_user_file(Path(path)))
        return _build(rows)

    # -- lookups -------------------------------------------------------------------------------------

    def lookup(self, name: str, *, on: date | None) -> list[RegistryHit]:
        """Entries named ``name`` (any case), best first; people resolved to the office held ``on``."""
        key = tuple(fold(p) for p in pieces(name))
        if key[:1] == ("the",) and key not in self.names:
            key = key[1:]
        hits = [self.resolve(ref, on=on) for ref in self.names.get(key, ())]
        return sorted(hits, key=lambda h: -h.confidence)

    def scan(self, parsed: ParsedDoc) -> list[NameMatch]:
        """Registry names over each sentence's tokens, longest first, case-aware ("US" is not "us").

        Tokens become folded alphanumeric pieces ("U.S." -> u, s); a possessive "'s" or punctuation
        breaks a name (a plural possessive's bare apostrophe does not: "Kurdistan Workers' Party");
        the index maps a first piece to the piece sequences that start with it.
        """
        found: list[NameMatch] = []
        for sent in parsed.sents:
            run: list[tuple[str, str, int]] = []
            for tok in parsed.tokens[sent.start : sent.end]:
                written = pieces(tok.text)
                if (tok.tag == "POS" and written) or (not written and tok.text not in _INNER):
                    found.extend(self._match_run(run))
                    run = []
                    continue
                run.extend((fold(p), p, tok.i) for p in written)
            found.extend(self._match_run(run))
        return found

    def _match_run(self, run: list[tuple[str, str, int]]) -> list[NameMatch]:
        found: list[NameMatch] = []
        p = 0
        while p < len(run):
            step = 1
            if p == 0 or run[p - 1][2] != run[p][2]:
                match = self._match_at(run, p)
                if match is not None:
                    found.append(match[0])
                    step = match[1]
            p += step
        return found

    def _match_at(self, run: list[tuple[str, str, int]], p: int) -> tuple[NameMatch, int] | None:
        for key in self.index.get(run[p][0], ()):
            window = run[p : p + len(key)]
            if len(window) < len(key) or tuple(w[0] for w in window) != key:
                continue
            if p + len(key) < len(run) and run[p + len(key)][2] == window[-1][2]:
                continue  # ends inside a token
            refs = tuple(
                r
                for r in self.names[key]
                if all(shape_ok(s, w[1]) for s, w in zip(r.shapes, window, strict=True))
            )
            if refs:
                return NameMatch(run[p][2], window[-1][2] + 1, refs), len(key)
        return None

    def resolve(self, ref: AliasRef, *, on: date | None) -> RegistryHit:
        """The hit for one alias of an entry on a date."""
        entry = self.entries[ref.key]
        if entry.kind == "person":
            return _person_hit(entry, on)
        if entry.kind == "country":
            sector = {"people": "CVL", "seat": ref.sector or "GOV"}.get(ref.form, entry.sector)
            rule = "registry:country" if ref.form == "name" else f"registry:country-{ref.form}"
            conf = {"name": 1.0, "adjective": 0.9, "people": 0.9, "seat": 0.7}[ref.form]
            return RegistryHit(entry, ref.form, rule, entry.code, sector, confidence=conf)
        return RegistryHit(entry, ref.form, f"registry:{entry.kind}", entry.code, entry.sector)

    def fuzzy(
        self, name: str, *, on: date | None, countries: bool = False, cutoff: float = 90.0
    ) -> RegistryHit | None:
        """The entry whose name ``name`` misspells: people, organisations and groups of two words or
        more ("Volodymir Zelenskyy"), or with ``countries`` a country's name or demonym ("Ethopia")."""
        key = " ".join(fold(p) for p in pieces(name))
        if len(key) < (6 if countries else 8) or (" " not in key and not countries):
            return None
        table = self._fuzzy_table(countries)
        best = process.extractOne(key, list(table), scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        hit = self.resolve(table[best[0]][0], on=on)
        return replace(hit, rule="registry:fuzzy", confidence=round(hit.confidence * best[1] / 100 * 0.9, 3))

    def _fuzzy_table(self, countries: bool) -> dict[str, list[AliasRef]]:
        table = self.fuzzy_names.setdefault(countries, {})
        if not table:
            for words, refs in self.names.items():
                if countries:
                    keep = [r for r in refs if r.key.startswith("country:") and r.form != "seat"]
                else:
                    keep = [r for r in refs if r.form == "name" and not r.key.startswith("country:")]
                if keep and (countries or len(words) >= 2):
                    table[" ".join(words)] = keep
        return table

    def holder(self, code: str, role: str, *, on: date | None) -> list[RegistryHit]:
        """People who held office ``role`` for ``code`` on the date (none when the date is unknown)."""
        if on is None:
            return []
        found = []
        for entry in self.holders.get((code, role), ()):
            for term in entry.terms:
                if term.code == code and term.role == role and term.holds(on):
                    found.append(_term_hit(entry, term, "registry:office-holder", 0.85))
        return found

    def country(self, code: str) -> RegistryEntry | None:
        return self.by_code.get(code)

    def explain(self, name: str, on: date | None = None) -> str:
        """How ``name`` resolves on a date: one line per hit with its rule, entry and dates."""
        hits = self.lookup(name, on=on)
        when = on.isoformat() if on else "any date"
        if not hits:
            return f"{name!r} on {when}: not in the registry"
        lines = [f"{name!r} on {when}:"]
        for hit in hits:
            dates = ""
            if hit.start or hit.end:
                dates = f" from {hit.start or '?'} to {hit.end or 'now'}"
            office = f" office={hit.office!r}" if hit.office else ""
            lines.append(
                f"  {hit.rule}: {hit.entry.name} code={hit.code} sector={hit.sector}{office}{dates}"
                f" wikidata={hit.entry.wikidata_id} confidence={hit.confidence:.2f}"
            )
            for term in hit.entry.terms:
                lines.append(
                    f"    term: {term.office} ({term.code} {term.sector}) {term.start} .. {term.end}"
                )
        return "\n".join(lines)


def _term_hit(entry: RegistryEntry, term: Term, rule: str, confidence: float) -> RegistryHit:
    return RegistryHit(
        entry, "name", rule, term.code, term.sector, term.office, term.role, term.start, term.end, confidence
    )


def _person_hit(entry: RegistryEntry, on: date | None) -> RegistryHit:
    """A person on a date: the term held then, else out of office (the nearest term's country)."""
    terms = sorted(entry.terms, key=lambda t: t.start or date.min)
    if not terms:
        return RegistryHit(entry, "name", "registry:person", entry.code, entry.sector, confidence=0.8)
    if on is None:
        return _term_hit(entry, terms[-1], "registry:person-undated", 0.8)
    held = [t for t in terms if t.holds(on)]
    if held:
        return _term_hit(entry, held[-1], "registry:person", 1.0)
    before = [t for t in terms if t.end is not None and t.end <= on]
    if before:
        last = before[-1]
        office = f"former {last.office}" if last.office else None
        return RegistryHit(
            entry, "name", "registry:person-former", last.code, None, office, None, last.start, last.end, 0.7
        )
    first = terms[0]
    return RegistryHit(
        entry, "name", "registry:person-before-office", first.code, None, None, None, first.start, None, 0.6
    )


# -- building -----------------------------------------------------------------------------------------

Row = dict[str, Any]


def _build(rows: Iterable[Row]) -> Registry:
    entries: dict[str, RegistryEntry] = {}
    offices: dict[tuple[str, ...], Office] = {}
    nouns: dict[tuple[str, ...], SectorNoun] = {}
    user_people: set[str] = set()
    for row in rows:
        kind = row["kind"]
        if kind in ("office", "sector_noun"):
            _check_codes(str(row.get("_origin", kind)), row["phrase"], None, [row["sector"]])
        if kind == "office":
            offices[_words(row["phrase"])] = Office(row["role"], row["sector"], row.get("gender") or None)
        elif kind == "sector_noun":
            group = row.get("group")
            nouns[_words(row["phrase"])] = SectorNoun(
                row["sector"], group in ("group", "owned"), group == "owned"
            )
        else:
            entry = _entry(row)
            old = entries.get(entry.key)
            if kind == "person" and old is not None and (not row.get("_user") or entry.key in user_people):
                entry = replace(old, terms=old.terms + entry.terms)
            if row.get("_user"):
                user_people.add(entry.key)
            entries[entry.key] = entry
    registry = Registry(entries=entries, offices=offices, sector_nouns=nouns)
    _index(registry)
    return registry


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in pieces(phrase))


def _index(registry: Registry) -> None:
    for entry in registry.entries.values():
        forms: list[tuple[str, str, str | None]] = [(entry.name, "name", None)]
        forms += [(a, "name", None) for a in entry.aliases]
        forms += [(a, "adjective", None) for a in entry.adjectives]
        forms += [(p, "people", None) for p in entry.people]
        forms += [(s, "seat", sector) for s, sector in entry.seats]
        for text, form, sector in forms:
            written = pieces(text)
            if not written:
                continue
            key = tuple(fold(p) for p in written)
            ref = AliasRef(entry.key, form, tuple(_shape(p) for p in written), sector)
            refs = registry.names.setdefault(key, [])
            if ref not in refs:
                refs.append(ref)
        if entry.kind == "country" and entry.code:
            registry.by_code[entry.code] = entry
        for term in entry.terms:
            if term.code and term.role:
                people = registry.holders.setdefault((term.code, term.role), [])
                if entry not in people:
                    people.append(entry)
    for key in registry.names:
        registry.index.setdefault(key[0], []).append(key)
    for keys in registry.index.values():
        keys.sort(key=len, reverse=True)


def _entry(row: Row) -> RegistryEntry:
    kind, name = row["kind"], _text(row, "name")
    where = row.get("_origin", "registry")
    if not name:
        raise ConfigError(f"{where}: an entry without a name")
    code = _text(row, "code") or None
    sector = _text(row, "sector") or None
    _check_codes(where, name, code, [sector, *_list(row, "other_sectors")])
    terms: tuple[Term, ...] = ()
    if kind == "person":
        office = _text(row, "office") or None
        role = _text(row, "role") or office
        start, end = _date(row, "start", where), _date(row, "end", where)
        terms = (Term(code, sector, office, role, start, end),)
    seats = []
    for seat in _list(row, "seats"):
        seat_name, _, seat_sector = seat.partition(":")
        _check_codes(where, name, None, [seat_sector or None])
        seats.append((seat_name.strip(), seat_sector.strip() or "GOV"))
    return RegistryEntry(
        kind=kind,
        name=name,
        aliases=tuple(_list(row, "aliases") + _list(row, "names")),
        code=code,
        sector=sector if kind != "country" else "GOV",
        other_sectors=tuple(_list(row, "other_sectors")),
        wikidata_id=_text(row, "wikidata") or None,
        gender=_text(row, "gender") or None,
        terms=terms,
        adjectives=tuple(_list(row, "adjectives")),
        people=tuple(_list(row, "people")),
        seats=tuple(seats),
    )


def _check_codes(where: str, name: str, code: str | None, sectors: Sequence[str | None]) -> None:
    if code is not None and not (len(code) == 3 and code.isupper()) and code not in INTERNATIONAL_CODES:
        raise ConfigError(f"{where}: {name}: code {code!r} is not an ISO alpha-3 or PLOVER code")
    for sector in sectors:
        if sector and sector not in SECTORS:
            raise ConfigError(f"{where}: {name}: unknown PLOVER sector {sector!r}")


def _text(row: Row, key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value).strip()


def _list(row: Row, key: str) -> list[str]:
    value = row.get(key)
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(_LIST_SEP)
    return [str(v).strip() for v in items if str(v).strip()]


def _date(row: Row, key: str, where: str) -> date | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ConfigError(f"{where}: {row.get('name')}: {key} {value!r} is not a YYYY-MM-DD date") from exc


# -- reading files --------------------------------------------------------------------------------------

_BUILTIN = (
    ("countries.tsv", "country"),
    ("organisations.tsv", "organisation"),
    ("groups.tsv", "group"),
    ("people.tsv", "person"),
    ("offices.tsv", "office"),
    ("sector_nouns.tsv", "sector_noun"),
)


def _parse_tsv(text: str, kind: str, origin: str) -> list[Row]:
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
def _builtin_rows() -> tuple[Row, ...]:
    rows: list[Row] = []
    data = resources.files("dragoman") / "data"
    for filename, kind in _BUILTIN:
        try:
            text = (data / filename).read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelError(f"registry data file {filename} cannot be read: {exc}") from exc
        rows.extend(_parse_tsv(text, kind, filename))
    return tuple(rows)


@lru_cache(maxsize=1)
def _builtin() -> Registry:
    return _build(_builtin_rows())


def _read_user_file(path: Path) -> list[Row]:
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
        kind = _text(row, "kind") or "person"
        if kind not in KINDS:
            raise ConfigError(f"{path}: entry {n}: kind {kind!r} is not one of {', '.join(KINDS)}")
        rows.append({**row, "kind": kind, "_origin": f"{path}: entry {n}", "_user": True})
    _validate(rows)
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


def _validate(rows: list[Row]) -> None:
    """Validate user rows early so a bad file fails when loaded, naming the file."""
    for row in rows:
        _entry(row)
