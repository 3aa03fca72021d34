"""action.yml, run by a small stand-in for the GitHub runner: each step's script with bash, its
env: values resolved from the inputs the way GitHub resolves expressions, PATH leading to this
checkout's CLI. Inputs with shell syntax in them must stay text."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
LIST = ("# Papers\n\n1. [2023 MICCAI] **A** [[paper]](https://arxiv.org/abs/2301.00001)\n"
        "3. [2023 IPMI] **B** [[paper]](https://arxiv.org/abs/2301.00002)\n")


class Runner:
    """Runs the composite action's steps as GitHub would, without GitHub: expressions only in
    env:, `if:` conditions on inputs, outputs through $GITHUB_OUTPUT, `uses:` steps recorded
    (the reviewdog binary they install is a stand-in that keeps what it was fed)."""

    def __init__(self, tmp_path, inputs: dict[str, str], skip=("Install awesome-lint",)):
        self.tmp = tmp_path
        self.work = tmp_path / "workspace"
        self.work.mkdir(exist_ok=True)
        self.temp = tmp_path / "runner-temp"
        self.temp.mkdir(exist_ok=True)
        self.files = {k: tmp_path / k.lower() for k in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_PATH", "GITHUB_ENV")}
        for f in self.files.values():
            f.write_text("")
        self.bin = tmp_path / "bin"
        self.bin.mkdir(exist_ok=True)
        self._shim("awesome-lint", f'exec "{sys.executable}" -m awesome_lint "$@"\n')
        self._shim("python", f'exec "{sys.executable}" "$@"\n')
        self._shim("reviewdog", f'printf "%s\\n" "$*" > "{tmp_path}/reviewdog.args"\ncat > "{tmp_path}/reviewdog.stdin"\n')
        defaults = {k: str(v.get("default", "")) for k, v in ACTION["inputs"].items()}
        self.inputs = {**defaults, **inputs}
        self.skip = skip
        self.outputs: dict[str, dict[str, str]] = {}
        self.used: list[str] = []

    def _shim(self, name: str, body: str) -> None:
        p = self.bin / name
        p.write_text("#!/bin/sh\n" + body)
        p.chmod(p.stat().st_mode | stat.S_IEXEC)

    def value(self, expr: str) -> str:
        if expr.startswith("inputs."):
            v = self.inputs[expr[len("inputs."):]]
            return EXPR.sub(lambda m: self.value(m.group(1)), v)  # a default may be an expression
        if expr.startswith("steps."):
            _, step, _, key = expr.split(".")
            return self.outputs.get(step, {}).get(key, "")
        known = {"github.action_path": str(ROOT), "github.token": "token-from-github",
                 "github.action_repository": "owner/awesome-lint", "github.action_ref": "0123abc"}
        return known[expr]  # a new expression: teach the stand-in, do not guess

    def condition(self, cond: str | None) -> bool:
        if cond is None:
            return True
        m = re.fullmatch(r"inputs\.([\w-]+) == '([^']*)'", cond.strip())
        assert m, f"condition the stand-in cannot read: {cond}"
        return self.inputs[m.group(1)] == m.group(2)

    def run(self) -> list[subprocess.CompletedProcess]:
        done = []
        for step in ACTION["runs"]["steps"]:
            if not self.condition(step.get("if")) or step.get("name") in self.skip:
                continue
            if "uses" in step:
                self.used.append(step["uses"])
                continue
            env = {"PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}", "HOME": str(self.tmp),
                   "PYTHONPATH": str(ROOT / "src"), "RUNNER_TEMP": str(self.temp), "NO_COLOR": "1",
                   "GITHUB_SERVER_URL": "https://github.example", "GITHUB_REPOSITORY": "me/list",
                   "GITHUB_SHA": "f00d", "AWESOME_LINT_CACHE_DIR": str(self.tmp / "cache")}
            env.update({k: str(p) for k, p in self.files.items()})
            for key, value in (step.get("env") or {}).items():
                env[key] = EXPR.sub(lambda m: self.value(m.group(1)), str(value))
            self.files["GITHUB_OUTPUT"].write_text("")
            proc = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
                                  cwd=self.work, env=env, capture_output=True, text=True, timeout=300)
            if "id" in step:
                self.outputs[step["id"]] = dict(line.split("=", 1) for line in
                                                self.files["GITHUB_OUTPUT"].read_text().splitlines() if "=" in line)
            done.append((step.get("name"), proc))
            if proc.returncode != 0:
                break
        return done

    @property
    def summary(self) -> str:
        return self.files["GITHUB_STEP_SUMMARY"].read_text()


def test_expressions_appear_only_in_env_values():
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]
        assert "${{" not in str(step.get("if", "")), step["name"]
        assert "${{" not in json.dumps(step.get("with", {})), step["name"]
        for value in (step.get("env") or {}).values():
            if "${{" in str(value):
                assert EXPR.fullmatch(str(value)), value  # the whole value, never spliced into text
    assert "version" not in ACTION["inputs"]  # the version is the ref the workflow pins in `uses:`


def test_a_list_with_findings_annotates_summarises_and_fails(tmp_path):
    r = Runner(tmp_path, {})
    (r.work / "README.md").write_text(LIST)
    steps = r.run()
    lint = dict(steps)["Lint"]
    assert lint.returncode == 0, lint.stderr
    assert lint.stdout.startswith("::error file=README.md,line=4,col=1,")
    assert "title=AL001 ordered-list-numbering" in lint.stdout
    assert r.outputs["lint"]["findings"] == "1" and r.outputs["lint"]["status"] == "1"
    assert json.loads(open(r.outputs["lint"]["report"]).read())[0]["code"] == "AL001"
    s = r.summary
    assert "**1 problem** in 1 file: 1 error, 0 warnings; 1 fixable" in s
    assert "| [AL001](https://github.example/owner/awesome-lint/blob/0123abc/rules/AL001.md) | ordered-list-numbering | 1 | 1 |" in s
    assert "[`README.md:4`](https://github.example/me/list/blob/f00d/README.md#L4)" in s
    assert steps[-1][0] == "Result" and steps[-1][1].returncode == 1  # the job fails on findings
    assert r.used == []  # no reviewdog unless asked


def test_a_clean_list_passes_and_says_so(tmp_path):
    r = Runner(tmp_path, {"paths": "docs/list.md"})
    (r.work / "docs").mkdir()
    (r.work / "docs" / "list.md").write_text("# Fine\n\n1. a\n2. b\n")
    steps = r.run()
    assert [p.returncode for _, p in steps] == [0, 0]
    assert "No problems found." in r.summary and r.outputs["lint"]["findings"] == "0"


@pytest.mark.parametrize("hostile", [
    "README.md $(touch pwned)", "README.md `touch pwned`", "README.md; touch pwned", "README.md && touch pwned",
    "README.md | touch pwned", "'$(touch pwned)'", "README.md\n$(touch pwned)\n`touch pwned`",
])
def test_shell_syntax_in_inputs_stays_text(tmp_path, hostile):
    """Every piece is a path name (or an option for args): none is run."""
    r = Runner(tmp_path, {"paths": hostile, "args": "--select AL001 $(touch pwned) `touch pwned`;touch pwned",
                          "since": "$(touch pwned)", "summary": "true"})
    (r.work / "README.md").write_text(LIST)
    steps = r.run()
    lint = dict(steps)["Lint"]
    assert not list(tmp_path.rglob("pwned")), "an input was run as a command"
    assert r.outputs["lint"]["status"] == "2"  # bad paths and a bad revision: a clear error, not a command
    assert "awesome-lint: " in lint.stderr and "Traceback" not in lint.stderr
    assert steps[-1][1].returncode == 2


def test_hostile_paths_reach_the_linter_as_names(tmp_path):
    r = Runner(tmp_path, {"paths": "README.md $(touch pwned) *.md", "args": "--select AL001"})
    (r.work / "README.md").write_text(LIST)
    (r.work / "other.md").write_text(LIST)  # a glob must not pick it up
    steps = r.run()
    lint = dict(steps)["Lint"]
    assert "$(touch: no such file or folder" in lint.stderr
    assert "*.md: no such file or folder" in lint.stderr
    assert "other.md" not in lint.stdout and "file=README.md" in lint.stdout  # the real path is still linted
    assert not list(tmp_path.rglob("pwned"))


def test_one_path_a_line_keeps_spaces_and_dashes_are_paths(tmp_path):
    r = Runner(tmp_path, {"paths": "  my list.md  \n\n--fix\n", "args": "--select AL001"})
    (r.work / "my list.md").write_text(LIST)
    steps = r.run()
    lint = dict(steps)["Lint"]
    assert "file=my list.md,line=4" in lint.stdout
    assert "--fix: no such file or folder" in lint.stderr  # after `--`: a path, not an option
    assert (r.work / "my list.md").read_text() == LIST


def test_since_input_reports_only_the_branchs_lines(tmp_path):
    r = Runner(tmp_path, {"since": "main"})
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@e.invalid", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@e.invalid", HOME=str(tmp_path))

    def git(*a):
        subprocess.run(["git", *a], cwd=r.work, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    (r.work / "README.md").write_text(LIST)
    git("add", ".")
    git("commit", "-qm", "base")
    git("checkout", "-q", "-b", "pr")
    (r.work / "README.md").write_text(LIST + "\n## More\n\n1. c\n4. d\n")
    git("commit", "-qam", "more")
    r.run()
    findings = json.loads(open(r.outputs["lint"]["report"]).read())
    assert [f["line"] for f in findings] == [9]
    assert "on the lines changed since `main`" in r.summary


def test_suggestions_feed_rdjson_to_reviewdog(tmp_path):
    r = Runner(tmp_path, {"suggestions": "true", "args": "--select AL001"})
    (r.work / "README.md").write_text(LIST)
    steps = r.run()
    assert r.used == ["reviewdog/action-setup@d8a7baabd7f3e8544ee4dbde3ee41d0011c3a93f"]
    post = dict(steps)["Post fixes as review suggestions"]
    assert post.returncode == 0, post.stderr
    args = (tmp_path / "reviewdog.args").read_text().split()
    assert args == ["-f=rdjson", "-name=awesome-lint", "-reporter=github-pr-review", "-filter-mode=added"]
    fed = json.loads((tmp_path / "reviewdog.stdin").read_text())
    (d,) = fed["diagnostics"]
    assert d["code"]["value"] == "AL001" and d["suggestions"][0]["text"] == "2"
    assert steps[-1][1].returncode == 1


def test_the_token_reaches_reviewdog_only_through_env(tmp_path):
    step = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Post fixes as review suggestions")
    assert step["env"]["REVIEWDOG_GITHUB_API_TOKEN"] == "${{ inputs.github-token }}"
    assert "TOKEN" not in step["run"]


def test_install_step_makes_its_own_venv(tmp_path):
    """The real install step (pip from this checkout, dependencies left out to stay quick and
    offline): a venv under RUNNER_TEMP, nothing added to the workflow's PATH."""
    r = Runner(tmp_path, {}, skip=("Lint", "Result"))
    step = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Install awesome-lint")
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "RUNNER_TEMP": str(r.temp), "PIP_NO_DEPS": "1",
           "PIP_NO_INPUT": "1", **{k: str(p) for k, p in r.files.items()}}
    for key, value in step["env"].items():
        env[key] = EXPR.sub(lambda m: r.value(m.group(1)), str(value))
    env["PYTHON"] = sys.executable
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=r.work, env=env, capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0 and "No matching distribution" in proc.stderr:
        pytest.skip("the package registry cannot be reached for the build backend")
    assert proc.returncode == 0, proc.stderr
    venv_python = r.temp / "awesome-lint-venv" / "bin" / "python"
    out = subprocess.run([venv_python, "-c", "import awesome_lint, sys; print(sys.prefix)"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip().startswith(str(r.temp))
    assert r.files["GITHUB_PATH"].read_text() == ""
    env["PYTHON"] = "/nonexistent/python3.9"
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=r.work, env=env, capture_output=True, text=True)
    assert proc.returncode == 2 and "needs Python 3.11 or newer" in proc.stdout


def summary_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "awesome_lint.report.summary", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))


