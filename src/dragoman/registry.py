"""The actor registry: countries, organisations, groups and people, with the offices people held when.

The built-in registry is read from the TSV files in ``dragoman/data`` (``countries.tsv``,
``organisations.tsv``, ``groups.tsv``, ``people.tsv``, ``sector_nouns.tsv``, ``offices.tsv``; each
file's header documents its columns and sources). :meth:`Registry.load` merges user files (YAML or
CSV, format in :mod:`dragoman.registry_files`) over it; :meth:`Registry.explain` says how a name
resolves on a date and why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import product
from pathlib import Path

from .errors import ConfigError
from .parsed import ParsedDoc
from .registry_files import Row, builtin_rows, cell_date, cell_list, cell_text, check_codes, read_user_file
from .schema import Entity

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

#: tokens that may sit inside a name without breaking it ("al-Qaeda", "U.S.")
_INNER = frozenset({"-", "–", ".", "&", "/", "'", "’"})
_PIECE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents ("Élysée" -> "elysee")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
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
    #: countries: regions inside the country ("Darfur"), which give actors their country, never act
    regions: tuple[str, ...] = ()
    #: groups: the periods [start, end) in which the group held a national government
    in_government: tuple[tuple[date | None, date | None], ...] = ()

    def governs(self, on: date | None) -> bool:
        """Whether a group held a national government on a date ("the Taliban government" in 2023)."""
        if on is None:
            return False
        return any((s is None or s <= on) and (e is None or on < e) for s, e in self.in_government)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"


@dataclass(frozen=True)
class AliasRef:
    """One way of naming an entry: ``form`` is name, adjective, people, seat or region."""

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
    #: takes the country of its sentence when it has no owner ("police" in Kenya; not "journalists")
    local: bool = True
    #: an actor only with an owner named with it ("Russian drones"; not "drones", "the drones")
    needs_owner: bool = False
    #: without an owner, an actor only as the subject of a clause ("Air defences shot down ...")
    subject_only: bool = False
    #: further sectors of what the noun names ("junta": GOV, and MIL)
    other_sectors: tuple[str, ...] = ()
    #: a thing its owners' sector owns, an actor only with an owner and not as a place ("Palestinian
    #: homes" -> PSE CVL; not "the homes", "in Iraqi towns")
    is_property: bool = False


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
    #: further sectors of the office held ("MIL" for a general who heads the state)
    other_sectors: tuple[str, ...] = ()

    def entity(self, text: str, *, rule: str | None = None) -> Entity:
        """The resolved actor for a mention whose words are ``text``."""
        return Entity(
            entity_text=text,
            entity_name=self.entry.name,
            code=self.code,
            sector=self.sector,
            other_sectors=self.other_sectors
            or (self.entry.other_sectors if self.sector == self.entry.sector else ()),
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
    #: folded given name -> "f" or "m" (given_names.tsv)
    given_names: dict[str, str] = field(default_factory=dict)
    #: names for fuzzy matching (dragoman.fuzzy), built on first use
    fuzzy_names: dict[str, dict[str, list[AliasRef]]] = field(default_factory=dict)
    #: (folded name, table, cutoff) -> the fuzzy table's best name and score, remembered (dragoman.fuzzy)
    fuzzy_best: dict[tuple[str, str, float], tuple[str, float] | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> Registry:
        """The built-in registry, with ``extra_files`` (YAML or CSV) merged over it."""
        if not extra_files:
            return _builtin()
        rows = list(builtin_rows())
        for path in extra_files:
            user_rows = read_user_file(Path(path))
            for row in user_rows:
                _entry(row)  # validate early: a bad file fails when loaded, naming itself
            rows.extend(user_rows)
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

        Tokens become folded alphanumeric pieces ("U.S." -> u, s); punctuation breaks a name (a plural
        possessive's bare apostrophe does not: "Kurdistan Workers' Party"), and so does a possessive
        "'s" unless a name goes on through it from words that name nothing themselves ("Democratic
        People's Republic of Korea"; not "Sudan's army"); the index maps a first piece to the piece
        sequences that start with it.
        """
        found: list[NameMatch] = []
        for sent in parsed.sents:
            run: list[tuple[str, str, int]] = []
            for tok in parsed.tokens[sent.start : sent.end]:
                written = pieces(tok.text)
                if tok.tag == "POS" and written and self._names_through(run, written):
                    run.extend((fold(p), p, tok.i) for p in written)
                    continue
                if (tok.tag == "POS" and written) or (not written and tok.text not in _INNER):
                    found.extend(self._match_run(run))
                    run = []
                    continue
                run.extend((fold(p), p, tok.i) for p in written)
            found.extend(self._match_run(run))
        return found

    def _names_through(self, run: list[tuple[str, str, int]], written: tuple[str, ...]) -> bool:
        """Whether a registry name goes on from the end of ``run`` through the possessive ``written``,
        and the words before it name nothing of their own ("Sudan's army" is Sudan's)."""
        folded = tuple(w[0] for w in run) + tuple(fold(p) for p in written)
        starts = range(max(0, len(run) - 4), len(run))
        if any(folded[start : len(run)] in self.names for start in starts):
            return False
        for start in starts:
            for key in self.index.get(run[start][0], ()):
                if len(key) > len(folded) - start and key[: len(folded) - start] == folded[start:]:
                    return True
        return False

    def _match_run(self, run: list[tuple[str, str, int]]) -> list[NameMatch]:
        found: list[NameMatch] = []
        folded = tuple(w[0] for w in run)
        p = 0
        while p < len(run):
            step = 1
            if p == 0 or run[p - 1][2] != run[p][2]:
                match = self._match_at(run, p, folded)
                if match is not None:
                    found.append(match[0])
                    step = match[1]
            p += step
        return found

    def _match_at(
        self, run: list[tuple[str, str, int]], p: int, folded: tuple[str, ...]
    ) -> tuple[NameMatch, int] | None:
        for key in self.index.get(folded[p], ()):
            if folded[p : p + len(key)] != key:  # a shorter tail than the key differs from it too
                continue
            window = run[p : p + len(key)]
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
            conf = {"name": 1.0, "adjective": 0.9, "people": 0.9, "seat": 0.7, "region": 0.7}[ref.form]
            code = _state_on(entry.code, on)  # "South Sudanese" in 2005: Sudan's southerners
            return RegistryHit(entry, ref.form, rule, code, sector, confidence=conf)
        code = _state_on(entry.code, on)  # the SPLM in 2000 is Sudan's: South Sudan came in 2011
        return RegistryHit(entry, ref.form, f"registry:{entry.kind}", code, entry.sector)

    def fuzzy(
        self, name: str, *, on: date | None, countries: bool = False, cutoff: float = 90.0
    ) -> RegistryHit | None:
        """The entry whose name ``name`` misspells (see :func:`dragoman.fuzzy.misspelt_name`)."""
        from .fuzzy import misspelt_name

        return misspelt_name(self, name, on=on, countries=countries, cutoff=cutoff)

    def fuzzy_surname(self, word: str, *, on: date | None) -> RegistryHit | None:
        """The registry person whose surname ``word`` misspells ("Erdgoan", "Macorn")."""
        from .fuzzy import misspelt_surname

        return misspelt_surname(self, word, on=on)

    def holder(self, code: str, role: str, *, on: date | None) -> list[RegistryHit]:
        """People who held office ``role`` for ``code`` on the date (none when the date is unknown)."""
        if on is None:
            return []
        found = []
        for entry in self.holders.get((code, role), ()):
            for term in entry.terms:
                if term.code == code and role in (term.role, term.office) and term.holds(on):
                    found.append(_term_hit(entry, term, "registry:office-holder", 0.85))
        return found

    def gender(self, name: str) -> str | None:
        """The gender of a person's name from its first word ("Maria Santos" -> "f"), if unambiguous."""
        first = pieces(name)[:1]
        return self.given_names.get(fold(first[0])) if first else None

    def country(self, code: str) -> RegistryEntry | None:
        return self.by_code.get(code)

    def explain(self, name: str, on: date | None = None) -> str:
        """How ``name`` resolves on a date: one line per hit with its rule, entry, code, sector, office
        and dates, then the entry's terms of office; a misspelt name shows the entry it was taken for."""
        hits = self.lookup(name, on=on)
        if not hits:  # a misspelling: the whole name, a country's, or a surname
            fuzzy = self.fuzzy(name, on=on) or self.fuzzy(name, on=on, countries=True)
            hits = [h for h in (fuzzy or self.fuzzy_surname(name, on=on),) if h is not None]
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


