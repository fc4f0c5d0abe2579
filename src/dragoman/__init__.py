"""dragoman: news reports -> PLOVER 2.0 political event data.

The public API::

    from dragoman import Coder, code_text
    doc = code_text("KAMPALA, May 3 (AP) - Ugandan police arrested ...", date=date(2024, 5, 3))
    for event in doc.events:
        print(event.event, [a.entity_name for a in event.actor])
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import ConfigError, DragomanError, InputError, ModelError, StorageError
from .pipeline import Coder, code_inputs, code_text
from .read import read_inputs
from .schema import (
    Article,
    Attribution,
    Document,
    Entity,
    Event,
    EventType,
    Mention,
    Modality,
    Place,
    Precision,
    Quote,
    TimeExpr,
)
from .settings import Settings
from .store import Store

__all__ = [
    "Article",
    "Attribution",
    "Coder",
    "ConfigError",
    "Document",
    "DragomanError",
    "Entity",
    "Event",
    "EventType",
    "InputError",
    "Mention",
    "Modality",
    "ModelError",
    "Place",
    "Precision",
    "Quote",
    "Settings",
    "StorageError",
    "Store",
    "TimeExpr",
    "__version__",
    "code_inputs",
    "code_text",
    "read_inputs",
]
