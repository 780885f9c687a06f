"""Compile typst in a helper process that can be stopped, and reuse it for the next PDF.

``typst.compile`` runs in Rust, in-process: neither a Python timer nor an exception can stop it,
and a typst template of a workspace (untrusted input) can loop. Each process that renders PDFs
therefore keeps one helper process (``python -m hyteplan.render.typst_child``) that compiles on
request; a compilation that takes longer than TYPST_SECONDS gets the helper killed (a new one
starts for the next PDF). Starting a helper costs ~0.14 s once per render worker, which a new
process per PDF would pay every time. Protocol: one JSON request line on stdin, one JSON reply
line on stdout; the PDF goes to the file the request names. Windows (no ``select`` on pipes)
compiles in-process, without a time limit.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

from hyteplan.errors import HyteplanError

_child: subprocess.Popen[bytes] | None = None
_owner = 0  # the process that started _child (a forked worker must not share its pipes)


def _start() -> subprocess.Popen[bytes]:
    global _child, _owner
    if _child is not None and _owner == os.getpid() and _child.poll() is None:
        return _child
    _child = subprocess.Popen(
        [sys.executable, "-m", "hyteplan.render.typst_child"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    _owner = os.getpid()
    return _child


def _stop() -> None:
    global _child
    if _child is not None and _owner == os.getpid():
        _child.kill()
        _child.wait()
    _child = None


def _ask(request: dict[str, Any], seconds: float) -> dict[str, Any]:
    child = _start()
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        child.stdin.flush()
        ready, _, _ = select.select([child.stdout], [], [], seconds)
        line = child.stdout.readline() if ready else b""
    except OSError:
        line = b""
    if not ready or not line:
        _stop()
        if not ready:
            raise HyteplanError(
                f"typst ran longer than {seconds:g} seconds and was stopped",
                hint="the document is too large, or the workspace's typst template loops: fix "
                "or delete the override in templates/, or render DOCX only (--to docx)",
            )
        raise HyteplanError(
            "typst stopped without building the PDF (out of memory?)",
            hint="render fewer documents at a time (--only), or DOCX only (--to docx)",
        )
    reply: dict[str, Any] = json.loads(line)
    return reply


def compile_pdf(
    main: Path, root: Path, output: Path, options: dict[str, Any], seconds: float
) -> str | None:
    """Compile ``main`` into ``output``; the typst error message, or None on success."""
    request = {"input": str(main), "root": str(root), "output": str(output), **options}
    if sys.platform == "win32":
        return _compile(request)
    return _ask(request, seconds).get("error")


def _compile(request: dict[str, Any]) -> str | None:
    import typst

    options = {k: v for k, v in request.items() if k not in ("input", "output")}
    try:
        pdf = typst.compile(request["input"], **options)
    except Exception as exc:  # typst raises its own TypstError with a rendered diagnostic
        return str(exc)
    Path(request["output"]).write_bytes(pdf)
    return None


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """The helper's loop: compile each request until stdin closes."""
    for line in requests:
        error = _compile(json.loads(line))
        replies.write(json.dumps({"error": error}).encode("utf-8") + b"\n")
        replies.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
