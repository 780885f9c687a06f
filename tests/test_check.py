"""Exact diagnostics (code, place, words) for YAML and schema problems."""

from pathlib import Path

import pytest

from hyteplan.check import check
from hyteplan.diagnostics import Severity
from hyteplan.load import load_workspace


def _concise(ws_path: Path, lang: str = "en") -> list[str]:
    ws = load_workspace(ws_path)
    return [f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}" for d in check(ws, lang)]


def _only_reading_codes(ws: Path) -> None:
    text = (ws / "hyteplan.yaml").read_text(encoding="utf-8")
    (ws / "hyteplan.yaml").write_text(
        text.replace("ignore: []", "select: [Y, S, C]"), encoding="utf-8"
    )


def test_scaffold_is_clean(workspace: Path) -> None:
    assert _concise(workspace) == []


def test_typo_in_key_with_suggestion(workspace: Path) -> None:
    _only_reading_codes(workspace)
    path = workspace / "region.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    rural_reach:", "    rural_rech:"),
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    [d] = check(ws)
    assert (d.file, d.line, d.column, d.code) == ("region.yaml", 24, 5, "S003")
    assert d.message == "action EL-1: unknown key `rural_rech`"
    assert d.hint == "did you mean `rural_reach`?"
    assert d.object_id == "EL-1"
    assert d.span.end_column == 5 + len("rural_rech")


def test_bad_value_and_finnish_words(workspace: Path) -> None:
    _only_reading_codes(workspace)
    path = workspace / "region.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: draft", "status: approvd"),
        encoding="utf-8",
    )
    [d] = check(load_workspace(workspace), "fi")
    assert (d.line, d.column, d.code) == (7, 11, "S004")
    assert (
        d.message
        == "`status`: `approvd` ei ole sallittu arvo (sallitut: draft, proposal, approved)"
    )
    assert d.hint == "tarkoititko `approved`?"


def test_missing_field_points_at_the_object(workspace: Path) -> None:
    _only_reading_codes(workspace)
    path = workspace / "municipalities" / "esimerkkila.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    title: Liikuntakokeilut yläkouluissa\n", ""),
        encoding="utf-8",
    )
    assert _concise(workspace) == [
        "municipalities/esimerkkila.yaml:16:5: S001 action ESI-1: missing required field `title`"
    ]


def test_wrong_type(workspace: Path) -> None:
    _only_reading_codes(workspace)
    path = workspace / "indicators.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 19.0", "value: noin 19"), encoding="utf-8"
    )
    [d] = check(load_workspace(workspace))
    assert (d.code, d.line, d.column) == ("S002", 14, 23)
    assert d.message == "indicator sotkanet-3906: `value` must be a number, not the text 'noin 19'"
    assert "decimal point" in (d.hint or "")


def test_all_problems_in_one_run_sorted(workspace: Path) -> None:
    _only_reading_codes(workspace)
    (workspace / "parties.yaml").write_bytes(
        "parties:\n  - id: ä\n    name: Päihde\n".encode("cp1252")
    )
    (workspace / "focus-areas.yaml").write_text("focus_areas:\n\t- id: x\n", encoding="utf-8")
    region = workspace / "region.yaml"
    region.write_text(region.read_text(encoding="utf-8") + "actions: []\n", encoding="utf-8")
    codes = [line.split(": ")[1].split(" ")[0] for line in _concise(workspace)]
    assert _concise(workspace) == [
        "focus-areas.yaml:2:1: Y002 tab character in indentation",
        "parties.yaml:2:9: Y004 the file is not UTF-8 (it looks like Windows-1252)",
        "region.yaml:26:1: Y003 duplicate key `actions` (first on line 11); this one is ignored",
    ]
    assert codes == ["Y002", "Y004", "Y003"]


def test_settings_unknown_code_and_severity(workspace: Path) -> None:
    cfg = workspace / "hyteplan.yaml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace(
            "ignore: []", "ignore: [Z9]\n  severity: {S003: warning}"
        ),
        encoding="utf-8",
    )
    region = workspace / "region.yaml"
    region.write_text(
        region.read_text(encoding="utf-8").replace("    rural_reach:", "    rural_rech:"),
        encoding="utf-8",
    )
    diags = check(load_workspace(workspace))
    c001 = [d for d in diags if d.code == "C001"]
    assert len(c001) == 1 and c001[0].message == "unknown rule code `Z9` in rule settings"
    s003 = [d for d in diags if d.code == "S003"]
    assert s003 and s003[0].severity is Severity.ERROR  # reading problems cannot be downgraded


