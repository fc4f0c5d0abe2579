"""Attribution: who the text says reported an event.

Two cues: a reporting verb that governs the trigger's clause ("X said / reported / claimed /
told reporters that ...", also the parenthetical "..., officials said") and "according to X"
in the same sentence. The source's words become ``Attribution.text``; its entity comes from
the mentions when the source is a resolved actor ("state-run media", "the ministry").
"""

from __future__ import annotations

from ..parsed import ParsedDoc
from ..schema import Attribution, Mention
from .roles import MentionIndex, mentions_for

REPORTING_VERBS = frozenset(
    "say tell report claim state announce confirm allege add insist note write tweet post quote cite "
    "assert acknowledge admit disclose reveal estimate".split()
)
#: verbs whose subject is the source of the act they accuse someone of ("accused X of shelling")
ACCUSING_VERBS = frozenset("accuse blame charge suspect allege".split())
_DESCEND = frozenset({"ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp", "relcl", "acl"})


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
    subj = [c.i for c in parsed.children(verb) if c.dep in ("nsubj", "nsubjpass")]
    if subj and parsed[verb].lemma.lower() == "report" and parsed[subj[0]].lower == "it":
        return None
    return subj[0] if subj else None


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
        reporting = gov.lemma.lower() in REPORTING_VERBS and cur.dep in ("ccomp", "conj")
        accusing = gov.lemma.lower() in ACCUSING_VERBS and cur.dep == "prep" and cur.i != start
        if gov.pos in ("VERB", "AUX") and (reporting or accusing):
            subj = _reporting_subject(parsed, gov.i)
            if subj is not None:
                return _source(parsed, index, subj)
        cur = gov
    for child in parsed.children(start):  # "..., officials said" parsed under the event verb
        if child.dep in ("parataxis", "ccomp") and child.lemma.lower() in REPORTING_VERBS:
            subj = _reporting_subject(parsed, child.i)
            if subj is not None:
                return _source(parsed, index, subj)
    obj = _according_to(parsed, parsed[head].sent)
    if obj is not None:
        return _source(parsed, index, obj)
    return None
