"""Modality of a trigger: asserted, negated, future or hypothetical.

Read from the trigger's own clause first (negation, modal and future auxiliaries, "if"),
then from the verbs that govern it: "refused to meet" (negated), "agreed to withdraw"
(future), "threatened to attack" / "urged Iran to release" (hypothetical). The governing
verb itself (threatened, urged) stays an asserted event of its own. Reporting verbs ("said",
"told") are transparent. Nouns govern too (see modalcues): "a campaign to destroy" (purpose:
hypothetical), "no plan for an invasion" (negated), "denied reports that it withdrew" (negated).
Prevention is implicative, "prevented him from fighting" (negated); a prohibition is not, "barred
from travelling" (hypothetical). A rule name says which cue decided.
"""

from __future__ import annotations

from ..lexicon import lemma_in, lemma_of
from ..parsed import ParsedDoc, Token
from ..schema import Modality
from .modalcues import CONTENT_NOUNS, ModalityCue, noun_cue, pending_until, purpose_object, subject_cue

_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "must", "can", "ca", "'d"})
#: the auxiliaries that make a negation a refusal: "will not", "won't", "would not"
_WILL = frozenset({"will", "wo", "would", "shall", "'ll"})

#: governing verbs: a trigger in their clausal complement is negated / future / hypothetical
NEGATING = frozenset("deny refuse fail decline reject dismiss avoid stop halt cease abandon".split())
FUTURE = frozenset(
    "plan agree promise pledge vow intend aim prepare schedule expect set due announce decide commit "
    "resolve undertake".split()
)
HYPOTHETICAL = frozenset(
    "consider threaten call urge demand ask want seek propose suggest hope wish request "
    "appeal press push recommend offer weigh mull contemplate discuss debate explore warn insist need "
    "order allow encourage invite persuade".split()
)
# "tried to", "attempted to" are transparent: an attempt is the act, done whether or not it
# succeeded (CAMEO codes an attempted assassination as an assault), and so is the noun ("an
# attempt to kill": modalcues.ATTEMPT_NOUNS), negated only when it "failed"

#: adjectives whose infinitive complement is a stated intention ("is determined to withdraw"), a
#: readiness that is only offered ("is willing to withdraw": hypothetical, as "offered to") or a
#: negation ("was unable to reach")
FUTURE_ADJ = frozenset("poised determined set due".split())
HYPOTHETICAL_ADJ = frozenset("willing ready prepared eager keen likely unlikely".split())
NEGATING_ADJ = frozenset("unable unwilling reluctant".split())
#: the governors whose cue also reaches a nominal object ("planned an attack", "called for
#: sanctions"); "rejected a request", "discussed the attack", "announced sanctions" stay asserted
NOMINAL_FUTURE = frozenset("plan prepare schedule promise pledge vow intend".split())
NOMINAL_HYPOTHETICAL = frozenset(
    "consider threaten call urge demand ask want seek propose request appeal press push recommend "
    "weigh mull contemplate hope warn offer".split()
)
#: reporting verbs: transparent for modality ("said it would withdraw" is future)
REPORTING = frozenset(
    "say tell report claim state add announce confirm insist note write tweet quote cite allege "
    "declare".split()
)
#: verbs and the preposition by which they name a goal or an accepted act, not a done one:
#: "a meeting aimed at restoring ties", "agreed to Norwegian mediation", "consented to an inquiry"
_AIMED_AT = frozenset({("aim", "at"), ("agree", "to"), ("consent", "to")})
_CLAUSAL = frozenset({"xcomp", "ccomp", "pcomp", "conj"})
_NOMINAL = frozenset({"dobj", "nsubjpass", "prep"})

#: verbs whose nominal object is an act that did not happen: "prevented an attack", "denied
#: the attack", "averted a strike" ("ruled out an invasion": see _ruled_out)
NOMINAL_NEGATING = frozenset("deny prevent avert foil thwart forestall".split())
#: "stopped him from fighting", "refrained from attacking": implicative, the act did not happen
PREVENTING = frozenset("prevent stop keep block deter dissuade restrain refrain abstain desist".split())
#: "barred him from travelling": a prohibition, the act is only forbidden (hypothetical)
PROHIBITING = frozenset("ban bar prohibit forbid restrict".split())


