"""`hyteplan textconv`: one plan file as stable text, and git using it as a diff driver."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Callable

import yaml
from conftest import FILES, GitRepo, edit

from hyteplan.textconv import detect_kind, textconv

Run = Callable[..., tuple[int, str, str]]


def test_region_file_view() -> None:
    assert textconv(FILES["region.yaml"].encode()).splitlines()[:18] == [
        "# region",
        "",
        "plan",
        "  status: draft",
        "  prepared_by: Hyvinvointialueen hyte-työryhmä",
        "",
        "action EL-1",
        "  title: Liikuntaneuvonnan yhteinen palveluketju",
        "  description: Kunnan liikuntaneuvonta ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.",
        "  focus_area: elintavat",
        "  goal: elintavat-nuoret",
        "  responsible: pshva-elintapaohjaus",
        "  partners: kuopio-liikunta, liikuntaseurat",
        "  target_groups: nuoret",
        "  schedule: 2026–2028",
        "  indicators: sotkanet-3906",
        "  participants: kuopio, varkaus",
        "",
    ]


def test_view_ignores_comments_key_order_wrapping_and_set_order() -> None:
    files = edit(
        FILES,
        "region.yaml",
        "  - id: EL-1\n    title: Liikuntaneuvonnan yhteinen palveluketju\n",
        '  # yhteinen\n  - title: "Liikuntaneuvonnan yhteinen palveluketju"\n    id: EL-1\n',
    )
    files = edit(
        files,
        "region.yaml",
        "partners: [kuopio-liikunta, liikuntaseurat]",
        "partners:\n      - liikuntaseurat\n      - kuopio-liikunta",
    )
    files = edit(
        files,
        "region.yaml",
        "    schedule: 2026-2028\n",
        "    schedule: {end: 2028, start: 2026}\n",
    )
    files = edit(files, "region.yaml", "elintapaohjaus\n      ohjaavat", "elintapaohjaus ohjaavat")
    assert textconv(files["region.yaml"].encode()) == textconv(FILES["region.yaml"].encode())


def test_goals_are_blocks_with_their_focus_area() -> None:
    view = textconv(FILES["focus-areas.yaml"].encode())
    assert (
        "\ngoal osallisuus-nuoret\n  focus_area: osallisuus\n  title: Nuorten yksinäisyys vähenee\n"
        in view
    )
    assert "\nfocus-area elintavat\n  title[fi]: Elintavat\n  title[sv]: Levnadsvanor\n" in view


def test_a_plans_own_goal_names_its_focus_area_once() -> None:
    files = edit(
        FILES,
        "municipalities/kuopio.yaml",
        "joint_actions: [EL-1]\n",
        "joint_actions: [EL-1]\ngoals:\n  - {id: kuopio-oma, focus_area: elintavat, title: Oma}\n",
    )
    view = textconv(files["municipalities/kuopio.yaml"].encode())
    assert "\ngoal kuopio-oma\n  title: Oma\n  focus_area: elintavat\n\n" in view


def test_kind_from_content_alone() -> None:
    kinds = {path: detect_kind(yaml.safe_load(text)) for path, text in FILES.items()}
    assert kinds == {
        "hyteplan.yaml": "workspace",
        "parties.yaml": "parties",
        "indicators.yaml": "indicators",
        "focus-areas.yaml": "focus-areas",
        "region.yaml": "region",
        "municipalities/kuopio.yaml": "municipality",
        "municipalities/varkaus.yaml": "municipality",
        "municipalities/siilinjarvi.yaml": "municipality",
    }


def test_invalid_files_are_shown_as_written() -> None:
    assert (
        textconv(b"actions: [\n")
        == "# hyteplan textconv: not readable as YAML (syntax); shown as written\nactions: [\n"
    )
    assert (
        textconv(b"muuta: 1")
        == "# hyteplan textconv: not a plan file; shown as written\nmuuta: 1\n"
    )
    assert textconv(b"parties:\n  - {id: x}\n").startswith(
        "# hyteplan textconv: parties file with 1 schema error; shown as written\n"
    )


def test_cli(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "tmpXYZ_region.yaml").write_text(FILES["region.yaml"])
    code, out, _ = run_cli(tmp_path, "textconv", "tmpXYZ_region.yaml")
    assert (code, out) == (0, textconv(FILES["region.yaml"].encode()))
    code, out, err = run_cli(tmp_path, "textconv", "puuttuu.yaml")
    assert (code, out) == (2, "")
    assert err.startswith("error: cannot read puuttuu.yaml: No such file or directory\n")


def test_git_diff_uses_the_view(repo: GitRepo) -> None:
    (repo.top / ".gitattributes").write_text("*.yaml diff=hyteplan\n")
    repo.commit(FILES, "v1", tag="v1")
    files = edit(
        FILES,
        "region.yaml",
        "responsible: pshva-elintapaohjaus\n    partners",
        "responsible: kuopio-liikunta\n    partners",
    )
    files = edit(
        files, "region.yaml", "  - id: EL-1\n", "  # kommentti ei ole muutos\n  - id: EL-1\n"
    )
    repo.commit(files, "v2", tag="v2")
    command = f"{shlex.quote(sys.executable)} -m hyteplan textconv"
    repo.git("config", "diff.hyteplan.textconv", command)
    out = repo.git("diff", "v1", "v2")
    changed = [
        line
        for line in out.splitlines()
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert changed == ["-  responsible: pshva-elintapaohjaus", "+  responsible: kuopio-liikunta"]


def test_control_characters_are_shown_visibly_not_sent_to_the_terminal() -> None:
    raw = b"municipality: x\nplan:\n  status: draft\x1b[31m\x07\n"
    assert textconv(raw) == (
        "# hyteplan textconv: not readable as YAML (control-character); shown as written\n"
        "municipality: x\nplan:\n  status: draft<U+001B>[31m<U+0007>\n"
    )


def test_report_texts_evaluations_and_indicator_groups_are_blocks_as_in_the_diff() -> None:
    plan = FILES["municipalities/kuopio.yaml"] + (
        "report:\n  cooperation: Teemme yhteistyötä.\n  strengths: [Liikuntapaikat.]\n"
        "previous_term_evaluations:\n  - {action: VANHA-1, status: done, evaluation: Jatkuu.}\n"
    )
    lines = textconv(plan.encode()).splitlines()
    assert lines[lines.index("report") :][:3] == [
        "report",
        "  cooperation: Teemme yhteistyötä.",
        "  strengths: Liikuntapaikat.",
    ]
    assert lines[lines.index("evaluation VANHA-1") :][:3] == [
        "evaluation VANHA-1",
        "  status: done",
        "  evaluation: Jatkuu.",
    ]
    groups = "indicator_groups:\n  - {id: thl-minimi, name: THL, indicators: [sotkanet-292]}\n"
    lines = textconv((FILES["indicators.yaml"] + groups).encode()).splitlines()
    assert lines[-4:] == [
        "indicator-group thl-minimi",
        "  name: THL",
        "  indicators: sotkanet-292",
        "  required: false",
    ]
