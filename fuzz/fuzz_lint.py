"""Fuzz awesome-lint's --fix guarantees for longer than CI allows.

Every input is decoded like a file (BOM, encodings), linted and fixed in-process with the default
rules (safe and unsafe fixes, alternately), and checked with tests/trust.py: no rule crashes, a
second --fix changes nothing, bytes outside the applied edits are unchanged, URLs and titles
vanish only inside edits of rules meant to change them, no edit touches code, line endings kept,
and cmark-gfm renders every block away from the edits the same. A broken guarantee raises, so
the fuzzer stops and saves the input (crash-<hash>).

With atheris (pip install atheris; coverage-guided, libFuzzer options pass through):

    python fuzz/fuzz_lint.py -max_len=4096 -max_total_time=3600 fuzz/corpus
    python fuzz/fuzz_lint.py crash-<hash>            # replay one saved input
    AWESOME_LINT_FUZZ_KEEP=fuzz/found python fuzz/fuzz_lint.py ...   # save broken inputs, go on

The first run writes seed inputs (slices of ../shared/corpus and hand-made traps) into the
corpus folder given, when it is empty. The fuzzer's memory grows by ~40 KB an input: cmarkgfm
(2025.10.22), the judge of rendering, does not free all it allocates in its GFM renderer (3,000
calls on a 3 KB list: +78 MB), while 3,000 in-process ``fix_text`` calls keep awesome-lint's
own memory flat (35-37 MB). Keep runs to a few hours, or restart them.

Without atheris, or with --hypothesis, the property-test strategies of tests/test_properties.py
generate the inputs instead:

    python fuzz/fuzz_lint.py --hypothesis --examples 20000
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

TRAPS = [
    b"1. a\n3. b\n", b"\xef\xbb\xbf- [x] (https://arxiv.org/abs/2101.00001)\r\n",
    b"| # | Title |\n|---|---|\n| 1 | A |\n\n| 3 | B |\n", b"```\n1. Github\n```\n",
    b"- [[code]](http://github.com/a/b?)\n- [[code]](http://github.com/a/b?)\n",
    b"---\ntitle: x\n---\n# T\n\n- [A](#a)\n\n## B\n", b"> 1. [CPVR 2022] **T** [pdf](https://www.arxiv.org/abs/1)\n",
]


def seed(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    for i, t in enumerate(TRAPS):
        (folder / f"trap{i}").write_bytes(t)
    corpus = ROOT.parent / "shared" / "corpus"
    for f in sorted(corpus.glob("*/*.md")):
        data = f.read_bytes()
        k = 0
        while k < min(len(data), 40_000):
            cut = data.rfind(b"\n", k, k + 4000)
            cut = cut + 1 if cut > k else k + 4000
            chunk, k = data[k:cut], cut
            (folder / f"{f.stem[:40]}-{k}").write_bytes(b"\x00" + chunk)


def one_input(data: bytes) -> None:
    import trust
    from awesome_lint import source
    from awesome_lint.model import InputError

    if not data:
        return
    unsafe = bool(data[0] & 1)
    try:
        src = source.decode(data[1:], "fuzz.md", "utf-8")
    except InputError:
        try:
            src = source.decode(data[1:], "fuzz.md", "latin-1")
        except InputError:
            return  # binary: refused with a clean message, nothing to check
    r = trust.run(src.text, unsafe=unsafe, source=src)
    problems = trust.check(r)
    if not problems and r.output != src.text:
        problems = trust.render_check(src.text, r.output)
    if problems:
        keep = os.environ.get("AWESOME_LINT_FUZZ_KEEP")
        if keep:  # record the input and go on fuzzing (libFuzzer's -fork mode does not work with atheris)
            import hashlib

            name = Path(keep) / ("broken-" + hashlib.sha1(data).hexdigest()[:16])
            name.parent.mkdir(parents=True, exist_ok=True)
            name.write_bytes(data)
            name.with_suffix(".txt").write_text("\n".join(problems[:10]) + "\n")
            print(f"guarantee broken, input saved as {name}: {problems[0][:200]}", flush=True)
            return
        raise AssertionError("\n".join(problems[:10]))


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["awesome_lint"]):
        import awesome_lint.engine  # noqa: F401  (instrument the package and its rules)
        from awesome_lint.engine import load_rules

        for cls in load_rules().values():  # import every rule module under instrumentation
            pass
    folders = [a for a in argv[1:] if not a.startswith("-") and os.path.isdir(a)]
    for d in folders:
        seed(Path(d))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


def run_hypothesis(examples: int) -> None:
    from hypothesis import HealthCheck, given, settings

    import test_properties as tp

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(tp.raw_file(), tp.st.booleans())
    def fuzz(raw, unsafe):
        one_input(bytes([int(unsafe)]) + raw)

    fuzz()
    print(f"{examples} generated lists: every guarantee held")


def main() -> None:
    argv = sys.argv
    if "--hypothesis" in argv or not _has_atheris():
        n = 2000
        if "--examples" in argv:
            n = int(argv[argv.index("--examples") + 1])
        run_hypothesis(n)
    else:
        run_atheris(argv)


def _has_atheris() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
