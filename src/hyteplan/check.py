"""Running all checks on a workspace and turning findings into worded, placed diagnostics.

Rule settings from hyteplan.yaml (select, ignore, severity) are applied here, in one place.
"""

from __future__ import annotations

from collections import Counter

from .diagnostics import Diagnostic, Severity
from .load import WORKSPACE_FILE
from .rules import REGISTRY, Finding, Rule, describe
from .rules.reading import findings_from_load
from .workspace import Loc, Workspace


def _matches(code: str, patterns: list[str]) -> bool:
    """True when `code` starts with one of the patterns (codes or prefixes, as in ruff)."""
    return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())


def active_rules(ws: Workspace) -> tuple[list[Rule], list[Finding]]:
    """The rules to run under the workspace's settings, and findings about the settings."""
    settings = ws.config.rules if ws.config else None
    problems: list[Finding] = []
    rules = list(REGISTRY.values())
    if settings is None:
        return [r for r in rules if r.check], problems
    loc = Loc(WORKSPACE_FILE, ("rules",))
    for key in ("select", "ignore"):
        for i, pattern in enumerate(getattr(settings, key)):
            if not any(code.startswith(pattern.strip().upper()) for code in REGISTRY):
                problems.append(Finding("C001", loc / key / i, {"code": pattern}))
    for code in settings.severity:
        if code.upper() not in REGISTRY:
            problems.append(Finding("C001", loc / "severity" / code, {"code": code}, at_key=True))
    chosen = [
        r
        for r in rules
        if r.check
        and (not settings.select or _matches(r.code, settings.select))
        and not _matches(r.code, settings.ignore)
    ]
    return chosen, problems


def _severity(ws: Workspace, rule: Rule) -> Severity:
    """The rule's severity, or the one `severity:` in hyteplan.yaml gives it (R, J, Q codes only)."""
    if ws.config and rule.configurable:
        level = {k.upper(): v for k, v in ws.config.rules.severity.items()}.get(rule.code)
        if level:
            return Severity(level)
    return rule.severity


def to_diagnostic(ws: Workspace, finding: Finding, lang: str) -> Diagnostic:
    """Word and place one finding: the only place where rules' params become sentences and positions."""
    rule = REGISTRY[finding.code]
    message, hint = rule.words(lang, finding.params)
    if finding.object_kind:
        message = f"{describe(finding.object_kind, finding.object_id, lang)}: {message}"
    span = finding.span or ws.span(finding.loc, key=finding.at_key)
    return Diagnostic(
        file=finding.loc.file,
        span=span,
        code=finding.code,
        severity=_severity(ws, rule),
        message=message,
        hint=hint or None,
        object_id=finding.object_id,
    )


def check(ws: Workspace, lang: str = "en", errors_only: bool = False) -> list[Diagnostic]:
    """Every problem of the workspace, sorted by file and line.

    `errors_only` skips the rules that can only warn (import xlsx asks whether an edit adds an
    error; Q013 alone costs a third of validate on a large region).
    """
    findings = findings_from_load(ws)
    rules, setting_problems = active_rules(ws)
    findings += setting_problems
    for rule in rules:
        assert rule.check is not None
        if errors_only and _severity(ws, rule) is not Severity.ERROR:
            continue
        findings.extend(rule.check(ws))
    diagnostics = {to_diagnostic(ws, f, lang) for f in findings}
    return sorted(diagnostics, key=Diagnostic.sort_key)


def added_errors(before: Workspace, after: Workspace, lang: str = "en") -> list[Diagnostic]:
    """Errors of `after` that `before` did not have (by code, file and words, counted): what
    an edit would add (`import xlsx`, `new`). Only rules that can report an error run, and
    `before` is checked only when `after` has an error."""
    found = [d for d in check(after, lang, errors_only=True) if d.severity is Severity.ERROR]
    if not found:
        return []
    seen = Counter(
        (d.code, d.file, d.message)
        for d in check(before, lang, errors_only=True)
        if d.severity is Severity.ERROR
    )
    out = []
    for d in found:
        key = (d.code, d.file, d.message)
        if seen[key]:
            seen[key] -= 1
        else:
            out.append(d)
    return out
