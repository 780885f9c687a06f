"""`hyteplan diff --to docx` renders the working tree's templates: sandboxed like `render`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from conftest import GitRepo

Run = Callable[..., tuple[int, str, str]]


def test_annex_template_reaching_for_os_is_refused(
    history: GitRepo, run_cli: Run, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    templates = history.top / "plans" / "templates"
    templates.mkdir()
    (templates / "diff-annex.md.j2").write_text(
        "{{ lipsum.__globals__['os'].popen('touch " + str(marker) + "').read() }}"
        "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}\n",
        encoding="utf-8",
    )
    out = tmp_path / "liite.docx"
    code, _, err = run_cli(
        history.top / "plans",
        "diff",
        "v1-hallitus",
        "v2-valtuusto",
        "--to",
        "docx",
        "--out",
        str(out),
    )
    assert code == 2
    assert not marker.exists() and not out.exists()
    assert "diff-annex.md.j2" in err
