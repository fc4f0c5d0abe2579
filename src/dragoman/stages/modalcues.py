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
#: demands and proposals: the act in their "that" clause is asked for, not done ("a call that
#: troops withdraw", "the proposal that both sides disarm")
DEMAND_NOUNS = frozenset("call demand request appeal proposal ultimatum order insistence plea".split())
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
    "report claim allegation accusation suggestion rumour rumor speculation charge assertion story "
    "admission acknowledgement acknowledgment confirmation".split()
)
#: an attempt is the act, done whether or not it succeeded, as the verbs "tried to", "attempted to"
#: are (modality.py): transparent, unless it "failed" (negated)
ATTEMPT_NOUNS = frozenset({"attempt"})
_FAILED = frozenset("failed unsuccessful abortive foiled thwarted botched aborted".split())
_SUCCEEDED = frozenset({"successful"})


def to_infinitive(parsed: ParsedDoc, i: int) -> bool:
    """True when token ``i`` carries the infinitive marker "to" ("to bomb", "to cease")."""
    return any(c.dep == "aux" and c.lower == "to" for c in parsed.children(i))


def complement_kind(parsed: ParsedDoc, via: Token) -> str:
    """How ``via`` complements its noun: "to" (infinitive), "that" (clause), "for"/"of" (a
    preposition), or "" (a relative clause or other modifier: no cue)."""
    kids = list(parsed.children(via.i))
    if via.dep == "advcl":  # see purpose_object
        return "to" if to_infinitive(parsed, via.i) else ""
    if via.dep == "acl":
        if to_infinitive(parsed, via.i):
            return "to"
        if any(c.dep == "mark" and c.lower in ("that", "whether") for c in kids):
            return "that"
        return ""
    if via.dep == "ccomp":
        return "that"
    if via.dep == "prep" and via.lower in ("for", "of"):
        return via.lower
    return ""


#: verbs by which a commitment is not kept: "broke its promise to withdraw" (negated)
_BROKEN = frozenset("break betray breach violate renege abandon".split())


def _outcome(parsed: ParsedDoc, noun: Token) -> ModalityCue | None:
    """'a failed bid to' (negated), 'a successful bid to' (asserted), 'broke its pledge to' (negated)."""
    if noun.dep == "dobj" and lemma_of(parsed[noun.head]) in _BROKEN:
        return ModalityCue(Modality.NEGATED, f"purpose:broken-{lemma_of(noun)}")
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
    if lemma_of(noun) in TEXT_NOUNS and via.dep == "acl" and via.tag == "VBG":
        return _text_fate(parsed, noun), True  # "vetoed a resolution condemning the coup"
    kind = complement_kind(parsed, via)
    if not kind:
        return None, False
    lemma = lemma_of(noun)
    if lemma in NEGATABLE_NOUNS and _has_no(parsed, noun):
        return ModalityCue(Modality.NEGATED, f"neg:no-{lemma}"), False
    if lemma in CONTENT_NOUNS and kind in ("that", "of"):
        return None, True
    if kind == "to" and lemma in NEGATING_NOUNS:
        return ModalityCue(Modality.NEGATED, f"neg:{lemma}"), False
    if kind in ("to", "for") and lemma in PERMISSION_NOUNS:
        return ModalityCue(Modality.HYPOTHETICAL, f"purpose:{lemma}"), False
    if kind in ("to", "for") and lemma in ATTEMPT_NOUNS:
        outcome = _outcome(parsed, noun)
        return (outcome, False) if outcome is not None else (None, True)
    if kind == "that" and lemma in DEMAND_NOUNS:  # "its demand that Israel ease restrictions"
        return ModalityCue(Modality.HYPOTHETICAL, f"purpose:{lemma}-that"), False
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


#: texts put to a vote, whose participle says what they would do: "a resolution condemning X"
TEXT_NOUNS = frozenset("resolution motion draft bill text declaration amendment".split())
#: verbs by which such a text is not adopted: its act is not done
_TEXT_DEFEATED = frozenset("veto reject block defeat withdraw oppose".split())


def _text_fate(parsed: ParsedDoc, noun: Token) -> ModalityCue | None:
    """A text's act is negated when the text is vetoed or rejected ("vetoed a resolution condemning
    the coup"), hypothetical when only drafted or proposed; otherwise the verbs over the text decide."""
    if noun.dep not in ("dobj", "nsubjpass") or noun.head == noun.i:
        return None
    verb = lemma_of(parsed[noun.head])
    if verb in _TEXT_DEFEATED or (
        verb == "vote" and any(c.lower == "down" for c in parsed.children(noun.head))
    ):
        return ModalityCue(Modality.NEGATED, f"gov:{verb}-{lemma_of(noun)}")
    if verb in ("draft", "propose", "submit", "circulate", "table", "introduce"):
        return ModalityCue(Modality.HYPOTHETICAL, f"gov:{verb}-{lemma_of(noun)}")
    return None


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
        if (
            lemma_of(obj)
            in PURPOSE_NOUNS | COMMITMENT_NOUNS | ATTEMPT_NOUNS | PERMISSION_NOUNS | NEGATING_NOUNS
        ):
            return obj
    return None


