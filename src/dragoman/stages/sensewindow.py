"""The sense window of a trigger: the words around it that tell which sense of the word is meant.

A word of an entry's negative list among the trigger's dependents (two levels down, within its
clause) means another sense; two words of its domain lists (@sport, @entertainment) anywhere in
the sentence do too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import ParsedDoc, Token

if TYPE_CHECKING:
    from ..lexicon import LexEntry, Trigger


def clause_head(parsed: ParsedDoc, i: int) -> int:
    """The verb whose clause contains token ``i`` (itself when it is a verb)."""
    if parsed[i].pos in ("VERB", "AUX"):
        return i
    for anc in parsed.ancestors(i):
        if anc.pos in ("VERB", "AUX"):
            return anc.i
    return i


#: dependents that start another clause: the sense window does not reach into them
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})


def sense_window(parsed: ParsedDoc, trig: Trigger, *, depth: int = 2) -> set[int]:
    """The tokens that tell a trigger's sense: its dependents (and a noun trigger's governing
    verb's) up to ``depth`` levels down, not crossing into other clauses."""
    roots = [trig.head] + ([trig.noun] if trig.noun is not None else [])
    governor = clause_head(parsed, trig.head)
    if governor != trig.head:
        roots.append(governor)
    tok = parsed[trig.head]
    if tok.dep in ("acl", "relcl", "amod") and tok.head != tok.i:  # "the films released", "hit film"
        roots.append(tok.head)
    window: set[int] = set()
    frontier = roots
    for _ in range(depth + 1):
        nxt: list[int] = []
        for i in frontier:
            if i in window:
                continue
            window.add(i)
            for child in parsed.children(i):
                clause = child.dep in _CLAUSE_DEPS or (child.dep == "conj" and child.pos == "VERB")
                if not clause:
                    nxt.append(child.i)
        frontier = nxt
    if tok.dep == "pobj" and tok.head != tok.i:  # "the right of appeal": the noun the trigger complements
        prep = parsed[tok.head]
        if prep.lower == "of" and prep.head != prep.i and parsed[prep.head].pos == "NOUN":
            window.add(prep.head)
    return window


def _question_words(parsed: ParsedDoc, verb: int) -> set[str]:
    """The wh-words opening the verb's clausal complements: "asked what aid group could ..."."""
    firsts = (parsed[parsed.subtree(c.i)[0]] for c in parsed.children(verb) if c.dep == "ccomp")
    return {t.lower for t in firsts if t.tag in ("WDT", "WP", "WP$", "WRB")}


def negated_sense(parsed: ParsedDoc, trig: Trigger, protected: frozenset[int] = frozenset()) -> bool:
    """True when a word of the entry's negative list is in the trigger's sense window, or two words
    of its domain lists are in the sentence."""
    if not trig.entry.neg:
        return False
    if trig.entry.domain:
        sent = parsed.sents[parsed[trig.head].sent]
        hits = {
            tok.lemma.lower()
            for tok in parsed.tokens[sent.start : sent.end]
            if tok.pos in ("NOUN", "PROPN") and tok.lemma.lower() in trig.entry.domain
        }
        if len(hits) >= 2:
            return True
    window = sense_window(parsed, trig)
    marks = {  # the subordinators of the trigger's own clausal complements: "asked whether ..."
        m.lower
        for c in parsed.children(trig.head)
        if c.dep in ("ccomp", "advcl")
        for m in parsed.children(c.i)
        if m.dep == "mark"
    }
    marks |= _question_words(parsed, trig.head)
    return bool(marks & trig.entry.neg) or any(
        _sense_word(parsed[i], trig.entry) and i not in trig.tokens and i not in protected for i in window
    )


def _sense_word(tok: Token, entry: LexEntry) -> bool:
    """A word of the entry's negative list; a domain word not as a verb or particle ("the final",
    "the forward", not "crossing", "put forward")."""
    hits = {tok.lemma.lower(), tok.lower} & entry.neg
    return bool(hits - entry.domain) or bool(hits) and tok.pos not in ("VERB", "AUX") and tok.dep != "prt"
