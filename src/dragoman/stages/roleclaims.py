"""Recipients of acts aimed at a claim: an investigation "into an allegation by X that Y had
rigged the vote" is of Y, the party the claim is about, not of X, who made it
(:func:`claimed_parties`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import lemma_in
from ..parsed import ParsedDoc, Token
from ..schema import EventType

__all__ = ["claimed_parties"]

#: nouns of claims whose "that" clause says what a party is said to have done
CLAIM_NOUNS = frozenset(
    "allegation accusation claim charge complaint report suspicion assertion rumour rumor".split()
)
#: events whose recipient is the party a claim is about (investigations, accusations)
_ABOUT_CLAIM = frozenset({EventType.ACCUSE})


def claimed_parties(parsed: ParsedDoc, event: EventType, toks: Sequence[int]) -> list[int]:
    """``toks`` with each claim noun replaced by the subject of its "that" clause ("a probe into
    claims that the police beat detainees": the police), for events aimed at what a claim is
    about; other tokens, and claims with no such clause, are kept."""
    if event not in _ABOUT_CLAIM:
        return list(toks)
    out: list[int] = []
    for i in toks:
        about = _claim_subjects(parsed, i) if lemma_in(parsed[i], CLAIM_NOUNS) else []
        out.extend(about or [i])
    return out


def _claim_subjects(parsed: ParsedDoc, noun: int) -> list[int]:
    """The active subject of the "that" clause of claim noun ``noun`` (empty when none), also when
    the parser hung it on the claimant as a relative clause ("allegations by a group that police
    had beaten detainees": "that" cannot be the object of a verb that has one) or on the noun the
    claim is the object of ("an inquiry into claims by X that Y ...")."""
    claimants = [o for p in parsed.children(noun) if p.lower in ("by", "from") for o in _pobjs(parsed, p.i)]
    holders = [noun, *claimants]
    tok = parsed[noun]
    if tok.dep == "pobj" and tok.head != noun:  # "an inquiry into claims ..., that X": hung on "inquiry"
        holders.append(parsed[tok.head].head)
    for holder in holders:
        for clause in parsed.children(holder):
            if clause.dep not in ("acl", "ccomp", "relcl") or clause.pos not in ("VERB", "AUX"):
                continue
            kids = list(parsed.children(clause.i))
            subjects = [k.i for k in kids if k.dep == "nsubj" and k.lower != "that"]
            if subjects and _complementiser(kids, clause.i, holder not in claimants):
                return subjects
    return []


def _pobjs(parsed: ParsedDoc, prep: int) -> list[int]:
    return [c.i for c in parsed.children(prep) if c.dep == "pobj"]


def _complementiser(kids: list[Token], clause: int, on_claim: bool) -> bool:
    """True when the clause's "that" introduces it rather than standing for a relative's object:
    a "mark", or (on the claimant only) a "that" read as object of a verb with an object of its own."""
    if any(k.dep == "mark" and k.lower == "that" for k in kids):
        return on_claim
    that_obj = any(k.dep == "dobj" and k.lower == "that" and k.i < clause for k in kids)
    return that_obj and any(k.dep == "dobj" and k.lower != "that" for k in kids)
