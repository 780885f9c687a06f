from __future__ import annotations

import re

from hyteplan.model import TARGET_GROUPS
from hyteplan.render.labels import LABELS, LANGS, labels_for
from hyteplan.render.templates import packaged_templates_dir

PLAN_TEMPLATES = [
    "document.md.j2", "background.md.j2", "focus-areas.md.j2", "actions-table.md.j2",
    "cooperation.md.j2", "indicators.md.j2", "decisions.md.j2", "extract.md.j2",
]  # fmt: skip


def test_every_label_exists_in_finnish_swedish_and_english() -> None:
    for key, texts in LABELS.items():
        assert set(texts) == set(LANGS), key
        assert all(t.strip() for t in texts.values()), key


def test_every_target_group_has_a_label() -> None:
    assert {f"tg_{g}" for g in TARGET_GROUPS} <= set(LABELS)


def test_every_label_a_template_uses_exists() -> None:
    used: set[str] = set()
    for name in PLAN_TEMPLATES:
        text = (packaged_templates_dir() / name).read_text(encoding="utf-8")
        used |= set(re.findall(r"labels\.([a-z_]+)", text))
    assert used and used <= set(labels_for("sv"))
