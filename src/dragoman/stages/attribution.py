"""Attribution: who the text says reported an event.

Three cues: a reporting verb that governs the trigger's clause ("X said / reported / claimed /
told reporters that ...", also the parenthetical "..., officials said") and "according to X"
in the same sentence. The source's words become ``Attribution.text``; its entity comes from
the mentions when the source is a resolved actor ("state-run media", "the ministry"). The third,
weakest cue is a news agency named in a dateline ("LIMA, March 12 (Reuters) -"): it reports every
event of the paragraphs that follow it, up to the next dateline, unless a closer source is named
(:func:`dateline_sources`).
"""

from __future__ import annotations

import re

from ..lexicon import lemma_in, lemma_of
from ..parsed import ParsedDoc
from ..schema import Attribution, Mention
from .roleparse import participle_subjects
from .rolerules import is_reporter
from .roles import MentionIndex, mentions_for

REPORTING_VERBS = frozenset(
    "say tell report claim state announce confirm allege add insist note write tweet post quote cite "
    "assert acknowledge admit disclose reveal estimate".split()
)
#: verbs whose subject is the source of the act they accuse someone of ("accused X of shelling")
ACCUSING_VERBS = frozenset("accuse blame charge suspect allege".split())
#: arcs walked up from the trigger to the verb that reports it; a subject too ("officials said the
#: shelling killed ...": the event word is the subject of the reported clause)
_DESCEND = frozenset(
    {"ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp", "relcl", "acl", "nsubj", "nsubjpass"}
)


def _source(parsed: ParsedDoc, index: MentionIndex, subj: int) -> Attribution:
    lo, hi = parsed.subtree(subj)
    mentions = mentions_for(parsed, index, subj)
    if not mentions:  # "Iranian state media": the entity of any mention inside the phrase
        seen: list[Mention] = []
        for i in range(lo, hi):
            seen.extend(m for m in index.at(i) if m not in seen)
        mentions = seen[:1]
    entity = mentions[0].entity if mentions else None
    return Attribution(text=parsed.span_text(lo, hi), entity=entity)


def _reporting_subject(parsed: ParsedDoc, verb: int) -> int | None:
    subj = participle_subjects(
        parsed, [c.i for c in parsed.children(verb) if c.dep in ("nsubj", "nsubjpass")]
    )
    if subj and lemma_of(parsed[verb]) == "report" and parsed[subj[0]].lower == "it":
        return None
    return subj[0] if subj else None


def _stranded_speaker(parsed: ParsedDoc, verb: int) -> int | None:
    """The speaker of a subjectless reporting verb that the parser hung, as an apposition, on the
    phrase before it ("sent troops to Mali, the army chief said": "chief" made an apposition of
    "Mali", "said" a conjunct of "sent")."""
    if any(c.dep in ("nsubj", "nsubjpass") for c in parsed.children(verb)):
        return None
    span = parsed.sents[parsed[verb].sent]
    for tok in parsed.tokens[span.start : verb]:
        if tok.dep == "appos" and parsed.subtree(tok.i)[1] == verb and is_reporter(parsed, tok.i):
            return tok.i
    return None


def _according_to(parsed: ParsedDoc, sent: int) -> int | None:
    span = parsed.sents[sent]
    for tok in parsed.tokens[span.start : span.end]:
        if tok.lower == "according":
            for child in parsed.children(tok.i):
                if child.lower == "to":
                    objs = [g.i for g in parsed.children(child.i) if g.dep == "pobj"]
                    if objs:
                        return objs[0]
    return None


def attribution_of(
    parsed: ParsedDoc, head: int, index: MentionIndex, *, trigger_verb: int | None = None
) -> Attribution | None:
    """Who reported the event anchored on token ``head`` (None when the text does not say).

    ``trigger_verb`` is the verb carrying a noun trigger, so that "said" governing it counts.
    """
    start = trigger_verb if trigger_verb is not None else head
    cur = parsed[start]
    for _ in range(6):
        if cur.head == cur.i or cur.dep not in _DESCEND:
            break
        gov = parsed[cur.head]
        reporting = lemma_in(gov, REPORTING_VERBS) and cur.dep in ("ccomp", "conj")
        accusing = lemma_in(gov, ACCUSING_VERBS) and cur.dep == "prep" and cur.i != start
        if gov.pos in ("VERB", "AUX") and (reporting or accusing):
            subj = _reporting_subject(parsed, gov.i)
            if subj is not None:
                return _source(parsed, index, subj)
        cur = gov
    for child in parsed.children(start):  # "..., officials said" parsed under the event verb
        if child.dep in ("parataxis", "ccomp", "conj") and lemma_in(child, REPORTING_VERBS):
            subj = _reporting_subject(parsed, child.i) if child.dep != "conj" else None
            subj = subj if subj is not None else _stranded_speaker(parsed, child.i)
            if subj is not None:
                return _source(parsed, index, subj)
    obj = _according_to(parsed, parsed[head].sent)
    if obj is not None:
        return _source(parsed, index, obj)
    return None


#: "PLACE[, Region][, date] (Agency) -" at the start of a paragraph: group "agency"
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z.'\- ]{1,40}(?:,[^\n(]{1,40})?\s*"
    r"\((?P<agency>[A-Z][\w .&/-]{0,40})\)\s*[-\u2013\u2014:]",
    re.MULTILINE,
)


def dateline_sources(text: str, *, first: str | None = None) -> list[tuple[int, int, str, int]]:
    """Character ranges reported by a dateline's agency: ``(start, end, agency, agency_offset)``.

    ``first`` is the agency of a dateline the reader already removed from the top of ``text``: it
    covers the text up to the first dateline found inside it (agency offset -1)."""
    found = list(_DATELINE.finditer(text))
    ranges: list[tuple[int, int, str, int]] = []
    if first:
        ranges.append((0, found[0].start() if found else len(text), first, -1))
    for n, match in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        ranges.append((match.start(), end, match.group("agency").strip(), match.start("agency")))
    return ranges


def dateline_attribution(
    parsed: ParsedDoc, offset: int, index: MentionIndex, ranges: list[tuple[int, int, str, int]]
) -> Attribution | None:
    """The dateline agency whose range holds character ``offset`` (its entity when it is a mention)."""
    for start, end, agency, at in ranges:
        if start <= offset < end:
            entity = None
            if at >= 0:
                i = parsed.token_at_char(at)
                hits = index.at(i) if i is not None else ()
                entity = hits[0].entity if hits else None
            return Attribution(text=agency, entity=entity)
    return None