def test_summary_escapes_cells_and_lists_the_first_findings(tmp_path):
    findings = [{"path": "a.md", "code": "AL007", "name": "link-syntax", "severity": "warning",
                 "message": f"a | pipe and <b>html</b> #{i}", "line": i, "column": 1, "fixable": False}
                for i in range(1, 26)]
    findings.append({"path": "a.md", "code": "XL001", "name": "plugin-rule", "severity": "error",
                     "message": "from a plugin", "line": 30, "fixable": True, "fix": {"applicability": "safe"}})
    report = tmp_path / "r.json"
    report.write_text(json.dumps(findings))
    proc = summary_cli(report, "--top", "5")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "**26 problems** in 1 file: 1 error, 25 warnings; 1 fixable" in out
    assert "| XL001 | plugin-rule | 1 | 1 |" in out  # a plugin's rule has no page here: no link
    assert "| [AL007](" in out and "| 25 | 0 |" in out
    rows = [line for line in out.splitlines() if line.startswith("| `a.md:")]
    assert rows[0].startswith("| `a.md:30` | XL001 | from a plugin (fixable) |")  # errors first
    assert len(rows) == 5 and "a \\| pipe and &lt;b&gt;html&lt;/b&gt; #1" in rows[1]
    assert "…and 21 more" in out


def test_summary_bad_input_is_one_line_and_status_2(tmp_path):
    for content, words in [("{", "not a JSON report"), ('{"a": 1}', "a list of findings"), ("[{}]", "lacks one of")]:
        (tmp_path / "r.json").write_text(content)
        proc = summary_cli(tmp_path / "r.json")
        assert proc.returncode == 2 and words in proc.stderr and len(proc.stderr.splitlines()) == 1
    proc = summary_cli(tmp_path / "missing.json")
    assert proc.returncode == 2 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr
