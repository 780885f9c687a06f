"""A small but complete two-municipality workspace, and real git repositories built from it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Callable

import pytest

from hyteplan.load import MemoryReader, load_from
from hyteplan.workspace import Workspace

FILES: dict[str, str] = {
    "hyteplan.yaml": """\
format: 1
region:
  id: pshva
  name: {fi: Pohjois-Savon hyvinvointialue, sv: Norra Savolax välfärdsområde}
term: 2026-2029
languages: [fi, sv]
municipalities:
  - {id: kuopio, name: Kuopio, code: 297}
  - {id: varkaus, name: Varkaus, code: 915}
  - {id: siilinjarvi, name: Siilinjärvi, code: 749}
""",
    "parties.yaml": """\
parties:
  - {id: pshva, name: Pohjois-Savon hyvinvointialue, organisation: pshva}
  - {id: pshva-elintapaohjaus, name: Elintapaohjaus, kind: unit, parent: pshva, organisation: pshva}
  - {id: kuopio-liikunta, name: Kuopion liikuntapalvelut, kind: unit, organisation: kuopio}
  - {id: varkaus-nuoriso, name: Varkauden nuorisopalvelut, kind: unit, organisation: varkaus}
  - {id: siilinjarvi-hyte, name: Siilinjärven hyvinvointityö, kind: unit, organisation: siilinjarvi}
  - {id: liikuntaseurat, name: Alueen liikuntaseurat, kind: group}
  - {id: jarjestot, name: Sosiaali- ja terveysjärjestöt, kind: group}
""",
    "indicators.yaml": """\
indicators:
  - id: sotkanet-3906
    name: Ylipaino, % 8. ja 9. luokan oppilaista
    source: {kind: sotkanet, id: 3906}
    unit: "%"
    direction: lower
    baseline: {value: 19.0, year: 2023}
    target: {value: 17.0, year: 2029}
  - id: sotkanet-292
    name: Ei yhtään läheistä ystävää, % 8. ja 9. lk
    source: {kind: sotkanet, id: 292}
    unit: "%"
    direction: lower
""",
    "focus-areas.yaml": """\
focus_areas:
  - id: elintavat
    title: {fi: Elintavat, sv: Levnadsvanor}
    wellbeing_gaps:
      - text: Nuorten ylipaino on yleistynyt.
        indicators: [sotkanet-3906]
    goals:
      - id: elintavat-nuoret
        title: Nuorten ylipaino vähenee
        target_groups: [nuoret]
        indicators: [sotkanet-3906]
        target_year: 2029
  - id: osallisuus
    title: {fi: Osallisuus, sv: Delaktighet}
    goals:
      - id: osallisuus-nuoret
        title: Nuorten yksinäisyys vähenee
        target_groups: [nuoret]
        indicators: [sotkanet-292]
""",
    "region.yaml": """\
plan:
  status: draft
  prepared_by: Hyvinvointialueen hyte-työryhmä
actions:
  - id: EL-1
    title: Liikuntaneuvonnan yhteinen palveluketju
    focus_area: elintavat
    goal: elintavat-nuoret
    description: >-
      Kunnan liikuntaneuvonta ja hyvinvointialueen elintapaohjaus
      ohjaavat asiakkaita toisilleen.
    responsible: pshva-elintapaohjaus
    partners: [kuopio-liikunta, liikuntaseurat]
    participants: [kuopio, varkaus]
    target_groups: [nuoret]
    schedule: 2026-2028
    indicators: [sotkanet-3906]
  - id: EL-2
    title: Elintapaohjauksen etäpalvelu
    focus_area: elintavat
    goal: elintavat-nuoret
    responsible: pshva-elintapaohjaus
    target_groups: [nuoret]
    schedule: 2026-2029
    indicators: [sotkanet-3906]
  - id: OS-1
    title: Nuorten kohtaamispaikat
    focus_area: osallisuus
    goal: osallisuus-nuoret
    responsible: pshva
    partners: [jarjestot]
    participants: [siilinjarvi]
    target_groups: [nuoret]
    schedule: 2026-2029
    indicators: [sotkanet-292]
""",
    "municipalities/kuopio.yaml": """\
municipality: kuopio
plan:
  status: draft
  prepared_by: Kuopion hyvinvointiryhmä
joint_actions: [EL-1]
actions:
  - id: KUO-1
    title: Liikuntakokeilut yläkouluissa
    focus_area: elintavat
    goal: elintavat-nuoret
    responsible: kuopio-liikunta
    partners: [liikuntaseurat]
    target_groups: [nuoret]
    schedule: 2026-2027
    indicators: [sotkanet-3906]
""",
    "municipalities/varkaus.yaml": """\
municipality: varkaus
plan:
  status: draft
  prepared_by: Varkauden hyvinvointiryhmä
joint_actions: [EL-1]
actions:
  - id: VAR-1
    title: Nuorisotalon iltapäivätoiminta
    focus_area: osallisuus
    goal: osallisuus-nuoret
    responsible: varkaus-nuoriso
    target_groups: [nuoret]
    schedule: 2026-2029
    indicators: [sotkanet-292]
