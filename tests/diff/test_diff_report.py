"""Report formats over a ChangeSet: plan text stays text in rich markup and in Markdown."""

from __future__ import annotations

import io

from conftest import FILES, edit, workspace
from rich.console import Console

from hyteplan.diff.changes import Version
from hyteplan.diff.compare import compare
from hyteplan.diff.report import md_escape, render_markdown, render_text

HOSTILE = "[bold red]Iso[/] *tähti* `koodi` <b>x</b> [linkki](http://x) | putki ~~ & $"


def _changes():  # type: ignore[no-untyped-def]
    files = edit(FILES, "region.yaml", "title: Elintapaohjauksen etäpalvelu", f"title: '{HOSTILE}'")
    files = edit(
        files,
        "focus-areas.yaml",
        "title: {fi: Osallisuus, sv: Delaktighet}",
        "title: {fi: Osallisuus, sv: Gemenskap}",
    )
    return compare(workspace(FILES), workspace(files), Version("dir", "a"), Version("dir", "b"))


def test_rich_markup_escapes_plan_text() -> None:
    markup = render_text(_changes(), "fi", color=True)
    plain = Console(file=io.StringIO(), width=300)  # not a terminal: the markup's text only
    plain.print(markup, end="")
    text = plain.file.getvalue()  # type: ignore[attr-defined]
    assert f"  ~ toimenpide EL-2 {HOSTILE} (muutettu)\n" in text
    assert f"      otsikko [fi]: Elintapaohjauksen etäpalvelu {HOSTILE}\n" in text
    assert "      otsikko [sv]: Delaktighet Gemenskap\n" in text
    coloured = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=300)
    coloured.print(markup, end="")
    assert "\x1b[" in coloured.file.getvalue()  # type: ignore[attr-defined]


def test_plain_text_marks_language_versions_and_word_changes() -> None:
    text = render_text(_changes(), "fi")
    assert (
        "  ~ painopistealue osallisuus Osallisuus (muutettu)\n      otsikko [sv]: [-Delaktighet-]{+Gemenskap+}\n"
        in text
    )


def test_markdown_escapes_everything_that_could_be_markup() -> None:
    assert md_escape(HOSTILE) == (
        "\\[bold red\\]Iso\\[/\\] \\*tähti\\* \\`koodi\\` \\<b\\>x\\</b\\> \\[linkki\\](http://x) "
        "\\| putki \\~\\~ \\& \\$"
    )
    markdown = render_markdown(_changes(), "en")
    assert f"- **changed** action `EL-2` {md_escape(HOSTILE)}\n" in markdown
    assert "  - title \\[sv\\]: ~~Delaktighet~~ **Gemenskap**\n" in markdown


def test_measurements_are_shown_with_the_indicators_decimals() -> None:
    old = edit(FILES, "indicators.yaml", '    unit: "%"\n', '    unit: "%"\n    decimals: 1\n')
    new = edit(
        old,
        "indicators.yaml",
        "baseline: {value: 19.0, year: 2023}",
        "baseline: {value: 20, year: 2023}",
    )
    changes = compare(workspace(old), workspace(new), Version("dir", "a"), Version("dir", "b"))
    text = render_text(changes, "fi")
    assert "19,0\u00a0% (2023) → 20,0\u00a0% (2023)" in text
