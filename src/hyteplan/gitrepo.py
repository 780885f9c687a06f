"""Reading a workspace as it was at a git revision, without touching the working tree.

Only plumbing commands are used: `rev-parse` to resolve a revision, `log -1` for its date and
tags, `ls-tree -r -z` to list the files, and one `cat-file --batch` process for all their
contents. Nothing is checked out, no index is refreshed (GIT_OPTIONAL_LOCKS=0), nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import HyteplanError
from .load import WORKSPACE_FILE

_YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Commit:
    """A resolved revision: what the user typed and what it names."""

    revision: str
    sha: str
    date: dt.date
    subject: str
    tags: tuple[str, ...]


def _git_env() -> dict[str, str]:
    """The environment for git: no optional locks, C locale messages, no prompts, our own repository."""
    env = dict(os.environ)
    env.update({"GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"})
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    return env


def _run(
    args: list[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run git with paths taken literally and no locks or prompts; a missing git is a user error."""
    try:
        return subprocess.run(
            ["git", "--literal-pathspecs", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            env=_git_env(),
            check=False,
        )
    except FileNotFoundError as exc:
        raise HyteplanError(
            "git is not installed (or not on PATH)",
            "install git, or compare two folders with `hyteplan diff --dirs OLD NEW`",
        ) from exc


def _stderr(result: subprocess.CompletedProcess[bytes]) -> str:
    """git's first line of complaint, for a message."""
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else f"exit status {result.returncode}"


@dataclass(frozen=True)
class Repo:
    """A git working tree: its top folder."""

    top: Path

    @classmethod
    def containing(cls, path: Path) -> "Repo":
        """The repository whose working tree holds `path` (which may exist only in revisions)."""
        folder = path
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # a folder deleted since: its repository is still the one above
        if not folder.is_dir():
            folder = folder.parent
        result = _run(["rev-parse", "--show-toplevel"], folder)
        if result.returncode != 0:
            detail = _stderr(result)
            if "not a git repository" in detail:
                raise HyteplanError(
                    f"{folder} is not in a git repository",
                    "run the command inside a git checkout of the plans, or compare two folders "
                    "with `hyteplan diff --dirs OLD NEW`",
                )
            raise HyteplanError(
                f"git cannot use {folder}: {detail}", "check the repository with `git status`"
            )
        return cls(Path(result.stdout.decode("utf-8").strip()))

    def prefix_of(self, folder: Path) -> str:
        """`folder` as a path inside the repository ('' for the top)."""
        try:
            rel = folder.resolve().relative_to(self.top.resolve())
        except ValueError as exc:
            raise HyteplanError(
                f"{folder} is not inside the git repository at {self.top}",
                "give a --path inside the repository",
            ) from exc
        return rel.as_posix() if rel.parts else ""

    def is_shallow(self) -> bool:
        result = _run(["rev-parse", "--is-shallow-repository"], self.top)
        return result.stdout.decode().strip() == "true"

    def resolve(self, revision: str) -> Commit:
        """The commit a revision names (a tag, branch, `HEAD~3`, a commit ID...)."""
        result = _run(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"],
            self.top,
        )
        if result.returncode != 0 or not result.stdout.strip():
            if self.is_shallow():
                raise HyteplanError(
                    f"revision '{revision}' is not in this repository: it is a shallow clone "
                    "that lacks older history",
                    "fetch the history with `git fetch --unshallow --tags` (in GitHub Actions: "
                    "actions/checkout with fetch-depth: 0)",
                )
            if revision == "HEAD":
                raise HyteplanError(
                    "the repository has no commits yet, so there is no HEAD to compare with",
                    "commit the plans first, or compare two folders with `hyteplan diff --dirs OLD NEW`",
                )
            raise HyteplanError(
                f"unknown revision '{revision}': no commit, tag or branch has that name",
                "list them with `git log --oneline`, `git tag` or `git branch -a`",
            )
        sha = result.stdout.decode().strip()
        info = _run(
            [
                "log",
                "-1",
                "--no-show-signature",
                "--decorate-refs=refs/tags/",
                "--format=%cI%x00%D%x00%s",
                sha,
            ],
            self.top,
        )
        if info.returncode != 0:
            raise HyteplanError(
                f"cannot read commit {sha[:10]}: {_stderr(info)}", "check it with `git show`"
            )
        when, refs, subject = info.stdout.decode("utf-8", "replace").rstrip("\n").split("\x00", 2)
        tags = tuple(sorted(r[len("tag: ") :] for r in refs.split(", ") if r.startswith("tag: ")))
        return Commit(revision, sha, dt.datetime.fromisoformat(when).date(), subject, tags)

    def last_before(self, when: dt.date, ref: str = "HEAD") -> str | None:
        """The newest commit on `ref` committed before `when` (midnight UTC), or None.

        The annual report compares the plans as they stood at the start and the end of a year.
        """
        result = _run(
            ["rev-list", "-1", f"--before={when.isoformat()}T00:00:00Z", "--end-of-options", ref],
            self.top,
        )
        sha = result.stdout.decode().strip() if result.returncode == 0 else ""
        return sha or None

    def first_commit(self, path: str, ref: str = "HEAD") -> str | None:
        """The oldest commit on `ref` that has `path` (a file inside the repository), or None."""
        result = _run(["rev-list", "--reverse", "--end-of-options", ref, "--", path], self.top)
        lines = result.stdout.decode().split() if result.returncode == 0 else []
        return lines[0] if lines else None

    def is_ancestor(self, older: str, newer: str) -> bool:
        """True when `older` is an ancestor of (or the same commit as) `newer`."""
        result = _run(["merge-base", "--is-ancestor", older, newer], self.top)
        return result.returncode == 0

    def read_tree(self, commit: Commit, prefix: str) -> dict[str, bytes]:
        """Every YAML file under `prefix` at `commit`, keyed by its path relative to `prefix`."""
        args = ["ls-tree", "-r", "-z", commit.sha]
        if prefix:
            args += ["--", prefix]
        listing = _run(args, self.top)
        if listing.returncode != 0:
            raise HyteplanError(
                f"cannot list files of {commit.revision}: {_stderr(listing)}",
                "check the repository with `git status` and `git fsck`",
            )
        wanted: dict[str, str] = {}  # object ID -> relative path (first path wins for equal blobs)
        paths: list[tuple[str, str]] = []
        start = len(prefix) + 1 if prefix else 0
        for entry in listing.stdout.split(b"\0"):
            if not entry:
                continue
            meta, _, raw_path = entry.partition(b"\t")
            mode, kind, sha = meta.decode().split()
            path = raw_path.decode("utf-8", "surrogateescape")
            if kind != "blob" or mode == "120000" or not path.endswith(_YAML_SUFFIXES):
                continue
            if prefix and not path.startswith(prefix + "/"):
                continue
            paths.append((path[start:], sha))
            wanted.setdefault(sha, path)
        rel_names = {rel for rel, _ in paths}
        if WORKSPACE_FILE not in rel_names:
            where = f"'{prefix}'" if prefix else "the top of the repository"
            raise HyteplanError(
                f"there is no plan workspace at {where} in revision '{commit.revision}' "
                f"({commit.sha[:10]}): {PurePosixPath(prefix or '.', WORKSPACE_FILE)} is not there",
                "give the workspace folder as it was in that revision with --path DIR",
            )
        blobs = self._cat(list(wanted))
        return {rel: blobs[sha] for rel, sha in paths}

    def _cat(self, shas: list[str]) -> dict[str, bytes]:
        """The contents of many blobs from one `git cat-file --batch` process."""
        result = _run(
            ["cat-file", "--batch"], self.top, stdin="".join(f"{s}\n" for s in shas).encode()
        )
        if result.returncode != 0:
            raise HyteplanError(
                f"git cat-file failed: {_stderr(result)}",
                "check the repository with `git status` and `git fsck`",
            )
        out: dict[str, bytes] = {}
        data = result.stdout
        pos = 0
        for sha in shas:
            end = data.index(b"\n", pos)
            header = data[pos:end].decode().split()
            if len(header) != 3:  # "<sha> missing" in a partial clone
                raise HyteplanError(
                    f"git object {sha[:10]} is missing from this repository",
                    "fetch the full history with `git fetch --refetch` or clone again",
                )
            size = int(header[2])
            out[sha] = data[end + 1 : end + 1 + size]
            pos = end + 1 + size + 1
        return out
