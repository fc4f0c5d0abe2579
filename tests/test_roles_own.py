"""An organisation's own members, named through its pronoun, are no recipient the search finds
(stages/rolesearch.py :func:`own_members`)."""

from __future__ import annotations

from dragoman.schema import Entity, Mention
from dragoman.stages.rolesearch import own_members


def _member(name: str, rule: str = "pronoun+sector") -> Mention:
    entity = Entity("its monitors", name, "IGO", "MIL", rule=rule)
    return Mention(0, 12, "its monitors", entity)


def test_the_actors_own_members_are_not_recipients() -> None:
    assert own_members(_member("Arab League monitors"), {"Arab League"})


def test_members_of_another_body_stay() -> None:
    assert not own_members(_member("African Union monitors"), {"Arab League"})


def test_a_registry_name_that_starts_alike_stays() -> None:
    assert not own_members(_member("Arab League monitors", rule="registry:organisation"), {"Arab League"})
