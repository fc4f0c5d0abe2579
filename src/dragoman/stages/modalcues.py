"""Nouns that govern an act: a purpose ("a campaign to destroy", "efforts to topple"), a demand
("calls for a truce"), a prospect ("the threat of war"), a denied or absent sign ("no plan for an
invasion", "no sign of a withdrawal") and a report ("reports that it withdrew": transparent, the
verb over the report decides). Used by modality.modality_of when the search up the parse meets a
noun.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import lemma_of
from ..parsed import ParsedDoc, Token
from ..schema import Modality


@dataclass(frozen=True)
class ModalityCue:
    modality: Modality
    rule: str


#: an aim: the act in their infinitive or "for" complement is hypothetical unless the text says
#: it succeeded ("a successful bid to") or failed ("a failed attempt to": negated)
PURPOSE_NOUNS = frozenset(
    "campaign effort bid drive plan plot scheme intention intent mission push "
    "call demand request appeal proposal offer ultimatum order".split()
)
#: a commitment: its complement is a stated intention, future ("a pledge to withdraw")
COMMITMENT_NOUNS = frozenset("promise pledge vow commitment agreement deal decision".split())
#: a prospect: "the threat of war", "fears of an attack", "the risk of a strike"
PROSPECT_NOUNS = frozenset("threat risk prospect possibility fear danger likelihood chance".split())
#: with "no" the complement did not happen: "no sign of a withdrawal", "no evidence that ..."
NEGATABLE_NOUNS = frozenset(
    "sign evidence indication proof question prospect chance possibility report talk need "
    "desire interest plan intention intent attempt sign suggestion".split()
)
#: reports and claims: transparent, the verb over them decides ("denied reports that ...")
CONTENT_NOUNS = frozenset(
    "report claim allegation accusation suggestion rumour rumor speculation charge assertion story".split()
)
#: an attempt is the act, done whether or not it succeeded, as the verbs "tried to", "attempted to"
#: are (modality.py): transparent, unless it "failed" (negated)
ATTEMPT_NOUNS = frozenset({"attempt"})
_FAILED = frozenset("failed unsuccessful abortive foiled thwarted botched aborted".split())
_SUCCEEDED = frozenset({"successful"})


def complement_kind(parsed: ParsedDoc, via: Token) -> str:
    """How ``via`` complements its noun: "to" (infinitive), "that" (clause), "for"/"of" (a
    preposition), or "" (a relative clause or other modifier: no cue)."""
    kids = list(parsed.children(via.i))
    if via.dep == "advcl":  # see purpose_object
        return "to" if any(c.dep == "aux" and c.lower == "to" for c in kids) else ""
    if via.dep == "acl":
        if any(c.dep == "aux" and c.lower == "to" for c in kids):
            return "to"
        if any(c.dep == "mark" and c.lower in ("that", "whether") for c in kids):
            return "that"
        return ""
    if via.dep == "ccomp":
        return "that"
    if via.dep == "prep" and via.lower in ("for", "of"):
        return via.lower
    return ""


def _outcome(parsed: ParsedDoc, noun: Token) -> ModalityCue | None:
    """'a failed bid to' (negated), 'a successful bid to' (asserted)."""
    for child in parsed.children(noun.i):
        if child.dep != "amod":
            continue
        if child.lower in _FAILED:
            return ModalityCue(Modality.NEGATED, f"purpose:{child.lower}-{lemma_of(noun)}")
        if child.lower in _SUCCEEDED:
            return ModalityCue(Modality.ASSERTED, f"purpose:{child.lower}-{lemma_of(noun)}")
    return None


def _has_no(parsed: ParsedDoc, noun: Token) -> bool:
    return any(c.dep == "det" and c.lower == "no" for c in parsed.children(noun.i))


def noun_cue(parsed: ParsedDoc, noun: Token, via: Token) -> tuple[ModalityCue | None, bool]:
    """The cue ``noun`` gives the complement ``via``, and whether the search goes on past the
    noun (a report is transparent)."""
    kind = complement_kind(parsed, via)
    if not kind:
        return None, False
    lemma = lemma_of(noun)
    if lemma in NEGATABLE_NOUNS and _has_no(parsed, noun):
        return ModalityCue(Modality.NEGATED, f"neg:no-{lemma}"), False
    if lemma in CONTENT_NOUNS and kind in ("that", "of"):
        return None, True
    if kind in ("to", "for") and lemma in ATTEMPT_NOUNS:
        outcome = _outcome(parsed, noun)
        return (outcome, False) if outcome is not None else (None, True)
    if kind in ("to", "for") and (lemma in PURPOSE_NOUNS or lemma in COMMITMENT_NOUNS):
        outcome = _outcome(parsed, noun)
        if outcome is not None:
            return outcome, False
        if lemma in COMMITMENT_NOUNS:
            return ModalityCue(Modality.FUTURE, f"purpose:{lemma}"), False
        return ModalityCue(Modality.HYPOTHETICAL, f"purpose:{lemma}"), False
    if kind in ("to", "of") and lemma in PROSPECT_NOUNS:
        return ModalityCue(Modality.HYPOTHETICAL, f"prospect:{lemma}"), False
    return None, False


def purpose_object(parsed: ParsedDoc, gov: Token, via: Token) -> Token | None:
    """The purpose noun an infinitive really complements when the parser hangs it on the verb:
    "foiled a plot | to bomb" (advcl of "foiled", right after its object "plot")."""
    if via.dep != "advcl" or complement_kind(parsed, via) != "to":
        return None
    start = parsed.subtree(via.i)[0]
    for kid in parsed.children(gov.i):  # "signed a deal | with Somalia | to withdraw"
        if kid.dep == "prep" and parsed.subtree(kid.i)[1] == start:
            start = parsed.subtree(kid.i)[0]
    for obj in parsed.children(gov.i):
        if obj.dep != "dobj" or parsed.subtree(obj.i)[1] != start:
            continue
        if lemma_of(obj) in PURPOSE_NOUNS | COMMITMENT_NOUNS | ATTEMPT_NOUNS:
            return obj
    return None
