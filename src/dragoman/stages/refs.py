"""The records the actors stage passes between its modules: an actor (:class:`Ref`) and a mention of
it found over tokens (:class:`Found`), before they become :class:`~dragoman.schema.Mention` objects."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..schema import Entity

__all__ = ["Found", "Ref"]


@dataclass(eq=False)
class Ref:
    """One actor of the article, shared by all of its mentions."""

    key: str
    entity: Entity
    kind: str  #: country, organisation, group, person, sector
    person: bool
    gender: str | None = None
    plural: bool = False
    registry: bool = False
    role: str | None = None
    names: list[str] = field(default_factory=list)
    canonical: str = ""

    def final_entity(self, text: str, rule: str) -> Entity:
        return replace(
            self.entity, entity_text=text, entity_name=self.canonical or self.entity.entity_name, rule=rule
        )


@dataclass(frozen=True)
class Found:
    """A mention before output: token range ``[start, end)``, head token, actor, rule, confidence."""

    start: int
    end: int
    head: int
    ref: Ref
    rule: str
    confidence: float
    plural: bool = False
    pronoun_owner: int | None = None
    #: a bare sector noun or office that takes the country of its sentence ("police", "lawmakers")
    local: bool = False
    #: the country of the mention's sentence, for a description no antecedent resolves ("the government")
    context: str | None = None