def test_decimal_comma_is_accepted(workspace: Path) -> None:
    path = workspace / "indicators.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "{value: 19.0, year: 2023}", "\n      value: 19,5\n      year: 2023"
        ),
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    assert check(ws) == []
    assert ws.indicators[0].obj.baseline is not None and ws.indicators[0].obj.baseline.value == 19.5


@pytest.mark.parametrize(
    "plan",
    [
        "/etc/hostname",
        "../muut/kuopio.yaml",
        "municipalities/../../x.yaml",
        "C:/kunnat/kuopio.yaml",
        "municipalities/kuopio.txt",
    ],
)
def test_a_plan_file_outside_the_workspace_is_refused_not_read(workspace: Path, plan: str) -> None:
    path = workspace / "hyteplan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    code: 297\n", f"    code: 297\n    plan: '{plan}'\n"
        ),
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    assert sorted(ws.files) == sorted(
        [
            "hyteplan.yaml",
            "parties.yaml",
            "indicators.yaml",
            "focus-areas.yaml",
            "region.yaml",
            "municipalities/esimerkkila.yaml",
        ]
    )
    [d] = check(ws, "fi")
    assert (d.file, d.code, d.message) == (
        "hyteplan.yaml",
        "S004",
        f"kunta esimerkkila: `plan`: `{plan}` ei ole työtilan YAML-tiedosto: kirjoita polku työtilan "
        "kansiosta alkaen, /-merkein ja ilman '..'-osia",
    )
    assert d.hint == (
        "kirjoita esim. `municipalities/kuopio.yaml` (oletus, kun `plan` puuttuu) tai "
        "`plan: false`, jos kunnalla ei ole suunnitelmaa tässä työtilassa"
    )


def test_a_plan_file_in_another_folder_of_the_workspace_is_fine(workspace: Path) -> None:
    (workspace / "kunnat").mkdir()
    (workspace / "municipalities" / "esimerkkila.yaml").rename(
        workspace / "kunnat" / "esimerkkila-2026.yml"
    )
    path = workspace / "hyteplan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    code: 297\n", "    code: 297\n    plan: kunnat/esimerkkila-2026.yml\n"
        ),
        encoding="utf-8",
    )
    assert _concise(workspace) == []


@pytest.mark.parametrize("plan", ["region.yaml", "hyteplan.yaml", "parties.yaml"])
def test_a_plan_file_cannot_be_a_shared_file(workspace: Path, plan: str) -> None:
    path = workspace / "hyteplan.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    code: 297\n", f"    code: 297\n    plan: {plan}\n"
        ),
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    assert ws.files[plan].kind != "municipality" and ws.region_plan is not None
    assert _concise(workspace) == [
        f"hyteplan.yaml:29:11: S004 municipality esimerkkila: `plan`: '{plan}' is one of the workspace's "
        "shared files: a municipal plan needs a file of its own"
    ]


def test_errors_only_skips_rules_that_only_warn(workspace: Path) -> None:
    """import xlsx asks only whether an edit adds an error: rules at warning level (by default
    or by the workspace's `severity:`) are not run, errors are the same as a full check's."""
    config = workspace / "hyteplan.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("rules:", "rules:\n  severity: {R001: warning}", 1), "utf-8")
    (workspace / "municipalities" / "esimerkkila.yaml").write_text(
        "municipality: esimerkkila\nplan:\n  status: draft\nactions:\n  - id: E-1\n"
        "    title: Toimenpide\n    focus_area: ei-ole\n    responsible: ei-ketaan\n",
        encoding="utf-8",
    )
    ws = load_workspace(workspace)
    full = check(ws)
    errors_only = check(ws, errors_only=True)
    assert "R001" in {d.code for d in full if d.severity is Severity.WARNING}
    assert "R003" in {d.code for d in errors_only}
    assert [d for d in full if d.severity is Severity.ERROR] == errors_only
    assert "R001" not in {d.code for d in errors_only}


def test_added_errors_are_those_an_edit_brings_counted(workspace: Path) -> None:
    """An error the workspace already had is not the edit's; a second one of it is."""
    from hyteplan.check import added_errors

    path = workspace / "region.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    rural_reach:", "    rural_rech:"), encoding="utf-8")
    before = load_workspace(workspace)
    assert added_errors(before, before) == []
    twice = text.replace("    rural_reach:", "    rural_rech:").replace(
        "    target_groups:", "    target_grups:"
    )
    path.write_text(twice, encoding="utf-8")
    [added] = added_errors(before, load_workspace(workspace))
    assert (added.code, added.line) == ("S003", 21)
