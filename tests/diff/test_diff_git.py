"""`hyteplan diff` on real git repositories: revisions, paths, output formats and bad input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Callable

from conftest import FILES, GitRepo, amended, edit, short, write_files

Run = Callable[..., tuple[int, str, str]]


EL1_FI = """\
      kuvaus [fi]: Kunnan [-liikuntaneuvonta-]{+liikuntapalvelut+} ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.
      vastuutaho: pshva-elintapaohjaus → kuopio-liikunta
      mukana olevat kunnat: lisätty siilinjarvi; poistettu varkaus
"""

EXPECTED_TEXT = f"""\
Vertailu: v1-hallitus (V1, 10.5.2026) → v2-valtuusto (V2, 11.5.2026)

Yhteiset tiedot (kaikki suunnitelmat)
  + taho kuopio-nuoriso Kuopion nuorisopalvelut (lisätty)
  ~ mittari sotkanet-3906 Ylipaino, % 8. ja 9. luokan oppilaista (muutettu)
      tavoitetaso: 17\u00a0% (2029) → 16,5\u00a0% (2029)

Pohjois-Savon hyvinvointialue (pshva)
  ~ yhteinen toimenpide EL-1 Liikuntaneuvonnan yhteinen palveluketju (muutettu)
{EL1_FI}\
  - toimenpide EL-2 Elintapaohjauksen etäpalvelu (poistettu)

Kuopio (kuopio)
  ~ yhteinen toimenpide EL-1 Liikuntaneuvonnan yhteinen palveluketju (muutettu)
{EL1_FI}\
  R toimenpide KUO-1 → KUO-10 Liikuntakokeilut yläkouluissa (tunnus muutettu)

Varkaus (varkaus)
  ~ suunnitelma varkaus (muutettu)
      yhteiset toimenpiteet: poistettu EL-1
  ~ yhteinen toimenpide EL-1 Liikuntaneuvonnan yhteinen palveluketju (muutettu; Varkaus jäi pois)
{EL1_FI}\

Siilinjärvi (siilinjarvi)
  ~ suunnitelma siilinjarvi (muutettu)
      yhteiset toimenpiteet: lisätty EL-1
  ~ yhteinen toimenpide EL-1 Liikuntaneuvonnan yhteinen palveluketju (muutettu; Siilinjärvi tuli mukaan)
{EL1_FI}\

Yhteensä: 1 lisätty, 1 poistettu, 4 muutettu, 1 tunnus muutettu
"""


def test_two_revisions_text(history: GitRepo, run_cli: Run) -> None:
    code, out, err = run_cli(history.top / "plans", "diff", "v1-hallitus", "v2-valtuusto")
    assert (code, err) == (0, "")
    expected = EXPECTED_TEXT.replace("V1", short(history, "v1-hallitus")).replace(
        "V2", short(history, "v2-valtuusto")
    )
    assert out == expected


EXPECTED_MARKDOWN_EN = """\
# Comparing: v1-hallitus ({v1}, 10 May 2026) → v2-valtuusto ({v2}, 11 May 2026)

## Shared (all plans)

- **added** party `kuopio-nuoriso` Kuopion nuorisopalvelut
- **changed** indicator `sotkanet-3906` Ylipaino, % 8. ja 9. luokan oppilaista
  - target: 17% (2029) → 16&#46;5% (2029)

## Pohjois-Savon hyvinvointialue (pshva)

- **changed** joint action `EL-1` Liikuntaneuvonnan yhteinen palveluketju
  - description \\[fi\\]: Kunnan ~~liikuntaneuvonta~~ **liikuntapalvelut** ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen.
  - responsible party: pshva-elintapaohjaus → kuopio-liikunta
  - participating municipalities: added **siilinjarvi**; removed ~~varkaus~~
