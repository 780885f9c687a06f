"""Edits applied to the YAML files in memory, through the one round-trip writer (yamlwrite).

Nothing touches the disk here: the CLI writes the changed files only after the edited
workspace has been loaded and checked.
"""

from __future__ import annotations

from typing import Mapping

from .. import yamlwrite
from .apply import DELETE, Edit


def apply_edits(files: Mapping[str, bytes], edits: list[Edit]) -> dict[str, bytes]:
    """The new bytes of every file an edit changes (files without a real change are left out)."""
    documents: dict[str, yamlwrite.YamlDocument] = {}
    for edit in edits:
        doc = documents.get(edit.file)
        if doc is None:
            doc = documents[edit.file] = yamlwrite.load(files[edit.file], edit.file)
        if edit.append:
            doc.append(edit.path, edit.value)
        elif edit.value is DELETE:
            doc.delete(edit.path)
        else:
            doc.set(edit.path, edit.value)
    out: dict[str, bytes] = {}
    for name, doc in documents.items():
        data = doc.text().encode("utf-8")
        if data != files[name]:
            out[name] = data
    return out
