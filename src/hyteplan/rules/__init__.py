"""All checks: YAML and schema problems (reading) and the rules over the whole workspace.

Importing this package registers every rule in REGISTRY; each module holds one family.
"""

from __future__ import annotations

from . import reading  # noqa: F401  (registers Y and S codes)
from .base import REGISTRY, Example, Finding, Rule, describe

__all__ = ["REGISTRY", "Example", "Finding", "Rule", "describe"]
