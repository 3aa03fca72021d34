"""Shared test helpers: run the real CLI, find the shared corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = CORPUS / "seeds"
REAL = CORPUS / "real"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")


def run_cli(*args: str, cwd: str | Path | None = None, input: bytes | str | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m awesome_lint ARGS`` as a user would; returns the completed process."""
    full_env = dict(os.environ)
    full_env.pop("FORCE_COLOR", None)
    full_env["NO_COLOR"] = "1"
    if env:
        full_env.update(env)
    if isinstance(input, str):
        input = input.encode()
    return subprocess.run([sys.executable, "-m", "awesome_lint", *map(str, args)], cwd=cwd, input=input,
                          capture_output=True, env=full_env, timeout=300)


def install_plugin(tmp_path: Path, module: str, source: str, entry: str) -> dict:
    """A rule plugin as pip would install it: ``module.py`` with ``source`` and a distribution
    declaring ``entry`` (``name = module[:Class]``) in the ``awesome_lint.rules`` group. Returns
    the environment (PYTHONPATH) that makes it visible to a new process."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / f"{module}.py").write_text(source)
    dist = site / f"{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[awesome_lint.rules]\n{entry}\n")
    return {"PYTHONPATH": str(site) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run_json(*args: str, **kw) -> tuple[int, list[dict]]:
    proc = run_cli("--format", "json", *args, **kw)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout)


def render(text: str) -> str:
    import cmarkgfm

    return cmarkgfm.github_flavored_markdown_to_html(text)
