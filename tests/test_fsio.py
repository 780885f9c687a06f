import os
import stat
from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.fsio import atomic_write


def test_writes_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.docx"
    atomic_write(target, b"one")
    assert target.read_bytes() == b"one"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_failure_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.pdf"
    atomic_write(target, b"good")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(HyteplanError, match="No space left"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"good"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_file_where_the_folder_should_be_is_a_user_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    with pytest.raises(HyteplanError, match="cannot write .*out/a.pdf"):
        atomic_write(tmp_path / "out" / "a.pdf", b"new")
    with pytest.raises(HyteplanError, match="cannot write"):
        atomic_write(tmp_path / "out" / "sub" / "a.pdf", b"new")
    assert (tmp_path / "out").read_text(encoding="utf-8") == "not a folder"
