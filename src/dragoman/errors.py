"""One exception hierarchy for dragoman.

Only the CLI prints: it turns a :class:`DragomanError` into one line on stderr
and a non-zero exit status. Third-party failures are wrapped at the boundary
with ``raise ... from exc``.
"""

from __future__ import annotations


class DragomanError(Exception):
    """Base class of every error dragoman raises on purpose."""


class InputError(DragomanError):
    """An input (file, record, stream) cannot be read or coded.

    ``source`` names the input (a path, ``path:line``, or ``<stdin>``).
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(DragomanError):
    """A setting, option or registry file is invalid."""


class ModelError(DragomanError):
    """The spaCy pipeline or a data resource cannot be loaded."""


class StorageError(DragomanError):
    """The database cannot be opened, migrated, written or read."""
