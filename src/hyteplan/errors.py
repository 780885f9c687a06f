"""The one user-facing error type.

Anything a user can cause (a missing workspace, an unreadable file, a bad option) is raised as a
HyteplanError; the CLI's single handler turns it into a message, a hint and exit code 2.
"""

from __future__ import annotations


class HyteplanError(Exception):
    """A problem the user can fix: what went wrong, and what to do about it."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\nhint: {self.hint}"