- **removed** action `EL-2` Elintapaohjauksen etäpalvelu
"""


def test_markdown_in_english(history: GitRepo, run_cli: Run) -> None:
    code, out, _ = run_cli(
        history.top / "plans",
        "diff",
        "v1-hallitus",
        "v2-valtuusto",
        "--format",
        "markdown",
        "--lang",
        "en",
    )
    assert code == 0
    head = EXPECTED_MARKDOWN_EN.format(
        v1=short(history, "v1-hallitus"), v2=short(history, "v2-valtuusto")
    )
    assert out.startswith(head)
    assert "- **renamed** action `KUO-1` → `KUO-10` Liikuntakokeilut yläkouluissa\n" in out
    assert (
        "- **changed** joint action `EL-1` Liikuntaneuvonnan yhteinen palveluketju (Varkaus left)\n"
        in out
    )
    assert (
        "- **changed** joint action `EL-1` Liikuntaneuvonnan yhteinen palveluketju (Siilinjärvi joined)\n"
        in out
    )
    assert out.endswith("\n**Total: 1 added, 1 removed, 4 changed, 1 renamed**\n")


def test_json_report(history: GitRepo, run_cli: Run) -> None:
    code, out, _ = run_cli(
        history.top / "plans", "diff", "v1-hallitus", "v2-valtuusto", "--format", "json"
    )
    assert code == 0
    doc = json.loads(out)
    assert (doc["format"], doc["version"]) == ("hyteplan-diff", 1)
    assert doc["old"] == {
        "source": "git",
        "label": "v1-hallitus",
        "commit": history.git("rev-parse", "v1-hallitus").strip(),
        "tags": ["v1-hallitus"],
        "date": "2026-05-10",
        "subject": "Hallituksen käsittelemä versio",
    }
    assert doc["new"]["tags"] == ["v2-valtuusto"]
    assert doc["summary"] == {"added": 1, "removed": 1, "changed": 4, "renamed": 1}
    assert doc["shared_summary"] == {"added": 1, "removed": 0, "changed": 1, "renamed": 0}
    assert [(c["kind"], c["id"], c["status"]) for c in doc["changes"]] == [
        ("plan", "siilinjarvi", "changed"),
        ("plan", "varkaus", "changed"),
        ("action", "EL-1", "changed"),
        ("action", "EL-2", "removed"),
        ("action", "KUO-10", "renamed"),
        ("party", "kuopio-nuoriso", "added"),
        ("indicator", "sotkanet-3906", "changed"),
    ]
    el1 = doc["changes"][2]
    assert el1["organisations"] == ["pshva", "kuopio", "varkaus", "siilinjarvi"]
    assert el1["effects"] == {"siilinjarvi": "joined", "varkaus": "left"}
    assert el1["fields"][1] == {
        "field": "responsible",
        "type": "value",
        "old": "pshva-elintapaohjaus",
        "new": "kuopio-liikunta",
    }
    assert el1["fields"][2] == {
        "field": "participants",
        "type": "list",
        "old": ["kuopio", "varkaus"],
        "new": ["kuopio", "siilinjarvi"],
        "added": ["siilinjarvi"],
        "removed": ["varkaus"],
    }
    assert el1["fields"][0]["words"] == [
        ["=", "Kunnan"],
        ["-", "liikuntaneuvonta"],
        ["+", "liikuntapalvelut"],
        ["=", "ja hyvinvointialueen elintapaohjaus ohjaavat asiakkaita toisilleen."],
    ]
    assert doc["changes"][4]["old_id"] == "KUO-1"
    removed = doc["changes"][3]
    assert removed["object"]["title"] == {"fi": "Elintapaohjauksen etäpalvelu"}
    assert removed["object"]["schedule"] == {"start": 2026, "end": 2029}
    code, out, _ = run_cli(
        history.top / "plans", "diff", "v1-hallitus", "v2-valtuusto", "--format", "json", "--stat"
    )
    stat = json.loads(out)
    assert "changes" not in stat and stat["summary"] == doc["summary"]


def test_stat_and_exit_code(history: GitRepo, run_cli: Run) -> None:
    code, out, _ = run_cli(
        history.top / "plans", "diff", "HEAD~1", "HEAD", "--stat", "--exit-code", "--lang", "en"
    )
    assert code == 1
    assert out == (
        "Shared (all plans)                     1 added, 0 removed, 1 changed, 0 renamed\n"
        "Pohjois-Savon hyvinvointialue (pshva)  0 added, 1 removed, 1 changed, 0 renamed\n"
        "Kuopio (kuopio)                        0 added, 0 removed, 1 changed, 1 renamed\n"
        "Varkaus (varkaus)                      0 added, 0 removed, 2 changed, 0 renamed\n"
        "Siilinjärvi (siilinjarvi)              0 added, 0 removed, 2 changed, 0 renamed\n"
        "Total                                  1 added, 1 removed, 4 changed, 1 renamed\n"
    )
    code, out, _ = run_cli(history.top / "plans", "diff", "v2-valtuusto", "main", "--exit-code")
    assert code == 0
    assert out.endswith("\n\nEi muutoksia.\n")


def test_no_revision_compares_head_with_the_working_tree_and_changes_nothing(
    history: GitRepo, run_cli: Run
) -> None:
    plans = history.top / "plans"
    target = plans / "municipalities" / "kuopio.yaml"
    target.write_text(target.read_text().replace("schedule: 2026-2027", "schedule: 2026-2028"))
    (plans / "new-notes.yaml").write_text("not: a plan file\n")
    status = history.git("status", "--porcelain")
    index = (history.top / ".git" / "index").stat().st_mtime_ns
    code, out, _ = run_cli(plans / "municipalities", "diff", "--lang", "en")
    assert code == 0
    assert out.startswith(
        f"Comparing: HEAD = v2-valtuusto ({short(history, 'HEAD')}, 11 May 2026) → working tree ("
    )
    assert (
        "\nKuopio (kuopio)\n  ~ action KUO-10 Liikuntakokeilut yläkouluissa (changed)\n      schedule: 2026–2027 → 2026–2028\n"
        in out
    )
    assert (
        history.top / ".git" / "index"
    ).stat().st_mtime_ns == index  # before status refreshes it
    assert history.git("status", "--porcelain") == status
    code, out, _ = run_cli(plans, "diff", "v1-hallitus", "--stat", "--lang", "en")
    # KUO-1 got a new ID and a new schedule: no longer a rename but one removed, one added
    assert out.endswith(
        "Total                                  2 added, 2 removed, 4 changed, 0 renamed\n"
    )


def test_path_option_and_revision_syntax(history: GitRepo, run_cli: Run) -> None:
    history.git("branch", "hallitus", "v1-hallitus")
    sha = history.git("rev-parse", "v1-hallitus").strip()
    outputs = set()
    for old in ("v1-hallitus", "hallitus", "main~1", "HEAD^", sha[:12], "v2-valtuusto~1"):
        code, out, err = run_cli(
            history.top, "diff", old, "main", "--path", "plans", "--format", "json"
        )
        assert (code, err) == (0, "")
        doc = json.loads(out)
        assert doc["old"]["commit"] == sha
        outputs.add(json.dumps(doc["changes"]))
    assert len(outputs) == 1


def test_workspace_folder_deleted_from_the_working_tree(history: GitRepo, run_cli: Run) -> None:
    history.git("rm", "-r", "-q", "plans")
    code, out, err = run_cli(
        history.top, "diff", "v1-hallitus", "v2-valtuusto", "--path", "plans", "--stat"
    )
    assert (code, err) == (0, "")
    assert out.endswith("1 lisätty, 1 poistettu, 4 muutettu, 1 tunnus muutettu\n")
    code, _, err = run_cli(history.top, "diff", "v1-hallitus", "--path", "plans")
    assert code == 2
    assert err.startswith(f"error: {history.top / 'plans'} is not a folder\n")


def test_path_outside_the_repository(history: GitRepo, run_cli: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    code, _, err = run_cli(
        history.top, "diff", "v1-hallitus", "v2-valtuusto", "--path", str(elsewhere)
    )
    assert code == 2
    assert err.startswith(f"error: {elsewhere} is not in a git repository\n")


def test_moved_plan_file_is_not_a_change_of_the_plan(repo: GitRepo, run_cli: Run) -> None:
    repo.commit(FILES, "v1", tag="v1")
    files = dict(FILES)
    files["kunnat/kuopio-2026.yaml"] = files.pop("municipalities/kuopio.yaml")
    files = edit(files, "hyteplan.yaml", "code: 297}", "code: 297, plan: kunnat/kuopio-2026.yaml}")
    repo.commit(files, "moved", tag="v2")
    code, out, _ = run_cli(repo.top, "diff", "v1", "v2", "--format", "json")
    doc = json.loads(out)
    assert [(c["kind"], c["id"], [f["field"] for f in c["fields"]]) for c in doc["changes"]] == [
        ("municipality", "kuopio", ["plan"])
    ]


def test_dirs_without_git(tmp_path: Path, run_cli: Run) -> None:
    write_files(tmp_path / "old", FILES)
    write_files(tmp_path / "new", amended())
    code, out, _ = run_cli(
        tmp_path, "diff", "--dirs", "old", "new", "--stat", "--exit-code", "--lang", "en"
    )
    assert code == 1
    assert out.endswith(
        "Total                                  1 added, 1 removed, 4 changed, 1 renamed\n"
    )
    code, out, _ = run_cli(tmp_path, "diff", "--dirs", "old", "old", "--format", "json")
    doc = json.loads(out)
    assert (code, doc["changes"], doc["old"]["source"], doc["old"]["label"]) == (
        0,
        [],
        "dir",
        "old",
    )


# --- bad input: one clear message, exit 2 ---------------------------------------------------


def test_unknown_revision(history: GitRepo, run_cli: Run) -> None:
    code, out, err = run_cli(history.top / "plans", "diff", "v9-ei-ole")
    assert (code, out) == (2, "")
    assert err == (
        "error: unknown revision 'v9-ei-ole': no commit, tag or branch has that name\n"
        "hint: list them with `git log --oneline`, `git tag` or `git branch -a`\n"
    )


def test_path_not_in_repository_at_revision(repo: GitRepo, run_cli: Run) -> None:
    (repo.top / "README.md").write_text("x\n")
    repo.commit({}, "start", tag="alku")
    repo.commit(FILES, "plans", prefix="plans", tag="v1")
    code, _, err = run_cli(repo.top / "plans", "diff", "alku", "v1")
    assert code == 2
    assert err.startswith(
        f"error: there is no plan workspace at 'plans' in revision 'alku' ({short(repo, 'alku')}): "
        "plans/hyteplan.yaml is not there\n"
    )


def test_not_a_git_repository(tmp_path: Path, run_cli: Run) -> None:
    write_files(tmp_path / "plans", FILES)
    code, _, err = run_cli(tmp_path / "plans", "diff")
    assert code == 2
    assert err.startswith(f"error: {tmp_path / 'plans'} is not in a git repository\n")


def test_shallow_clone_missing_the_revision(history: GitRepo, tmp_path: Path, run_cli: Run) -> None:
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "--no-tags", f"file://{history.top}", str(clone)],
        check=True,
        capture_output=True,
    )
    code, _, err = run_cli(clone / "plans", "diff", "HEAD~1")
    assert code == 2
    assert err.startswith(
        "error: revision 'HEAD~1' is not in this repository: it is a shallow clone"
    )
    assert "git fetch --unshallow" in err


def test_version_that_does_not_validate(history: GitRepo, run_cli: Run) -> None:
    broken = edit(
        amended(), "region.yaml", "    schedule: 2026-2028\n", "    schedule: 2029-2026\n"
    )
    history.commit(broken, "rikki", prefix="plans", tag="v3-rikki")
    code, out, err = run_cli(history.top / "plans", "diff", "v1-hallitus", "v3-rikki")
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert (
        lines[0]
        == f"error: revision 'v3-rikki' ({short(history, 'v3-rikki')}) does not validate (1 error), so it cannot be compared:"
    )
    assert lines[1].startswith("v3-rikki:plans/region.yaml:")
    assert "S0" in lines[1]
    assert lines[2].startswith("hint: fix the errors in that version")


def test_revisions_and_dirs_together_is_a_usage_error(tmp_path: Path, run_cli: Run) -> None:
    code, _, err = run_cli(tmp_path, "diff", "HEAD", "--dirs", "a", "b")
    assert code == 2 and err.startswith("error: give either revisions or --dirs, not both")
    code, _, err = run_cli(tmp_path, "diff", "a", "b", "c")
    assert code == 2 and "give at most two revisions" in err


def test_no_commits_yet(repo: GitRepo, run_cli: Run) -> None:
    write_files(repo.top, FILES)
    code, _, err = run_cli(repo.top, "diff")
    assert code == 2
    assert err.startswith("error: the repository has no commits yet")