#: roles of the head of a state or government: an officer who holds one governs (GOV), and is military
#: as well (PLOVER codes the state's head by the office; "Lt. Gen. Prosper Avril", Haiti's president)
HEAD_ROLES = frozenset({"president", "head of state", "prime minister", "vice president"})


def _term_hit(entry: RegistryEntry, term: Term, rule: str, confidence: float) -> RegistryHit:
    sector = term.sector
    others: tuple[str, ...] = ()
    if sector == "MIL" and term.role in HEAD_ROLES:
        sector, others = "GOV", ("MIL",)  # a junta's general as president: GOV, and MIL
    return RegistryHit(
        entry,
        "name",
        rule,
        term.code,
        sector,
        term.office,
        term.role,
        term.start,
        term.end,
        confidence,
        others,
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


#: states that seceded from another since 2000: (the state it was part of, the day of independence); a
#: group of the younger state named on an earlier date is the older state's
SECESSIONS = {"SSD": ("SDN", date(2011, 7, 9))}


def _state_on(code: str | None, on: date | None) -> str | None:
    seceded = SECESSIONS.get(code or "")
    return seceded[0] if seceded is not None and on is not None and on < seceded[1] else code


def _build(rows: Iterable[Row]) -> Registry:
    entries: dict[str, RegistryEntry] = {}
    offices: dict[tuple[str, ...], Office] = {}
    nouns: dict[tuple[str, ...], SectorNoun] = {}
    user_people: set[str] = set()
    given: dict[str, str] = {}
    for row in rows:
        kind = row["kind"]
        if kind in ("office", "sector_noun"):
            check_codes(str(row.get("_origin", kind)), row["phrase"], None, str(row["sector"]).split("|"))
        if kind == "given_name":
            given[fold(row["name"])] = row["gender"]
            continue
        if kind == "office":
            offices[_words(row["phrase"])] = Office(row["role"], row["sector"], row.get("gender") or None)
        elif kind == "sector_noun":
            group = row.get("group")
            sector, *others = str(row["sector"]).split("|")
            nouns[_words(row["phrase"])] = SectorNoun(
                sector,
                group in ("group", "owned", "weapon", "subject", "property"),
                group in ("owned", "weapon", "subject", "property"),
                row.get("context") != "none",
                needs_owner=group in ("weapon", "property", "rank"),
                subject_only=group == "subject",
                other_sectors=tuple(others),
                is_property=group == "property",
            )
        else:
            entry = _entry(row)
            old = entries.get(entry.key)
            if kind == "person" and old is not None and (not row.get("_user") or entry.key in user_people):
                entry = replace(old, terms=old.terms + entry.terms)
            if row.get("_user"):
                user_people.add(entry.key)
            entries[entry.key] = entry
    registry = Registry(entries=entries, offices=offices, sector_nouns=nouns, given_names=given)
    _index(registry)
    return registry


#: British and American spellings of words in organisations' names, either way round (not
#: "labour"/"labor": Britain's Labour Party and Australia's Labor Party are different parties)
_SPELLINGS = {
    "organisation": "organization", "defence": "defense", "centre": "center", "programme": "program",
}  # fmt: skip
_SPELLINGS |= {american: british for british, american in _SPELLINGS.items()}
_SPELLING = re.compile(r"\b(" + "|".join(_SPELLINGS) + r")\b", re.IGNORECASE)


def spellings(name: str) -> list[str]:
    """``name`` with each word spelt the British or the American way, in every combination
    ("International Labour Organization" -> also "International Labor Organisation", ...)."""
    parts = _SPELLING.split(name)  # words to respell sit at the odd positions
    if len(parts) == 1:
        return [name]
    choices = [(part,) if n % 2 == 0 else (part, _respelt(part)) for n, part in enumerate(parts)]
    return ["".join(combo) for combo in product(*choices)]


def _respelt(word: str) -> str:
    other = _SPELLINGS[word.lower()]
    return other.capitalize() if word[0].isupper() else other


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in pieces(phrase))


