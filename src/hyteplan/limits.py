"""The limits that keep a hostile or broken workspace from exhausting a CI runner.

A workspace is untrusted input (CI renders the plans of pull requests), so every stage that a
workspace file drives has a ceiling. The values are generous: a real plan is far below each of
them. They live here, in one place, so docs/rendering.md and the tests name the same numbers.
"""

from __future__ import annotations

#: Longest text field ``validate`` accepts (characters), e.g. an action's description.
TEXT_MAX_CHARS = 20_000

#: Seconds one template rendering may take, and the characters it may produce.
TEMPLATE_SECONDS = 60.0
TEMPLATE_OUTPUT_CHARS = 50_000_000
#: Memory one template rendering may add to its process (bytes of address space).
TEMPLATE_MEMORY_BYTES = 2 * 1024**3
#: Biggest template file read from a workspace's templates/ folder (bytes).
TEMPLATE_FILE_BYTES = 1_000_000

#: Seconds one pandoc run and one typst compilation may take.
PANDOC_SECONDS = 300.0
TYPST_SECONDS = 300.0

#: A workspace's reference.docx: the file, each part hyteplan reads from it, all parts
#: together (as declared by the zip), how many parts, and the largest compression ratio.
REFERENCE_DOCX_BYTES = 20_000_000
REFERENCE_PART_BYTES = 10_000_000
REFERENCE_TOTAL_BYTES = 100_000_000
REFERENCE_PARTS = 1_000
REFERENCE_RATIO = 200
