"""`dragoman actors NAME`: how a name resolves in the registry, and why (no spaCy model needed)."""

from __future__ import annotations

import io
from pathlib import Path

from dragoman.cli import EXIT_ERROR, EXIT_OK, main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_a_person_resolves_to_the_office_held_on_the_date() -> None:
    status, out, err = run("actors", "Joe Biden", "--date", "2015-06-01")
    assert status == EXIT_OK and err == ""
    first = out.splitlines()[1]
    assert "registry:person: Joe Biden code=USA sector=GOV office='vice president'" in first
    assert "from 2009-01-20 to 2017-01-20" in first
    assert "term: president (USA GOV) 2021-01-20 .. 2025-01-20" in out


def test_a_person_out_of_office_is_a_former_office_holder() -> None:
    status, out, _ = run("actors", "Joe Biden", "--date", "2019-06-01")
    assert status == EXIT_OK
    assert "registry:person-former" in out and "former vice president" in out


def test_a_capital_and_a_misspelling_say_which_rule_applied() -> None:
    status, out, _ = run("actors", "Kyiv")
    assert status == EXIT_OK and "registry:country-seat: Ukraine code=UKR sector=GOV" in out
    status, out, _ = run("actors", "Erdgoan", "--date", "2024-03-12")
    assert status == EXIT_OK
    assert "registry:fuzzy: Recep Tayyip Erdogan code=TUR sector=GOV office='president'" in out


def test_an_unknown_name_is_said_to_be_unknown() -> None:
    status, out, _ = run("actors", "Nobody Atall")
    assert status == EXIT_OK
    assert out.strip() == "'Nobody Atall' on any date: not in the registry"


def test_a_user_registry_file_is_merged_over_the_builtin_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- kind: person\n  name: Jane Doe\n  aliases: [Doe]\n  code: CHL\n  sector: GOV\n"
        "  office: foreign minister\n  start: 2024-03-01\n  gender: f\n",
        encoding="utf-8",
    )
    status, out, _ = run("actors", "Doe", "--date", "2024-05-01", "--registry", str(path))
    assert status == EXIT_OK
    assert "registry:person: Jane Doe code=CHL sector=GOV office='foreign minister' from 2024-03-01" in out
    status, out, _ = run("actors", "Doe", "--date", "2024-05-01")
    assert "not in the registry" in out


def test_a_bad_registry_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- kind: person\n  name: Jane Doe\n  code: Chile\n", encoding="utf-8")
    status, out, err = run("actors", "Doe", "--registry", str(path))
    assert status == EXIT_ERROR and out == ""
    assert err.startswith("dragoman: ") and "Chile" in err and len(err.splitlines()) == 1