def _index(registry: Registry) -> None:
    for entry in registry.entries.values():
        forms: list[tuple[str, str, str | None]] = [
            (n, "name", None) for a in (entry.name, *entry.aliases) for n in spellings(a)
        ]
        forms += [(a, "adjective", None) for a in entry.adjectives]
        forms += [(p, "people", None) for p in entry.people]
        forms += [(s, "seat", sector) for s, sector in entry.seats]
        forms += [(r, "region", None) for r in entry.regions]
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
            for role in {term.role, term.office} - {None}:  # "Israel's president": the head of state
                if term.code and role:
                    people = registry.holders.setdefault((term.code, role), [])
                    if entry not in people:
                        people.append(entry)
    for key in registry.names:
        registry.index.setdefault(key[0], []).append(key)
    for keys in registry.index.values():
        keys.sort(key=len, reverse=True)


def _entry(row: Row) -> RegistryEntry:
    kind, name = row["kind"], cell_text(row, "name")
    where = row.get("_origin", "registry")
    if not name:
        raise ConfigError(f"{where}: an entry without a name")
    code = cell_text(row, "code") or None
    sector = cell_text(row, "sector") or None
    check_codes(where, name, code, [sector, *cell_list(row, "other_sectors")])
    terms: tuple[Term, ...] = ()
    if kind == "person":
        office = cell_text(row, "office") or None
        role = cell_text(row, "role") or office
        start, end = cell_date(row, "start", where), cell_date(row, "end", where)
        terms = (Term(code, sector, office, role, start, end),)
    seats = []
    for seat in cell_list(row, "seats"):
        seat_name, _, seat_sector = seat.partition(":")
        check_codes(where, name, None, [seat_sector or None])
        seats.append((seat_name.strip(), seat_sector.strip() or "GOV"))
    periods = []
    for period in cell_list(row, "in_government"):
        first, _, last = period.partition("..")
        periods.append((cell_date({"d": first}, "d", where), cell_date({"d": last}, "d", where)))
    return RegistryEntry(
        kind=kind,
        name=name,
        aliases=tuple(cell_list(row, "aliases") + cell_list(row, "names")),
        code=code,
        sector=sector if kind != "country" else "GOV",
        other_sectors=tuple(cell_list(row, "other_sectors")),
        wikidata_id=cell_text(row, "wikidata") or None,
        gender=cell_text(row, "gender") or None,
        terms=terms,
        adjectives=tuple(cell_list(row, "adjectives")),
        people=tuple(cell_list(row, "people")),
        seats=tuple(seats),
        regions=tuple(cell_list(row, "regions")),
        in_government=tuple(periods),
    )


@lru_cache(maxsize=1)
def _builtin() -> Registry:
    return _build(builtin_rows())
