"""The quotes stage: direct quotations, partial quotes and reported speech, with their speakers.

:func:`find_quotes` reads the parse and the actors stage's mentions and returns
:class:`~dragoman.schema.Quote` records, in text order:

* **direct quotes** in straight or curly double quotation marks, or in curly single
  marks (‘…’; an ’ inside a word is an apostrophe, not a closing mark). A quote
  that runs to the end of its paragraph while the next paragraph opens with a
  quotation mark is the news convention for a quote that goes on: it is cut at
  the paragraph end and the next paragraph's quote continues it. ``text`` is the
  words inside the marks (without a trailing comma), ``start``/``end`` their offsets.
* **partial quotes** (quoted words inside a sentence, ``called the attack "a
  cowardly act"``) are kept when they have two words or more.
* **reported speech**: a reporting verb with a clausal complement ("X said that
  ...", "..., the governor said") or "according to X, ..." gives a quote with
  ``direct=False`` whose text is the clause.

The speaker comes from the reporting clause after the quote (``"...," he said``,
``"...," said X``, ``X told reporters``), before it (``X said: "..."``, ``X added,
"..."``, ``according to X, "..."``, ``X: "..."``), or, for a full quote with none,
from the previous quote of the same paragraph (or of the paragraph the quote
continues). A partial quote takes only a reporting verb its words depend on in the
parse (``X said it was "very surprised"``), and passive verbs are not reporting
("was denied a visa"); a relative pronoun subject stands for the noun it modifies.
The speaker is the entity of the actors stage's :class:`Mention` covering the
subject of the reporting verb (a pronoun resolves through its mention); when no
mention covers it, the quote is kept with ``speaker=None``: an unresolved name
is not an actor, and the contract's speaker is an entity or null.

``rule`` records the pattern: ``"{direct|partial|reported}:{where}[:{verb lemma}]"``
with ``where`` one of ``after``, ``before``, ``according-to``, ``colon``,
``continued``, ``clause`` (reported speech) or ``none``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import ModelError
from ..parsed import ParsedDoc
from ..schema import Entity, Mention, Quote

__all__ = ["QuotedSpan", "find_quotes", "quote_spans", "speech_verbs"]

_DOUBLE_OPEN = "“"
_DOUBLE_CLOSE = "”"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
#: a token made only of these characters is a quotation mark
_MARKS = frozenset('"“”‘’„«»')
#: tokens that end the reporting clause next to a quote
_BOUNDARY = frozenset({".", "!", "?", ";"})
_DOUBLE_CHARS = re.compile('["“”\n]')
_SINGLE_CHARS = re.compile("[‘’\n]")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: how far (in tokens) a reporting clause may reach from its quote
_REACH = 25
#: dependency links from a speaker token to the words that still name the speaker
_NAME_DEPS = frozenset({"compound", "appos", "poss", "amod", "nmod", "flat", "det", "case", "nummod"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "parataxis"})


@dataclass(frozen=True)
class QuotedSpan:
    """One span of quoted text."""

    open: int  #: offset of the opening mark
    close: int  #: offset of the closing mark, or of the paragraph end when the quote runs on
    closed: bool
    start: int  #: offsets of the quoted words
    end: int
    comma: bool  #: the words ended with a comma (",\" he said"): a reporting clause follows


@dataclass(frozen=True)
class _Attribution:
    where: str
    speaker: Entity | None
    lemma: str = ""


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """The reporting verbs, ``lemma -> kind`` ("report" or "label"), from ``data/speech_verbs.tsv``."""
    try:
        text = resources.files("dragoman").joinpath("data/speech_verbs.tsv").read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot read dragoman data file speech_verbs.tsv: {exc}") from exc
    verbs: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or cols[1] not in ("report", "label"):
            raise ModelError(f"speech_verbs.tsv:{n}: expected 'lemma<TAB>report|label', got {line!r}")
        verbs[cols[0].strip().lower()] = cols[1]
    return verbs


def find_quotes(parsed: ParsedDoc, *, mentions: Sequence[Mention]) -> list[Quote]:
    """Direct, partial and reported quotes of one article, with their speakers, in text order."""
    ctx = _Context(parsed, mentions, quote_spans(parsed.text))
    quotes = _direct_quotes(ctx) + _reported_speech(ctx)
    return sorted(quotes, key=lambda q: (q.start, q.end, q.direct))


# -- finding the quotation marks -----------------------------------------------------------------


def quote_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of ``text`` (double marks, then curly single marks outside them)."""
    doubles = _double_spans(text)
    return sorted(doubles + _single_spans(text, doubles), key=lambda m: m.open)


