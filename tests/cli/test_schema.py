import json
from pathlib import Path

import pytest

from hyteplan.cli import main
from hyteplan.schemas import schema_texts


def test_schema_writes_one_file_per_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "schemas"
    assert main(["schema", "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(schema_texts())
    assert (
        json.loads((out / "region.schema.json").read_text(encoding="utf-8"))["$id"]
        == "region.schema.json"
    )
    assert capsys.readouterr().out.count("wrote ") == len(schema_texts())


def test_schema_into_a_file_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["schema", "--out-dir", str(tmp_path / "afile")]) == 2
    err = capsys.readouterr().err
    assert "error: cannot write" in err and "hint:" in err and "internal error" not in err
