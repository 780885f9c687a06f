"""Command-line interface: thin commands over the core, and the one place errors become exit codes.

Exit codes: 0 success, 1 problems found (errors, or warnings with --strict), 2 usage error,
bad path, unreadable input or an internal error (with a log file to send to the developers).
"""

from __future__ import annotations

import os
import sys

from ..errors import HyteplanError

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
from .app import app

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


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
        import tempfile
        import traceback

        fd, log = tempfile.mkstemp(prefix="hyteplan-crash-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"hyteplan {' '.join(sys.argv[1:] if argv is None else argv)}\n\n")
            handle.write(traceback.format_exc())
        _error(
            "internal error: hyteplan failed unexpectedly (this is a bug, not your mistake)",
            f"details were written to {log}; please send that file to the developers",
        )
        return EXIT_USAGE
    return EXIT_OK


def _error(message: str, hint: str | None) -> None:
    print(f"error: {message}", file=sys.stderr)
    if hint:
        print(f"hint: {hint}", file=sys.stderr)


def run() -> None:
    """Console-script entry point: the only place that exits the process."""
    sys.exit(main())