def infinitive_noun(parsed: ParsedDoc, verb: int) -> Token | None:
    """The noun whose to-infinitive ``verb`` heads ("a plot | to bomb", "an attempt | to kill"), also
    when the parser hangs the infinitive on the verb over the noun ("foiled a plot | to bomb": see
    :func:`purpose_object`), or None."""
    tok = parsed[verb]
    if tok.head == tok.i or not to_infinitive(parsed, verb):
        return None
    head = parsed[tok.head]
    if tok.dep == "acl" and head.pos == "NOUN":
        return head
    return purpose_object(parsed, head, tok) if tok.dep == "advcl" and head.pos in ("VERB", "AUX") else None


#: nouns of a refusal or failure: the act in their infinitive did not happen ("the government's
#: refusal to accept", "their failure to reach agreement")
NEGATING_NOUNS = frozenset("refusal failure inability unwillingness reluctance".split())
#: a permission or invitation: the act in their infinitive is only allowed or asked for
PERMISSION_NOUNS = frozenset(
    "invitation right permission authority authorization authorisation mandate licence license "
    "readiness willingness".split()
)
#: predicates by which a gerund subject is ruled out ("removing sanctions is unthinkable")
RULED_OUT_ADJ = frozenset("impossible unthinkable unacceptable inconceivable".split())
#: predicates by which a gerund subject is only a prospect ("lifting the ban is possible")
PROSPECT_ADJ = frozenset(
    "possible likely unlikely necessary essential needed vital crucial important imperative".split()
)
_PROSPECT_ATTR = frozenset("option possibility priority goal aim objective".split())
#: idioms of ruling out: "out of the question", "off the table"
_RULED_OUT_PP = (("out", "of", "question"), ("off", "", "table"))


def _pp_words(parsed: ParsedDoc, pred: Token) -> set[tuple[str, str, str]]:
    """(preposition, inner preposition or "", object lemma) of a predicate's prepositional phrases."""
    out: set[tuple[str, str, str]] = set()
    for prep in parsed.children(pred.i):
        if prep.dep != "prep":
            continue
        for kid in parsed.children(prep.i):
            if kid.dep == "pobj":
                out.add((prep.lower, "", lemma_of(kid)))
            if kid.dep == "prep":
                out.update(
                    (prep.lower, kid.lower, lemma_of(g)) for g in parsed.children(kid.i) if g.dep == "pobj"
                )
    return out


def subject_cue(parsed: ParsedDoc, pred: Token) -> ModalityCue | None:
    """The cue a predicate gives its clausal subject: "removing the sanctions is out of the
    question" (negated), "lifting the ban is possible" (hypothetical)."""
    if _pp_words(parsed, pred) & set(_RULED_OUT_PP):
        return ModalityCue(Modality.NEGATED, "subj:ruled-out")
    for kid in parsed.children(pred.i):
        low = lemma_of(kid)
        if kid.dep == "acomp" and (low in RULED_OUT_ADJ or kid.lower in RULED_OUT_ADJ):
            return ModalityCue(Modality.NEGATED, f"subj:{kid.lower}")
        if kid.dep == "acomp" and (low in PROSPECT_ADJ or kid.lower in PROSPECT_ADJ):
            return ModalityCue(Modality.HYPOTHETICAL, f"subj:{kid.lower}")
        if kid.dep == "attr" and low in _PROSPECT_ATTR:
            return ModalityCue(Modality.HYPOTHETICAL, f"subj:{low}")
    return None


#: time clauses whose present tense names an act still to come: "until the troops withdraw",
#: "before they disarm"
_PENDING_MARKS = {"until": "until", "till": "until", "before": "before"}


def pending_until(parsed: ParsedDoc, i: int) -> ModalityCue | None:
    """An "until" or "before" clause in the present tense names a condition not yet met or an act
    still to come ("opposed the plan until their demands are met", "must withdraw before they
    disarm"); in the past it happened ("fought until the troops withdrew")."""
    kids = list(parsed.children(i))
    marks = [_PENDING_MARKS[c.lower] for c in kids if c.dep == "mark" and c.lower in _PENDING_MARKS]
    if not marks:
        return None
    tags = {parsed[i].tag} | {c.tag for c in kids if c.dep in ("aux", "auxpass")}
    if tags & {"VBZ", "VBP"} or (parsed[i].tag == "VB" and not tags & {"VBD"}):
        return ModalityCue(Modality.HYPOTHETICAL, f"mark:{marks[0]}")
    return None