""",
    "municipalities/siilinjarvi.yaml": """\
municipality: siilinjarvi
plan:
  status: draft
  prepared_by: Siilinjärven hyvinvointityöryhmä
joint_actions: [OS-1]
actions:
  - id: SII-1
    title: Kylien liikuntareitit
    focus_area: elintavat
    goal: elintavat-nuoret
    responsible: siilinjarvi-hyte
    target_groups: [nuoret]
    schedule: 2027-2029
    indicators: [sotkanet-3906]
""",
}


def edit(files: dict[str, str], path: str, old: str, new: str) -> dict[str, str]:
    """A copy of `files` with one exact replacement in one file (it must occur)."""
    assert old in files[path], f"{old!r} not in {path}"
    out = dict(files)
    out[path] = files[path].replace(old, new, 1)
    return out


def workspace(files: dict[str, str]) -> Workspace:
    return load_from(MemoryReader({k: v.encode() for k, v in files.items()}), None)


def write_files(root: Path, files: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


class GitRepo:
    """A real git repository in a temporary folder, committed with fixed dates."""

    def __init__(self, top: Path) -> None:
        self.top = top
        self.commits = 0
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        day = 10 + self.commits
        env = dict(os.environ)
        env.update(
            {
                "GIT_AUTHOR_NAME": "Koordinaattori",
                "GIT_AUTHOR_EMAIL": "hyte@example.invalid",
                "GIT_COMMITTER_NAME": "Koordinaattori",
                "GIT_COMMITTER_EMAIL": "hyte@example.invalid",
                "GIT_AUTHOR_DATE": f"2026-05-{day:02d}T12:00:00+03:00",
                "GIT_COMMITTER_DATE": f"2026-05-{day:02d}T12:00:00+03:00",
                "GIT_CONFIG_GLOBAL": os.devnull,
                "GIT_CONFIG_NOSYSTEM": "1",
            }
        )
        result = subprocess.run(
            ["git", *args], cwd=self.top, env=env, capture_output=True, text=True, check=True
        )
        return result.stdout

    def commit(
        self, files: dict[str, str], message: str, prefix: str = "", tag: str | None = None
    ) -> str:
        """Make the working tree hold exactly `files` under `prefix`, commit, optionally tag."""
        root = self.top / prefix if prefix else self.top
        if root.exists():
            for old in root.rglob("*.yaml"):
                old.unlink()
        write_files(root, files)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        self.commits += 1
        if tag:
            self.git("tag", tag)
        return self.git("rev-parse", "HEAD").strip()


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    top = tmp_path / "repo"
    top.mkdir()
    return GitRepo(top)


@pytest.fixture
def run_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """Run `hyteplan ARGS` in a folder; return (exit code, stdout, stderr)."""
    from hyteplan.cli import main

    def run(cwd: Path, *args: str) -> tuple[int, str, str]:
        monkeypatch.chdir(cwd)
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def amended(files: dict[str, str] = FILES) -> dict[str, str]:
    """The council's version: a joint action edited, an ID renamed, an action removed, a party added."""
    files = edit(
        files,
        "region.yaml",
        "responsible: pshva-elintapaohjaus\n    partners",
        "responsible: kuopio-liikunta\n    partners",
    )
    files = edit(files, "region.yaml", "Kunnan liikuntaneuvonta ja", "Kunnan liikuntapalvelut ja")
    files = edit(
        files,
        "region.yaml",
        "participants: [kuopio, varkaus]",
        "participants: [kuopio, siilinjarvi]",
    )
    files = edit(files, "municipalities/varkaus.yaml", "joint_actions: [EL-1]", "joint_actions: []")
    files = edit(
        files,
        "municipalities/siilinjarvi.yaml",
        "joint_actions: [OS-1]",
        "joint_actions: [OS-1, EL-1]",
    )
    start = files["region.yaml"].index("  - id: EL-2")
    end = files["region.yaml"].index("  - id: OS-1")
    files["region.yaml"] = files["region.yaml"][:start] + files["region.yaml"][end:]
    files = edit(files, "municipalities/kuopio.yaml", "id: KUO-1", "id: KUO-10")
    files = edit(
        files,
        "parties.yaml",
        "  - {id: liikuntaseurat",
        "  - {id: kuopio-nuoriso, name: Kuopion nuorisopalvelut, kind: unit, organisation: kuopio}\n  - {id: liikuntaseurat",
    )
    files = edit(
        files,
        "indicators.yaml",
        "target: {value: 17.0, year: 2029}",
        "target: {value: 16.5, year: 2029}",
    )
    return files


@pytest.fixture
def history(repo: GitRepo) -> GitRepo:
    """plans/ committed twice: v1-hallitus (the board's version), then v2-valtuusto."""
    (repo.top / "README.md").write_text("Hyte-suunnitelmat\n")
    repo.commit(FILES, "Hallituksen käsittelemä versio", prefix="plans", tag="v1-hallitus")
    repo.commit(amended(), "Valtuustolle", prefix="plans", tag="v2-valtuusto")
    return repo


def short(repo: GitRepo, rev: str) -> str:
    return repo.git("rev-parse", "--short=10", rev).strip()
