"""Workspace templates are untrusted: sandboxed, time- and size-limited, read only inside it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from hyteplan import limits
from hyteplan.errors import HyteplanError
from hyteplan.render import templates as templates_module
from hyteplan.render.templates import Templates


def _templates(root: Path, source: str, name: str = "t.md.j2") -> Templates:
    (root / "templates").mkdir(parents=True, exist_ok=True)
    (root / "templates" / name).write_text(source, encoding="utf-8")
    return Templates(root)


@pytest.mark.parametrize(
    "expression",
    [
        "lipsum.__globals__['os'].popen('touch {marker}')",
        "cycler.__init__.__globals__.os.popen('touch {marker}')",
        "x.__class__.__mro__[1].__subclasses__()",
        "labels.__class__.__init__.__globals__['__builtins__']['open']('{marker}', 'w')",
        "self._TemplateReference__context.environment.globals",
        "namespace.__init__.__globals__",
    ],
)
def test_a_template_reaching_for_internals_is_refused_naming_its_file(
    tmp_path: Path, expression: str
) -> None:
    marker = tmp_path / "pwned"
    source = "first line\n{{ " + expression.format(marker=marker) + " }}\n"
    templates = _templates(tmp_path, source)
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {"x": "text", "labels": {"a": "b"}})
    assert not marker.exists()
    message = str(caught.value)
    assert "t.md.j2" in message
    assert caught.value.hint and "t.md.j2" in caught.value.hint


def test_security_error_names_the_included_file_and_line(tmp_path: Path) -> None:
    _templates(tmp_path, "ok\n\n{{ x.__class__.__mro__ }}\n", name="inner.md.j2")
    templates = _templates(tmp_path, "{% include 'inner.md.j2' %}\n")
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {"x": "text"})
    assert f"{tmp_path / 'templates' / 'inner.md.j2'}:3" in caught.value.message


def test_a_template_that_loops_forever_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates_module, "TEMPLATE_SECONDS", 0.5)
    templates = _templates(
        tmp_path,
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    )
    start = time.monotonic()
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {})
    assert time.monotonic() - start < 5
    assert "0.5 seconds" in caught.value.message and "\n" not in caught.value.message
    assert caught.value.hint


@pytest.mark.skipif(sys.platform != "linux", reason="the address-space limit is read from /proc")
def test_a_template_whose_memory_grows_without_output_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """String doubling produces no output for the output limit to count; the memory limit
    stops it (here 256 MB, so that the test stays light) and lifts again afterwards."""
    monkeypatch.setattr(limits, "TEMPLATE_MEMORY_BYTES", 256 * 1024**2)
    templates = _templates(
        tmp_path,
        '{% set ns = namespace(s="0123456789") %}'
        "{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    )
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {})
    assert "256 MB of memory" in caught.value.message and caught.value.hint
    grown = bytearray(512 * 1024**2)  # the limit is gone again
    assert len(grown) == 512 * 1024**2


def test_a_template_whose_output_grows_without_bound_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates_module, "TEMPLATE_OUTPUT_CHARS", 100_000)
    templates = _templates(tmp_path, "{% for i in range(100000) %}0123456789{% endfor %}")
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {})
    assert "100 000 characters" in caught.value.message
    assert caught.value.hint


@pytest.mark.parametrize("expression", ["'x' * 10**12", "[1] * 10**9", "2 ** 1000000"])
def test_huge_repetition_is_refused_before_it_is_built(tmp_path: Path, expression: str) -> None:
    templates = _templates(tmp_path, "{{ " + expression + " }}")
    with pytest.raises(HyteplanError):
        templates.render("t.md.j2", {})


def test_packaged_templates_still_render_small_repetitions(tmp_path: Path) -> None:
    templates = _templates(tmp_path, "{{ '-' * 3 }}{{ 2 ** 3 }}")
    assert templates.render("t.md.j2", {}) == "\\-\\-\\-8"


def test_included_template_linked_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:SECRET\n", encoding="utf-8")
    templates = _templates(root, "{% include 'leak.md.j2' %}")
    (root / "templates" / "leak.md.j2").symlink_to(secret)
    with pytest.raises(HyteplanError) as caught:
        templates.render("t.md.j2", {})
    assert "outside the workspace" in caught.value.message
    assert "SECRET" not in str(caught.value)


def test_template_folder_linked_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "templates").symlink_to(elsewhere)
    with pytest.raises(HyteplanError) as caught:
        Templates(root)
    assert "outside the workspace" in caught.value.message


def test_reference_docx_linked_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    templates = _templates(root, "x")
    (tmp_path / "other.docx").write_bytes(b"PK")
    (root / "templates" / "reference.docx").symlink_to(tmp_path / "other.docx")
    with pytest.raises(HyteplanError):
        templates.path("reference.docx")


def test_template_linked_inside_the_workspace_is_used(tmp_path: Path) -> None:
    templates = _templates(tmp_path, "{% include 'alias.md.j2' %}")
    (tmp_path / "templates" / "real.md.j2").write_text("REAL", encoding="utf-8")
    (tmp_path / "templates" / "alias.md.j2").symlink_to(tmp_path / "templates" / "real.md.j2")
    assert templates.render("t.md.j2", {}) == "REAL"


def test_fonts_folder_linked_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    templates = _templates(root, "x")
    (tmp_path / "fonts").mkdir()
    (root / "templates" / "fonts").symlink_to(tmp_path / "fonts")
    with pytest.raises(HyteplanError):
        templates.font_dirs()


def test_typst_template_partials_never_come_from_the_workspace(tmp_path: Path) -> None:
    from hyteplan.render import convert

    root = tmp_path / "ws"
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:SALAISUUS\n", encoding="utf-8")
    own = (Templates(None).path("document.typst")).read_text(encoding="utf-8")
    templates = _templates(root, own.replace("$body$", "$body$\n${ leak() }", 1), "document.typst")
    (root / "templates" / "leak.typst").symlink_to(secret)
    work = tmp_path / "work"
    work.mkdir()
    try:
        source = convert.to_typst("# Otsikko\n\nTeksti\n", work, templates.path("document.typst"))
    except HyteplanError as exc:
        assert "SALAISUUS" not in str(exc)
    else:
        assert "SALAISUUS" not in source
    assert sorted(p.name for p in work.iterdir()) == []