def _own_cue(parsed: ParsedDoc, i: int) -> ModalityCue | None:
    """Negation, auxiliaries and conditionals attached to token ``i`` itself."""
    children = list(parsed.children(i))
    tok = parsed[i]
    for child in children:
        low = child.lower
        if child.dep == "neg" or (child.dep == "det" and low == "no" and tok.pos == "NOUN"):
            if child.dep == "neg" and any(c.dep == "aux" and c.lower in _WILL for c in children):
                return ModalityCue(Modality.NEGATED, "neg:will-not")  # a refusal: "will not accept"
            return ModalityCue(Modality.NEGATED, f"neg:{low}")
        if child.dep == "advmod" and low == "never":
            return ModalityCue(Modality.NEGATED, "neg:never")
    for child in children:  # the consequent of a condition: "if Hamas releases them, Israel will halt"
        if child.dep != "advcl":
            continue
        marks = [m.lower for m in parsed.children(child.i) if m.dep == "mark" and m.lower in ("if", "unless")]
        if marks:  # "unless": the act is the price of a refusal, a threat ("will withdraw unless ...")
            return ModalityCue(Modality.HYPOTHETICAL, f"cond:{marks[0]}")
    until = pending_until(parsed, i)
    if until is not None:
        return until
    for child in children:
        low = child.lower
        if child.dep == "aux" and low in _FUTURE_AUX:
            return ModalityCue(Modality.FUTURE, f"aux:{low}")
        if child.dep == "aux" and low in _HYPOTHETICAL_AUX:
            return ModalityCue(_would(parsed, i, low), f"aux:{low}")
        if child.dep == "mark" and low in ("if", "unless", "whether"):
            return ModalityCue(Modality.HYPOTHETICAL, f"mark:{low}")
    return None


def _would(parsed: ParsedDoc, i: int, aux: str) -> Modality:
    """'would' under a reporting or announcing verb is the future in the past."""
    tok = parsed[i]
    if aux == "would" and tok.dep == "ccomp" and tok.head != i:
        if lemma_in(parsed[tok.head], REPORTING | FUTURE):
            return Modality.FUTURE
    return Modality.HYPOTHETICAL


def _ruled_out(parsed: ParsedDoc, gov: Token) -> bool:
    return lemma_of(gov) == "rule" and any(
        c.dep == "prt" and c.lower == "out" for c in parsed.children(gov.i)
    )


def _negating_cue(parsed: ParsedDoc, gov: Token, via: Token, clausal: bool) -> ModalityCue | None:
    """Denial, prevention and prohibition: "denied that", "prevented him from", "ruled out"."""
    lemma = lemma_of(gov)
    if via.dep == "prep" and via.lower == "from":
        if lemma_in(gov, PREVENTING):
            return ModalityCue(Modality.NEGATED, f"gov:{lemma}-from")
        if lemma_in(gov, PROHIBITING):
            return ModalityCue(Modality.HYPOTHETICAL, f"gov:{lemma}-from")
    if _ruled_out(parsed, gov) and (clausal or via.dep in ("dobj", "nsubjpass")):
        return ModalityCue(Modality.NEGATED, "gov:rule-out")
    if via.dep in ("dobj", "nsubjpass") and lemma_in(gov, NOMINAL_NEGATING):
        if lemma_of(via) in CONTENT_NOUNS:  # "denied reports that ...": the reported act
            return ModalityCue(Modality.NEGATED, f"gov:{lemma}-{lemma_of(via)}")
        return ModalityCue(Modality.NEGATED, f"gov:{lemma}")
    if lemma in NEGATING and clausal:
        return ModalityCue(Modality.NEGATED, f"gov:{lemma}")
    return None


def _governor_cue(parsed: ParsedDoc, gov: Token, via: Token) -> ModalityCue | None:
    """The cue a governing verb gives the complement ``via`` hangs from (None: transparent)."""
    lemma = lemma_of(gov)
    clausal = via.dep in _CLAUSAL or for_to(parsed, via)  # "calling for him to apologise"
    if gov.pos == "ADJ" and via.dep == "xcomp":
        if lemma in NEGATING_ADJ or gov.lower in NEGATING_ADJ:
            return ModalityCue(Modality.NEGATED, f"gov:{gov.lower}")
        if lemma in FUTURE_ADJ or gov.lower in FUTURE_ADJ:
            return ModalityCue(Modality.FUTURE, f"gov:{gov.lower}")
        if lemma in HYPOTHETICAL_ADJ or gov.lower in HYPOTHETICAL_ADJ:
            return ModalityCue(Modality.HYPOTHETICAL, f"gov:{gov.lower}")
    negating = _negating_cue(parsed, gov, via, clausal)
    if negating is not None:
        return negating
    if via.dep == "prep" and (lemma, via.lower) in _AIMED_AT:  # "talks aimed at a truce"
        return ModalityCue(Modality.FUTURE, f"gov:{lemma}-{via.lower}")
    if lemma in REPORTING and via.dep == "ccomp":
        return None  # "announced that it is willing to": a report, its clause's own cues decide
    due = lemma == "be" and any(c.lower == "due" for c in parsed.children(gov.i))
    if (lemma in FUTURE and clausal) or lemma in NOMINAL_FUTURE or due:
        return ModalityCue(Modality.FUTURE, f"gov:{lemma}")
    if (lemma in HYPOTHETICAL and clausal) or lemma in NOMINAL_HYPOTHETICAL:
        return ModalityCue(Modality.HYPOTHETICAL, f"gov:{lemma}")
    if lemma == "go" and via.dep == "xcomp":
        return ModalityCue(Modality.FUTURE, "gov:going-to")
    if (
        lemma == "be"
        and via.dep == "xcomp"
        and any(c.dep == "aux" and c.lower == "to" for c in parsed.children(via.i))
    ):
        return ModalityCue(Modality.FUTURE, "gov:be-to")  # "the party is to back the plans"
    return None


_DEFAULT = ModalityCue(Modality.ASSERTED, "default")


def _copular(parsed: ParsedDoc, i: int) -> bool:
    """A predicate adjective under its copula ("is willing", "was ready")."""
    tok = parsed[i]
    return tok.pos == "ADJ" and tok.dep == "acomp" and parsed[tok.head].pos in ("AUX", "VERB")


def _amount(parsed: ParsedDoc, tok: Token) -> bool:
    """A sum or quantity noun ("$50m", "20 million euros")."""
    return tok.ent_type in ("MONEY", "QUANTITY") or any(c.dep == "nummod" for c in parsed.children(tok.i))


def for_to(parsed: ParsedDoc, via: Token) -> bool:
    """A "for X to V" clause the parser hangs as an adverbial: "calling for him to apologise"."""
    if via.dep != "advcl":
        return False
    kids = list(parsed.children(via.i))
    return any(c.dep == "mark" and c.lower == "for" for c in kids) and any(
        c.dep == "aux" and c.lower == "to" for c in kids
    )


def _through_preposition(parsed: ParsedDoc, cur: Token) -> bool:
    """A gerund after "from", "for" (or a noun's "of") is reached through its preposition:
    "prevented him from fighting", "called for lifting the ban", "no intention of attacking"."""
    prep = parsed[cur.head]
    if cur.dep != "pcomp" or prep.pos != "ADP":
        return False
    over_noun = parsed[prep.head].pos in ("NOUN", "PROPN")  # "no intention of attacking"
    aimed = (lemma_of(parsed[prep.head]), prep.lower) in _AIMED_AT  # "aimed at restoring ties"
    return prep.lower in ("from", "for") or (over_noun and prep.lower == "of") or aimed


def _in_context(parsed: ParsedDoc, noun: Token, cue: ModalityCue) -> ModalityCue:
    """A purpose or commitment that is itself denied or absent is negated: "denied any plan to
    invade", "did not launch a campaign to ..."."""
    if cue.modality not in (Modality.HYPOTHETICAL, Modality.FUTURE):
        return cue
    head = parsed[noun.head]
    clause = (
        head.i if noun.dep in ("dobj", "nsubjpass", "attr", "nsubj") and head.pos in ("VERB", "AUX") else None
    )
    ctx = modality_of(parsed, noun.i, clause=clause)
    if ctx.modality is Modality.NEGATED:
        return ModalityCue(Modality.NEGATED, f"{ctx.rule}+{cue.rule}")
    return cue


#: coordinators that oppose a conjunct to its head ("stayed out of the talks, but backed the deal")
_CONTRASTS = frozenset({"but", "yet", "while", "whereas"})


def _own_clause(parsed: ParsedDoc, conjunct: Token, head: Token) -> bool:
    """True when a conjunct is a clause of its own, with its own auxiliary or subject or opposed by
    "but": it does not share its head's negation ("did not attack or kill" shares it; "France is no
    party to the dispute, but has backed Kyiv" does not)."""
    own = any(c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in parsed.children(conjunct.i))
    return own or any(c.dep == "cc" and c.lower in _CONTRASTS for c in parsed.children(head.i))


def _relative_clause(parsed: ParsedDoc, cur: Token) -> bool:
    """A clause opened by "where" or "when" that the parser hung as a complement ("threatened to
    shell towns in retaliation for a raid on X where 100 people were killed")."""
    return cur.dep in ("ccomp", "xcomp") and any(
        c.dep == "advmod" and c.tag == "WRB" and c.lower in ("where", "when") and c.i < cur.i
        for c in parsed.children(cur.i)
    )


