"""Converting a DOCX to PDF with LibreOffice, for the tests that look at its layout.

Skips the calling test when LibreOffice is not installed (it is not on every machine).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """The PDF LibreOffice makes of ``docx`` (in ``out_dir``, with a private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{out_dir}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out_dir / f"{docx.stem}.pdf"
