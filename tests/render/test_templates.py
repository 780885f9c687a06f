from __future__ import annotations

from pathlib import Path

import pytest

from hyteplan.errors import HyteplanError
from hyteplan.render.templates import Templates, packaged_templates_dir


def _templates(tmp_path: Path, source: str) -> Templates:
    (tmp_path / "templates").mkdir(exist_ok=True)
    (tmp_path / "templates" / "t.md.j2").write_text(source, encoding="utf-8")
    return Templates(tmp_path)


@pytest.mark.parametrize(
    "source",
    [
        "{{ x }}",
        "{{ x|upper|lower }}",
        "{{ x|replace('a', 'a') }}",
        "{{ x|trim|e }}",
        "{{ [x, x]|join(' ') }}",
        "{{ x ~ '' }}",
        "{% macro m(v) %}{{ v }}{% endmacro %}{{ m(x) ~ x }}",
        "{{ '%s'|format(x) }}",
        "{{ x|truncate(200) }}",
    ],
)
def test_user_text_is_escaped_whatever_filters_a_template_uses(tmp_path: Path, source: str) -> None:
    out = _templates(tmp_path, source).render("t.md.j2", {"x": "*a* [b](c)"})
    assert "*a*" not in out.replace("\\*a\\*", "")
    assert "\\*a\\* \\[b\\]\\(c\\)" in out


def test_template_markup_itself_is_not_escaped(tmp_path: Path) -> None:
    out = _templates(tmp_path, "# {{ x }}\n\n**{{ x }}**").render("t.md.j2", {"x": "a.b"})
    assert out == "# a\\.b\n\n**a\\.b**"


def test_jinja_syntax_inside_data_is_not_evaluated(tmp_path: Path) -> None:
    out = _templates(tmp_path, "{{ x }}").render("t.md.j2", {"x": "{{ 7*7 }}"})
    assert "49" not in out


def test_nested_data_is_user_text_too(tmp_path: Path) -> None:
    source = "{% for a in actions %}{{ a.title }} {{ a.tags|join(',') }}{% endfor %}"
    out = _templates(tmp_path, source).render(
        "t.md.j2", {"actions": [{"title": "# h", "tags": ["_x_", "y"]}]}
    )
    assert out == "\\# h \\_x\\_\\,y"


def test_dangerous_builtin_filters_are_not_available(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError, match="tojson|syntax"):
        _templates(tmp_path, "{{ x|tojson }}").render("t.md.j2", {"x": "a"})


def test_workspace_template_overrides_packaged_one_by_name(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "document.typst").write_text("mine", encoding="utf-8")
    templates = Templates(tmp_path)
    assert templates.path("document.typst").read_text(encoding="utf-8") == "mine"
    assert templates.path("reference.docx") == packaged_templates_dir() / "reference.docx"


def test_undefined_value_in_a_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError, match="undefined"):
        _templates(tmp_path, "{{ nothing.here }}").render("t.md.j2", {})


def test_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError, match="not found"):
        Templates(tmp_path).path("nope.md.j2")


def test_templates_are_shared_per_workspace_until_its_folder_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from hyteplan.render.templates import Templates as T

    first = T.for_workspace(tmp_path)
    assert T.for_workspace(tmp_path) is first
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "decisions.md.j2").write_text("OMA\n", encoding="utf-8")
    second = T.for_workspace(tmp_path)
    assert second is not first
    assert second.render("decisions.md.j2", {}) == "OMA\n"
    (tmp_path / "templates" / "background.md.j2").write_text("TAUSTA\n", encoding="utf-8")
    assert T.for_workspace(tmp_path).render("background.md.j2", {}) == "TAUSTA\n"


def test_broken_workspace_template_hint_names_the_file_to_fix_or_delete(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError) as syntax:
        _templates(tmp_path, "{% for %}").render("t.md.j2", {})
    with pytest.raises(HyteplanError) as undefined:
        _templates(tmp_path, "{{ nothing.here }}").render("t.md.j2", {})
    override = (tmp_path / "templates" / "t.md.j2").resolve()
    for error in (syntax.value, undefined.value):
        assert error.hint == (
            f"fix the workspace's template {override}, or delete it to use hyteplan's own t.md.j2"
        )


def test_include_of_a_missing_template_hints_at_the_override(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError, match="'gone.md.j2' not found") as caught:
        _templates(tmp_path, "{% include 'gone.md.j2' %}").render("t.md.j2", {})
    assert (
        caught.value.hint is not None and "delete the override in templates/" in caught.value.hint
    )


def test_missing_template_file_hint_says_where_to_put_it(tmp_path: Path) -> None:
    with pytest.raises(HyteplanError) as caught:
        Templates(tmp_path).path("nope.md.j2")
    assert (
        caught.value.hint is not None
        and "nope.md.j2 in the workspace's templates/" in caught.value.hint
    )