def _purpose(parsed: ParsedDoc, cur: Token) -> bool:
    """An infinitive of purpose with no subject of its own: "demanded a meeting to discuss X"."""
    if cur.dep != "advcl" or any(c.dep in ("nsubj", "nsubjpass", "mark") for c in parsed.children(cur.i)):
        return False
    return any(c.dep == "aux" and c.lower == "to" for c in parsed.children(cur.i))


def _purpose_cue(parsed: ParsedDoc, gov: Token) -> ModalityCue:
    """A purpose shares the fate of the act it serves: "urged talks to end the war" and "will send
    troops to restore order" are not realised; "phoned her to discuss the crisis" is."""
    lemma = lemma_of(gov)
    if lemma in NOMINAL_FUTURE:
        return ModalityCue(Modality.FUTURE, f"purpose-of:{lemma}")
    if lemma in NOMINAL_HYPOTHETICAL:
        return ModalityCue(Modality.HYPOTHETICAL, f"purpose-of:{lemma}")
    cue = modality_of(parsed, gov.i)
    if cue.modality is Modality.ASSERTED:
        return cue
    return ModalityCue(cue.modality, f"purpose-of+{cue.rule}")


def modality_of(
    parsed: ParsedDoc, head: int, *, clause: int | None = None, also: tuple[int, ...] = ()
) -> ModalityCue:
    """The modality of the event anchored on token ``head``.

    ``clause`` is the verb that carries the event when the trigger is a noun ("launched an
    attack": the cues of "launched" apply); ``also`` are further tokens of the trigger whose own
    cues count ("no talks were held"). Governing verbs are searched up to the sentence root.
    """
    start = clause if clause is not None else head
    if clause is None and _copular(parsed, head):  # "is not willing to": the copula's own cues
        start = parsed[head].head
    for i in dict.fromkeys((head, start, *also)):
        cue = _own_cue(parsed, i)
        if cue is not None:
            return cue
    cur = parsed[start] if start != head and _copular(parsed, head) else parsed[head]
    for _ in range(8):
        if cur.head == cur.i:
            break
        if cur.dep == "csubj":  # "removing the sanctions is out of the question"
            return subject_cue(parsed, parsed[cur.head]) or _DEFAULT
        if cur.dep == "pobj" or _through_preposition(parsed, cur):  # "called for sanctions"
            cur = parsed[cur.head]
            continue
        gov = parsed[cur.head]
        if cur.dep == "conj" and gov.pos in ("NOUN", "PROPN"):  # "pledged billions and assistance"
            cur = gov
            continue
        if cur.dep == "prep" and cur.lower in ("in", "of") and _amount(parsed, gov):
            cur = gov  # "pledged $50m in aid": the sum is the aid
            continue
        if gov.pos in ("NOUN", "PROPN") and cur.dep in ("acl", "ccomp", "prep"):
            cue, transparent = noun_cue(parsed, gov, cur)  # "a campaign to destroy", "reports that"
            if cue is not None:
                return _in_context(parsed, gov, cue)
            if not transparent:
                break
            cur = gov
            continue
        if _relative_clause(parsed, cur):
            break  # "a raid on the town where 100 people were killed": its own context
        noun = purpose_object(parsed, gov, cur)
        if noun is not None:  # "foiled a plot to bomb", the infinitive hung on the verb
            return _in_context(parsed, noun, noun_cue(parsed, noun, cur)[0] or _DEFAULT)
        if _purpose(parsed, cur):
            return _purpose_cue(parsed, gov)
        if cur.dep not in _CLAUSAL and cur.dep not in _NOMINAL and not for_to(parsed, cur):
            break  # adverbial and relative clauses, adjuncts: their own context
        if gov.pos not in ("VERB", "AUX", "ADJ"):
            break
        if cur.dep == "conj":  # a conjunct shares its head's own cues, not those it gives its complements
            shared = lemma_of(gov) not in REPORTING and not _own_clause(parsed, cur, gov)
            own = _own_cue(parsed, gov.i) if shared else None
            if own is not None:
                return own
            cur = gov
            continue
        cue = _governor_cue(parsed, gov, cur)
        if cue is not None:
            return cue
        if cur.dep == "prep" or (cur.dep in _NOMINAL and cur.i != head and cur.i != start):
            break  # a plain verb's adjunct ("shell towns in retaliation for a raid")
        if cur.dep in ("xcomp", "conj") and lemma_of(gov) not in REPORTING:
            own = _own_cue(parsed, gov.i)
            if own is not None:
                return own
        cur = gov
    return ModalityCue(Modality.ASSERTED, "default")
