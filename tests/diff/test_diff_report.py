"""Report formats over a ChangeSet: plan text stays text in rich markup and in Markdown."""

from __future__ import annotations

import html
import io
import re
import shutil
from pathlib import Path

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from conftest import FILES, edit, workspace
from rich.console import Console

from hyteplan.diff.changes import Version
from hyteplan.diff.compare import compare
from hyteplan.diff.report import md_escape, render_markdown, render_text

HOSTILE = "[bold red]Iso[/] *tähti* `koodi` <b>x</b> [linkki](http://x) | putki ~~ & $"


def _changes(title: str = f"'{HOSTILE}'"):  # type: ignore[no-untyped-def]
    files = edit(FILES, "region.yaml", "title: Elintapaohjauksen etäpalvelu", f"title: {title}")
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
        "\\[bold red\\]Iso\\[/\\] \\*tähti\\* \\`koodi\\` \\<b\\>x\\</b\\> \\[linkki\\](http&#58;//x) "
        "\\| putki \\~\\~ \\& \\$"
    )
    markdown = render_markdown(_changes(), "en")
    assert f"- **changed** action `EL-2` {md_escape(HOSTILE)}\n" in markdown
    assert "  - title \\[sv\\]: ~~Delaktighet~~ **Gemenskap**\n" in markdown


# What GitHub turns into links, mentions and references in a pull-request comment.
GITHUB_HOSTILE = [
    "Lisätietoa https://evil.example/x?a=1 ja http://www.evil.fi",
    "www.evil.fi/kysely ja evil.fi",
    "hyte.koordinaattori@kunta.fi tai mailto:a@b.fi, xmpp:a@b.fi/c",
    "@octocat ja @org/tiimi kiittävät",
    "katso #123, GH-45 ja owner/repo#6",
    "<https://evil.example> [linkki](http://x) ![kuva](/etc/passwd) <img src=x>",
    "**lihava** _kalteva_ ~~yliviivattu~~ `koodi` $x$ :smile: &amp; &#64; \\@x",
    "Rivi\nvaihto\x1b[2J\u202eevil",
]
_TAG = re.compile(r"<[^>]+>")


def _github(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


@pytest.mark.parametrize("text", GITHUB_HOSTILE)
def test_markdown_plan_text_stays_inert_text_on_github(text: str) -> None:
    """Rendered as GitHub renders a comment: one paragraph of text, no link, no tag, no
    mention or reference, and the text reads as written (control characters escaped)."""
    rendered = _github(f"- {md_escape(text)}\n")
    inner = rendered.removeprefix("<ul>\n<li>").removesuffix("</li>\n</ul>\n")
    assert not _TAG.search(inner), rendered
    shown = html.unescape(inner)
    assert not re.search(r"@\w|#\d", shown)  # what GitHub links after rendering
    expected = text.replace("\n", "\\n").replace("\x1b", "\\x1b").replace("\u202e", "\\u202e")
    assert shown.replace("\u200b", "") == expected


def test_terminal_text_shows_control_characters_escaped() -> None:
    changes = _changes('"Uusi\\e[2J\\x9b31m\\u202eevil\\x07"')  # line breaks are normalised away
    for text in (render_text(changes, "fi"), render_text(changes, "fi", color=True)):
        assert not any(c in text for c in "\x1b\x9b\x07\u202e")
        assert "Uusi\\x1b[2J\\x9b31m\\u202eevil\\x07" in text


def test_terminal_diff_prints_plan_text_literally(
    workspace: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal (colours on) no emoji code, markup or escape sequence from plan text acts."""
    from hyteplan.cli import main

    new = tmp_path / "new"
    shutil.copytree(workspace, new)
    plan = new / "municipalities" / "esimerkkila.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace(
            "title: Liikuntakokeilut yläkouluissa",
            'title: "Kokeilut :smile: [bold]x[/bold] \\e[2J"',
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["diff", "--dirs", str(workspace), str(new)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" in out  # coloured: the rich path was taken
    assert "Kokeilut :smile: [bold]x[/bold] \\x1b[2J" in out
