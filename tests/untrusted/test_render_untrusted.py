"""`render` end to end on a hostile workspace: the document fails alone, nothing leaks or runs."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.render.test_pipeline import SYNC, docx_text, render


def test_template_reaching_for_os_fails_its_documents_and_runs_nothing(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    marker = tmp_path / "pwned"
    (ws / "templates").mkdir()
    (ws / "templates" / "background.md.j2").write_text(
        "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}\n",
        encoding="utf-8",
    )
    results = render(ws, tmp_path / "out", formats=("docx",), only=("iisalmi",))
    assert not marker.exists()
    assert not results[0].ok
    assert "background.md.j2" in results[0].errors[0]


def test_included_link_to_a_file_outside_never_reaches_the_document(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(SYNC, ws)
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:SALAISUUS\n", encoding="utf-8")
    (ws / "templates").mkdir()
    (ws / "templates" / "background.md.j2").write_text(
        "# Tausta\n\n{% include 'leak.md.j2' %}\n", encoding="utf-8"
    )
    (ws / "templates" / "leak.md.j2").symlink_to(secret)
    out = tmp_path / "out"
    results = render(ws, out, formats=("docx", "md"), only=("iisalmi",))
    assert not results[0].ok and "outside the workspace" in results[0].errors[0]
    assert not (out / "iisalmi.docx").exists()
    (ws / "templates" / "leak.md.j2").unlink()
    (ws / "templates" / "leak.md.j2").write_text("OMA TEKSTI\n", encoding="utf-8")
    assert all(r.ok for r in render(ws, out, formats=("docx",), only=("iisalmi",)))
    assert "OMA TEKSTI" in docx_text(out / "iisalmi.docx")
