import struct
import subprocess
import sys
import zlib

import pytest

from hyteplan.charts import chart_alt_text, trend_chart_png
from hyteplan.errors import HyteplanError

SERIES = [(2021, 18.4), (2017, 17.1), (2023, 19.2), (2019, 18.0)]
TITLE = "Ylipaino, % 8. ja 9. luokan oppilaista"
NBSP = "\u00a0"


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk, checking each CRC: a corrupt PNG fails here."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        payload = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + payload) == crc, kind
        chunks.append((kind, payload))
        offset += 12 + length
    return chunks


def test_png_is_valid_a4_width_at_200_dpi_without_metadata() -> None:
    data = trend_chart_png(SERIES, TITLE, "%", "fi", target=15.0)
    chunks = png_chunks(data)
    kinds = [kind for kind, _ in chunks]
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    width, height = struct.unpack(">II", chunks[0][1][:8])
    # 16 cm x 6.5 cm at 200 dpi.
    assert (width, height) == (1259, 511)
    # No text chunks (software version, dates) that would differ between machines or runs.
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(kinds)
    phys = dict(chunks)[b"pHYs"]
    assert struct.unpack(">IIB", phys) == (7874, 7874, 1)  # 200 dpi in pixels per metre
    pixels = zlib.decompress(b"".join(p for k, p in chunks if k == b"IDAT"))
    assert len(set(pixels)) > 10  # something was drawn


def test_same_bytes_every_call_and_in_a_fresh_process() -> None:
    first = trend_chart_png(SERIES, TITLE, "%", "fi")
    assert trend_chart_png(list(reversed(SERIES)), TITLE, "%", "fi") == first
    code = (
        "import sys; from hyteplan.charts import trend_chart_png;"
        f"sys.stdout.buffer.write(trend_chart_png({SERIES!r}, {TITLE!r}, '%', 'fi'))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    assert other == first


def test_language_changes_the_number_format_and_target_changes_the_chart() -> None:
    finnish = trend_chart_png(SERIES, TITLE, "%", "fi")
    assert trend_chart_png(SERIES, TITLE, "%", "sv") == finnish  # same numbers, same comma
    assert trend_chart_png(SERIES, TITLE, "%", "en") != finnish  # decimal point instead
    assert trend_chart_png(SERIES, TITLE, "%", "fi", target=15.0) != finnish


def test_charts_of_unusual_series() -> None:
    many_years = [(year, 300.0 + year % 7) for year in range(2005, 2025)]
    png_chunks(trend_chart_png(many_years, "Kaatumiset", "/ 10 000", "fi"))
    png_chunks(trend_chart_png([(2024, -2.5), (2025, 1.25)], "Muutos", None, "en"))
    png_chunks(trend_chart_png([(2024, 0.0), (2025, 0.0)], "Nolla", "%", "fi"))
    # Mathtext would reject "\\frac{a}" (missing argument): user text must stay literal.
    png_chunks(trend_chart_png(SERIES, "Kulut $\\frac{a}$ ja a_1 8. lk", "$", "fi"))
    with pytest.raises(ValueError, match="at least one value"):
        trend_chart_png([], TITLE, "%", "fi")
    with pytest.raises(ValueError, match="finite"):
        chart_alt_text([(2020, float("inf"))], TITLE, "%", "fi")
    with pytest.raises(HyteplanError):
        trend_chart_png(SERIES, TITLE, "%", "de")


def test_alt_text_in_three_languages() -> None:
    per = f"per{NBSP}10,000"  # the unit "/ 10 000" in English (glossary.UNITS)
    assert chart_alt_text(SERIES, TITLE, "%", "fi", region_name="Kuopio", target=15) == (
        f"Ylipaino, % 8. ja 9. luokan oppilaista, Kuopio 2017\u20132023: 17,1{NBSP}% → "
        f"19,2{NBSP}% (2017: 17,1{NBSP}%; 2019: 18,0{NBSP}%; 2021: 18,4{NBSP}%; "
        f"2023: 19,2{NBSP}%). Tavoitetaso 15,0{NBSP}%."
    )
    assert chart_alt_text(SERIES[:2], "Övervikt", "%", "sv", region_name="Kuopio", target=0) == (
        f"Övervikt, Kuopio 2017\u20132021: 17,1{NBSP}% → 18,4{NBSP}% "
        f"(2017: 17,1{NBSP}%; 2021: 18,4{NBSP}%). Målnivå 0,0{NBSP}%."
    )
    assert chart_alt_text([(2022, 312.0), (2023, 298.5)], "Falls", "/ 10 000", "en") == (
        f"Falls 2022\u20132023: 312.0{NBSP}{per} → 298.5{NBSP}{per} "
        f"(2022: 312.0{NBSP}{per}; 2023: 298.5{NBSP}{per})."
    )
    assert chart_alt_text([(2023, 7.0)], "Kiusattu", "%", "fi", region_name="Iisalmi") == (
        f"Kiusattu, Iisalmi 2023: 7{NBSP}%."
    )