def _double_spans(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    opened: int | None = None
    for found in _DOUBLE_CHARS.finditer(text):
        i, ch = found.start(), found.group()
        if ch == "\n":
            if opened is not None and _next_paragraph_opens_quote(text, i):
                _add(spans, text, opened, i, closed=False)
            opened = None
        elif ch == _DOUBLE_OPEN or (ch == _STRAIGHT and opened is None):
            if ch == _DOUBLE_OPEN or _can_open(text, i):
                opened = i  # an opening mark while open restarts: the first was never closed
        elif ch in (_DOUBLE_CLOSE, _STRAIGHT) and opened is not None:
            _add(spans, text, opened, i, closed=True)
            opened = None
    return spans


def _single_spans(text: str, doubles: Sequence[QuotedSpan]) -> list[QuotedSpan]:
    if _SINGLE_OPEN not in text:
        return []
    spans: list[QuotedSpan] = []
    inside = [(m.open, m.close) for m in doubles]
    opened: int | None = None
    for found in _SINGLE_CHARS.finditer(text):
        i, ch = found.start(), found.group()
        if ch == "\n":
            opened = None
        elif ch == _SINGLE_OPEN and (i == 0 or not text[i - 1].isalnum()):
            if not any(a <= i <= b for a, b in inside):
                opened = i
        elif ch == _SINGLE_CLOSE and opened is not None and not text[i - 1].isspace():
            if i + 1 == len(text) or not text[i + 1].isalnum():  # not an apostrophe ("Kenya’s")
                _add(spans, text, opened, i, closed=True)
                opened = None
    return spans


def _can_open(text: str, i: int) -> bool:
    """A straight mark opens a quote before a word, not after one (``12" pipe``)."""
    before_ok = i == 0 or not text[i - 1].isalnum()
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def _next_paragraph_opens_quote(text: str, newline: int) -> bool:
    rest = text[newline : newline + 200].lstrip()
    return rest[:1] in (_STRAIGHT, _DOUBLE_OPEN)


def _add(spans: list[QuotedSpan], text: str, opened: int, close: int, *, closed: bool) -> None:
    start, end = opened + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    comma = end > start and text[end - 1] == ","
    if comma:
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(QuotedSpan(opened, close, closed, start, end, comma))


# -- the parse around a quote --------------------------------------------------------------------


class _Context:
    """One article's parse, mentions and quoted spans, indexed for the lookups below."""

    def __init__(self, parsed: ParsedDoc, mentions: Sequence[Mention], spans: list[QuotedSpan]) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.starts = [t.idx for t in parsed.tokens]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.spans = spans
        self.quoted = [(m.open, m.close) for m in spans]
        self.newlines = [m.start() for m in re.finditer("\n", parsed.text)]
        self.verbs = speech_verbs()

    def paragraph(self, offset: int) -> int:
        return bisect_right(self.newlines, offset)

    def in_quotes(self, offset: int) -> bool:
        n = bisect_right(self.quoted, (offset, len(self.parsed.text) + 1)) - 1
        return n >= 0 and self.quoted[n][0] <= offset <= self.quoted[n][1]

    def is_stop(self, i: int) -> bool:
        text = self.tokens[i].text
        return text in _BOUNDARY or "\n" in text or (bool(text) and all(c in _MARKS for c in text))

    def after(self, mark: QuotedSpan) -> range:
        """Tokens of the clause right after a quote's closing mark, up to a boundary."""
        lo = bisect_left(self.starts, mark.close + 1)
        hi = lo
        while hi < len(self.tokens) and hi - lo < _REACH and not self.is_stop(hi):
            hi += 1
        return range(lo, hi)

    def before(self, mark: QuotedSpan) -> range:
        """Tokens of the clause right before a quote's opening mark, back to a boundary."""
        hi = bisect_left(self.starts, mark.open)
        lo = hi
        while lo > 0 and hi - lo < _REACH and not self.is_stop(lo - 1):
            lo -= 1
        return range(lo, hi)

    def entity_at(self, i: int) -> Entity | None:
        """The entity of the mention covering token ``i`` or a word naming the same person."""
        names = [i]
        for k in names:  # grows while iterating: the tokens linked to i by naming relations
            names.extend(c.i for c in self.parsed.children(k) if c.dep in _NAME_DEPS)
        best: tuple[int, Entity] | None = None
        for k in names:
            tok = self.tokens[k]
            n = bisect_right(self.mention_starts, tok.idx) - 1
            while n >= 0 and self.mentions[n].start <= tok.idx:
                m = self.mentions[n]
                if tok.idx < m.end:
                    rank = 0 if k == i else 1 + abs(k - i)
                    if best is None or rank < best[0]:
                        best = (rank, m.entity)
                    break
                n -= 1
        return best[1] if best else None


def _subject(ctx: _Context, verb: int) -> int | None:
    """The verb's subject, climbing to a governing verb when it has none ("he said, adding")."""
    seen = 0
    while seen < 6:
        tok = ctx.tokens[verb]
        for child in ctx.parsed.children(verb):
            if child.dep in ("nsubj", "nsubjpass") and not ctx.in_quotes(child.idx):
                if child.tag in ("WDT", "WP") and tok.dep == "relcl":
                    return tok.head  # "the agency, which said ...": the agency
                return child.i
        if tok.dep not in _CLIMB_DEPS or tok.head == verb:
            return None
        verb = tok.head
        seen += 1
    return None


def _nearest_noun(ctx: _Context, region: range, verb: int) -> int | None:
    """A speaker when the parse gives the verb no subject: the nearest noun or pronoun."""
    nouns = [k for k in region if ctx.tokens[k].pos in ("PROPN", "PRON", "NOUN") and k != verb]
    return min(nouns, key=lambda k: (abs(k - verb), k < verb)) if nouns else None


# -- direct and partial quotes -------------------------------------------------------------------


def _direct_quotes(ctx: _Context) -> list[Quote]:
    quotes: list[Quote] = []
    last: tuple[QuotedSpan, _Attribution] | None = None
    for mark in ctx.spans:
        words = len(_WORD.findall(ctx.parsed.text, mark.start, mark.end))
        partial = _is_partial(ctx, mark)
        if words == 0 or (partial and words < 2):
            continue
        found = _attribute(ctx, mark, partial=partial)
        if found is None and not partial and last is not None and _continues(ctx, last[0], mark):
            found = _Attribution("continued", last[1].speaker, last[1].lemma)
        found = found or _Attribution("none", None)
        kind = "partial" if partial else "direct"
        rule = f"{kind}:{found.where}" + (f":{found.lemma}" if found.lemma else "")
        quotes.append(
            Quote(
                start=mark.start,
                end=mark.end,
                text=ctx.parsed.text[mark.start : mark.end],
                speaker=found.speaker,
                direct=True,
                sentence=ctx.parsed.sentence_of_char(mark.start),
                rule=rule,
            )
        )
        if not partial or found.speaker is not None:  # an unattributed partial quote passes nothing on
            last = (mark, found)
    return quotes


def _is_partial(ctx: _Context, mark: QuotedSpan) -> bool:
    """Quoted words inside a sentence: a word right before the opening mark, no colon or comma."""
    text = ctx.parsed.text
    i = mark.open - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n" or text[i] in ":,;.!?—–-(" or text[i] in _MARKS:
        return False
    # "He said "We ..."" opens a full quote; "called the attack "a cowardly act"" does not
    return not text[mark.start].isupper() or text[mark.end - 1] not in ".!?"


def _continues(ctx: _Context, previous: QuotedSpan, mark: QuotedSpan) -> bool:
    """A quote with no reporting clause continues the previous quote of its paragraph."""
    if not previous.closed:
        return True  # the previous paragraph's quote ran on into this one
    return ctx.paragraph(previous.close) == ctx.paragraph(mark.open)


def _attribute(ctx: _Context, mark: QuotedSpan, *, partial: bool) -> _Attribution | None:
    before = ctx.before(mark)
    after_ok = mark.closed and (
        mark.comma or _lower_start(ctx, mark) or ctx.parsed.text[mark.end - 1] not in ".!?"
    )
    after = ctx.after(mark) if after_ok else range(0)
    sides = [("before", before), ("after", after)]
    if not partial and len(after):
        sides.reverse()  # '"...," he said' is the usual order for full quotes
    for where, region in sides:
        governs = _first_quoted_token(ctx, mark) if partial else None
        found = _reporting_verb(ctx, region, first=where == "after", governs=governs)
        if found is not None:
            return _Attribution(where, found[1], found[0])
    return _according_to(ctx, before) or _colon(ctx, before)


def _lower_start(ctx: _Context, mark: QuotedSpan) -> bool:
    """The words after the closing mark start in lower case ("?" he asked)."""
    rest = ctx.parsed.text[mark.close + 1 : mark.close + 40].lstrip(" ,")
    return bool(rest) and rest[0].islower()


def _first_quoted_token(ctx: _Context, mark: QuotedSpan) -> int | None:
    i = bisect_left(ctx.starts, mark.start)
    return i if i < len(ctx.tokens) and ctx.tokens[i].idx < mark.end else None


def _is_reporting(ctx: _Context, k: int) -> bool:
    """A reporting verb in the active voice ("denied a visa" when passive is not one)."""
    tok = ctx.tokens[k]
    if tok.pos != "VERB" or tok.lemma.lower() not in ctx.verbs:
        return False
    return not any(c.dep == "auxpass" for c in ctx.parsed.children(k))


def _reporting_verb(
    ctx: _Context, region: range, *, first: bool, governs: int | None = None
) -> tuple[str, Entity | None] | None:
    """The reporting verb of a clause and its speaker; for a partial quote (``governs`` is
    its first word) only a verb the quoted words depend on counts."""
    verbs = [k for k in region if _is_reporting(ctx, k)]
    if governs is not None:
        verbs = [k for k in verbs if ctx.parsed.is_ancestor(k, governs)]
    if not verbs:
        return None
    verb = verbs[0] if first else verbs[-1]
    speaker = _subject(ctx, verb)
    if speaker is None:
        speaker = _nearest_noun(ctx, region, verb)
    entity = ctx.entity_at(speaker) if speaker is not None else None
    return ctx.tokens[verb].lemma.lower(), entity


def _according_to(ctx: _Context, region: range) -> _Attribution | None:
    for k in region:
        if ctx.tokens[k].lower == "according" and k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].lower == "to":
            speaker = _pobj(ctx, k + 1)
            return _Attribution("according-to", ctx.entity_at(speaker) if speaker is not None else None)
    return None


def _pobj(ctx: _Context, prep: int) -> int | None:
    for child in ctx.parsed.children(prep):
        if child.dep == "pobj":
            return child.i
    return prep + 1 if prep + 1 < len(ctx.tokens) and ctx.tokens[prep + 1].pos in ("PROPN", "NOUN") else None


def _colon(ctx: _Context, region: range) -> _Attribution | None:
    """``Minister Jane Doe: "..."``: the noun phrase before a colon is the speaker."""
    if not len(region) or ctx.tokens[region[-1]].text != ":":
        return None
    names = range(region.start, region.stop - 1)
    heads = [k for k in names if ctx.tokens[k].head not in names or ctx.tokens[k].head == k]
    nouns = [k for k in heads if ctx.tokens[k].pos in ("PROPN", "NOUN", "PRON")]
    if not nouns:
        return None
    return _Attribution("colon", ctx.entity_at(nouns[-1]))


# -- reported speech -----------------------------------------------------------------------------


def _reported_speech(ctx: _Context) -> list[Quote]:
    quotes: list[Quote] = []
    for tok in ctx.tokens:
        if tok.pos == "VERB" and ctx.verbs.get(tok.lemma.lower()) == "report" and not ctx.in_quotes(tok.idx):
            clause = _complement(ctx, tok.i)
            if clause is not None:
                speaker = _subject(ctx, tok.i)
                entity = ctx.entity_at(speaker) if speaker is not None else None
                quotes.extend(_reported(ctx, clause, entity, f"reported:clause:{tok.lemma.lower()}"))
        elif tok.lower == "according" and tok.i + 1 < len(ctx.tokens) and ctx.tokens[tok.i + 1].lower == "to":
            clause = _according_clause(ctx, tok.i)
            if clause is not None:
                speaker = _pobj(ctx, tok.i + 1)
                entity = ctx.entity_at(speaker) if speaker is not None else None
                quotes.extend(_reported(ctx, clause, entity, "reported:according-to"))
    return quotes


def _complement(ctx: _Context, verb: int) -> tuple[int, int] | None:
    """The token range of the verb's clausal complement with a subject of its own."""
    for child in ctx.parsed.children(verb):
        if child.dep == "ccomp" and any(
            c.dep in ("nsubj", "nsubjpass", "expl") for c in ctx.parsed.children(child.i)
        ):
            return ctx.parsed.subtree(child.i)
    return None


def _according_clause(ctx: _Context, according: int) -> tuple[int, int] | None:
    """The clause that "according to X" attributes: its head's subtree without the phrase."""
    head = ctx.tokens[according].head
    if head == according or ctx.tokens[head].pos not in ("VERB", "AUX"):
        return None
    lo, hi = ctx.parsed.subtree(head)
    a_lo, a_hi = ctx.parsed.subtree(according)
    if a_lo == lo:
        return a_hi, hi
    if all(ctx.tokens[k].pos == "PUNCT" for k in range(a_hi, hi)):
        return lo, a_lo
    return None


def _reported(ctx: _Context, clause: tuple[int, int], speaker: Entity | None, rule: str) -> list[Quote]:
    lo, hi = clause
    toks = ctx.tokens
    while lo < hi and (toks[lo].pos in ("PUNCT", "SPACE") or _is_that(toks[lo].dep, toks[lo].lower)):
        lo += 1
    while hi > lo and toks[hi - 1].pos in ("PUNCT", "SPACE") and not _closes_inside(ctx, lo, hi - 1):
        hi -= 1
    if hi - lo < 2:
        return []
    start, end = toks[lo].idx, toks[hi - 1].end
    if _crosses_quotes(ctx, start, end):
        return []
    return [
        Quote(
            start=start,
            end=end,
            text=ctx.parsed.text[start:end],
            speaker=speaker,
            direct=False,
            sentence=toks[lo].sent,
            rule=rule,
        )
    ]


def _is_that(dep: str, lower: str) -> bool:
    return dep == "mark" and lower == "that"


def _closes_inside(ctx: _Context, lo: int, k: int) -> bool:
    """Token ``k`` is the closing mark of a quote opened inside tokens ``[lo, k)``: keep it."""
    offset = ctx.tokens[k].idx
    return any(m.close == offset and m.open >= ctx.tokens[lo].idx for m in ctx.spans)


def _crosses_quotes(ctx: _Context, start: int, end: int) -> bool:
    """A reported clause is not one when it is mostly a direct quote, cuts a quote in two, or
    holds a whole quoted sentence (the parse joined a reporting clause to its neighbour)."""
    for m in ctx.spans:
        if m.close < start or m.open >= end:
            continue
        inside = start <= m.open and m.close < end
        overlap = min(end, m.end) - max(start, m.start)
        if overlap >= 0.8 * (end - start):
            return True  # a direct quote already
        if not inside and not (m.open < start and m.close >= end - 1):
            return True
        if inside and ctx.parsed.text[m.end - 1] in ".!?" and ctx.parsed.text[m.start].isupper():
            return True
    return False
