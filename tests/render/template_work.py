"""A workspace with one test template and a chart in the work folder, for conversion tests."""

from __future__ import annotations

import io
from pathlib import Path

from hyteplan.render import convert
from hyteplan.render.templates import Templates


def png() -> bytes:
    """A small real PNG (drawn by matplotlib, as the charts are)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 1))
    ax.plot([1, 2], [2, 1])
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def template_work(root: Path, template: str) -> tuple[Templates, Path]:
    """`root/templates/t.md.j2` holding `template`, and a work folder with `chart.png`."""
    (root / "templates").mkdir()
    (root / "templates" / "t.md.j2").write_text(template, encoding="utf-8")
    work = root / "work"
    (work / convert.CHART_DIR).mkdir(parents=True)
    (work / convert.CHART_DIR / "chart.png").write_bytes(png())
    return Templates(root), work
