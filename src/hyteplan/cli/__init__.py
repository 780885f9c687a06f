"""Command-line interface: thin commands over the core, and the one place errors become exit codes.

Exit codes: 0 success, 1 problems found (errors, or warnings with --strict), 2 usage error,
bad path or unreadable input, 3 an internal error, i.e. a bug (with a crash log to send to the
developers): a script or CI can tell "your data" from "our program".
"""

from __future__ import annotations

import os
import sys

from ..errors import HyteplanError
from ..safetext import printable, printable_lines

# One line per command module: importing it registers the command on `app`.
from . import init  # noqa: F401
from . import validate  # noqa: F401
from . import summary  # noqa: F401
from . import schema  # noqa: F401
from . import rules  # noqa: F401
from . import render  # noqa: F401
from . import diff  # noqa: F401
from . import textconv  # noqa: F401
from . import data  # noqa: F401
from . import status  # noqa: F401
from . import fmt  # noqa: F401
from . import new  # noqa: F401
from . import report  # noqa: F401
from .app import app

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure ends here as a message and an exit code, never a traceback."""
    try:
        app(args=argv, prog_name="hyteplan", standalone_mode=True)
    except SystemExit as exc:  # typer/click end every run, usage errors included, this way
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
    except HyteplanError as exc:
        _error(exc.message, exc.hint)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _error("interrupted", None)
        return 130
    except Exception:  # an internal bug: short message, details in a log file
        return _crashed(sys.argv[1:] if argv is None else argv)
    return EXIT_OK


def _crashed(argv: list[str]) -> int:
    """Write the crash log (command, versions, traceback) and say where it is."""
    import tempfile
    import traceback

    from ..crashreport import crash_report

    text = traceback.format_exc()
    try:
        text = crash_report(argv, text)
    except Exception:  # the versions are a help, the traceback is what matters
        text += "\n(versions could not be read)\n"
    fd, log = tempfile.mkstemp(prefix="hyteplan-crash-", suffix=".log")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    _error(
        "internal error: hyteplan failed unexpectedly (this is a bug, not your mistake)",
        f"details were written to {log}; please send that file to the developers",
    )
    return EXIT_INTERNAL


def _error(message: str, hint: str | None) -> None:
    """`error:` and `hint:` lines with every control character in them escaped; a message keeps
    the line breaks it was built with (a list of diagnostics), nothing else."""
    print(f"error: {printable_lines(message)}", file=sys.stderr)
    if hint:
        print(f"hint: {printable(hint)}", file=sys.stderr)


def run() -> None:
    """Console-script entry point: the only place that exits the process."""
    sys.exit(main())
