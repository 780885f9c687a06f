"""Strings that try to become markup in some output format (see shared TOOLCHAIN.md).

Each must come out of every document as the same text, with whitespace collapsed.
"""

from __future__ import annotations

import re

HOSTILE: list[str] = [
    "*emphasis* and **strong** and _under_",
    "# Not a heading",
    "8. luokan oppilaat",
    "8. ja 9. luokka",
    '`<w:r><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr><w:t>INJECTED</w:t></w:r>`{=openxml}',
    "```{=openxml}\n<w:p><w:r><w:t>INJECTED</w:t></w:r></w:p>\n```",
    "#set page(fill: red) #text(fill: red)[INJECTED]",
    "`#pagebreak()`{=typst}",
    "<b>bold</b><script>alert(1)</script>",
    "![](/etc/passwd)",
    "![x](/etc/hostname)",
    "---\ntitle: INJECTED\n---",
    "a | b | c",
    "line one\nline two",
    "{{ 7*7 }} {% if x %}",
    "$x^2$ \\LaTeX \\newpage",
    "[link](http://example.com) <http://example.com> https://example.org",
    "> quote",
    "- list item",
    "+ typst list",
    "/ Term: typst term",
    "Term\n: definition",
    "-- ... \"quotes\" 'single' -?",
    "@citation [@key] ^[footnote]",
    "~~strike~~ ~sub~ ^sup^",
    "\\* backslash",
    "= typst heading",
    "<!-- comment -->",
    ":::: {.pagebreak}\n::::",
    "ÄÖÅ äöå",
    '[INJECTED]{lang=en-GB} [x]{lang="sv-SE" custom-style="Title"}',
    "]{lang=en-GB} [",
]


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces: how a string appears once laid out."""
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text: str) -> str:
    """No whitespace at all: PDF text extraction breaks lines inside words like ``</w:r>``, and
    the PDF gives a word of 30+ characters zero-width spaces to break at."""
    return re.sub(r"[\s\u200b]+", "", text)
