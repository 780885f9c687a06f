"""All checks: YAML and schema problems (reading) and the rules over the whole workspace.

Importing this package registers every rule in REGISTRY; each module holds one family.
"""

from __future__ import annotations

from . import reading  # noqa: F401  (Y and S codes)
from . import settings  # noqa: F401  (C codes)
from . import references  # noqa: F401  (R codes)
from . import sync  # noqa: F401  (J codes)
from . import quality  # noqa: F401  (Q codes)
from . import data  # noqa: F401  (D codes)
from . import figures  # noqa: F401  (I codes)
from . import printing  # noqa: F401  (P codes)
from . import negotiations  # noqa: F401  (N codes)
from . import indicator_groups  # noqa: F401  (M codes)
from . import previous_term  # noqa: F401  (E codes)
from . import status  # noqa: F401  (F codes)
from .base import REGISTRY, Example, Finding, Rule, describe

__all__ = ["REGISTRY", "Example", "Finding", "Rule", "describe"]
