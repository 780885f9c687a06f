"""Properties of the canonical form on the example and the generated workspaces: idempotent,
the same data and model, every comment kept, whatever the key order it starts from."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from hyteplan import fmt, yamlwrite
from hyteplan.model import FILE_KINDS, FIXED_FILES
from hyteplan.yamlsource import parse

REPO = Path(__file__).resolve().parents[1]


def _generated() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "bench_generate", REPO / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    out: dict[str, str] = {}
    for path, text in next(iter(module.tiny().values())).items():
        if path.endswith(".yaml"):
            out[f"tiny/{path}"] = text
    return out


def _pool() -> list[tuple[str, bytes]]:
    files = [
        (p.relative_to(REPO / "plans").as_posix(), p.read_bytes())
        for p in sorted((REPO / "plans").rglob("*.yaml"))
    ]
    files += [(name, text.encode()) for name, text in sorted(_generated().items())]
    return files


POOL = _pool()


def _kind(name: str) -> str:
    # the generated tiny workspace and the previous term's plan (previous/<term>/) are
    # workspaces of their own
    parts = name.split("/")
    inner = (
        "/".join(parts[1:])
        if parts[0] == "tiny"
        else "/".join(parts[2:])
        if parts[0] == "previous"
        else name
    )
    folder_kinds = {"status": "status", "negotiations": "negotiation"}
    folder = inner.split("/")[0] if "/" in inner else ""
    return FIXED_FILES.get(inner, folder_kinds.get(folder, "municipality"))


def _shuffled(raw: bytes, rng: random.Random) -> bytes:
    """The file with the keys of some mappings in another order (comments moving with them)."""
    doc = yamlwrite.load(raw)

    def walk(node: object) -> None:
        if isinstance(node, CommentedMap):
            keys = list(node)
            if len(keys) > 1 and rng.random() < 0.3:
                wanted = keys[:]
                rng.shuffle(wanted)
                fmt._reorder(node, keys, wanted)
            for value in node.values():
                walk(value)
        elif isinstance(node, CommentedSeq):
            for value in node:
                walk(value)

    walk(doc.data)
    return doc.canonical().encode()


_EOL = re.compile(r"\s(#.*)$")


def _comments(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            out.append(stripped)
        elif match := _EOL.search(line):
            out.append(match.group(1).strip())
    return out


def _model(raw: bytes, kind: str) -> object:
    return FILE_KINDS[kind].model_validate(parse(raw).data).model_dump()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(POOL), st.randoms(use_true_random=False), st.booleans())
def test_fmt_is_idempotent_keeps_the_model_and_every_comment(
    file: tuple[str, bytes], rng: random.Random, shuffle: bool
) -> None:
    name, raw = file
    kind = _kind(name)
    x = _shuffled(raw, rng) if shuffle else raw
    once = fmt.format_text(x, kind)
    assert fmt.format_text(once.encode(), kind) == once
    assert parse(once.encode()).data == parse(x).data
    assert _model(once.encode(), kind) == _model(x, kind)
    remaining = once
    for comment in _comments(x.decode()):
        assert comment in remaining, comment


@pytest.mark.parametrize("name,raw", POOL, ids=[n for n, _ in POOL])
def test_every_example_and_generated_file_formats_to_the_same_model(name: str, raw: bytes) -> None:
    kind = _kind(name)
    once = fmt.format_text(raw, kind)
    assert fmt.format_text(once.encode(), kind) == once
    assert _model(once.encode(), kind) == _model(raw, kind)
    for comment in _comments(raw.decode()):
        assert comment in once, comment


def test_keys_take_the_model_order_and_comments_move_with_their_key() -> None:
    text = (
        "# yaml-language-server: $schema=schemas/parties.schema.json\n"
        "parties:\n"
        "  - name: Yksikkö\n"
        "    # the unit's parent\n"
        "    parent: org\n"
        "    id: org-unit\n"
        "    kind: unit\n"
        "\n"
        "  - id: org\n"
        "    name: Org\n"
    )
    assert fmt.format_text(text.encode(), "parties") == (
        "# yaml-language-server: $schema=schemas/parties.schema.json\n"
        "parties:\n"
        "  - id: org-unit\n"
        "    name: Yksikkö\n"
        "    kind: unit\n"
        "    # the unit's parent\n"
        "    parent: org\n"
        "\n"
        "  - id: org\n"
        "    name: Org\n"
    )


def test_quotes_only_where_yaml_needs_them() -> None:
    text = "parties:\n  - id: 'a'\n    name: \"Name: with colon\"\n    description: 'yes'\n"
    assert fmt.format_text(text.encode(), "parties") == (
        "parties:\n  - id: a\n    name: 'Name: with colon'\n    description: 'yes'\n"
    )
