"""pandoc and typst each have a time limit: a run that loops is stopped with a one-line error."""

from __future__ import annotations

import time
from pathlib import Path

import pypdf
import pytest

from hyteplan.errors import HyteplanError
from hyteplan.render import convert
from hyteplan.render import pandoc as pandoc_module
from hyteplan.render.pandoc import run_pandoc

FONTS = [Path(convert.__file__).resolve().parent / "fonts"]
TITLED = '#set document(title: [Otsikko])\n#set text(lang: "fi")\n'


def test_pandoc_that_runs_too_long_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "loop.lua"
    script.write_text("while true do end\n", encoding="utf-8")
    monkeypatch.setattr(pandoc_module, "PANDOC_SECONDS", 1.0)
    start = time.monotonic()
    with pytest.raises(HyteplanError) as caught:
        run_pandoc(["lua", str(script)])
    assert time.monotonic() - start < 10
    assert "1 seconds" in caught.value.message and "\n" not in caught.value.message
    assert caught.value.hint


def test_typst_that_runs_too_long_is_stopped_and_the_next_pdf_still_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(convert, "TYPST_SECONDS", 1.0)
    looping = TITLED + "#for i in range(100000) { for j in range(100000) { } }\nHei\n"
    start = time.monotonic()
    with pytest.raises(HyteplanError) as caught:
        convert.typst_to_pdf(looping, tmp_path, FONTS, 0)
    assert time.monotonic() - start < 10
    assert "1 seconds" in caught.value.message and "\n" not in caught.value.message
    pdf = convert.typst_to_pdf(TITLED + "Hei maailma\n", tmp_path, FONTS, 0)
    (tmp_path / "ok.pdf").write_bytes(pdf)
    assert "Hei maailma" in pypdf.PdfReader(str(tmp_path / "ok.pdf")).pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_typst_error_is_still_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError) as caught:
        convert.typst_to_pdf("#set document(title: [x])\n#nosuchfunction()\n", tmp_path, FONTS, 0)
    assert "nosuchfunction" in caught.value.message
