"""One finding per fault: a rule that defers to a more specific one stays silent where it speaks."""

from __future__ import annotations

from conftest import run_json

LIST = """# Tools

- [A](https://a.example) - Alpha. [[GitHub]](https://github.com/a/a)
- [B](https://b.example) - Beta. [[GitHub]](https://github.com/b/b)
- [C](https://c.example) - Gamma. [[GitHub]](https://github.com/c/c)
- [D](https://d.example) - Delta. [[Github]](https://github.com/d/d)
- [E](https://e.example) - Epsilon. [[Code]](https://github.com/e/e)
"""


def test_a_misspelt_name_in_a_label_is_reported_once_by_proper_names(tmp_path):
    path = tmp_path / "README.md"
    path.write_text(LIST)
    cfg = tmp_path / "cfg.yaml"  # '[Code]' among '[GitHub]' is another word: AL011's option
    cfg.write_text("AL011:\n  other-words: true\n")
    _, both = run_json("--config", str(cfg), "--select", "AL011,AL018", str(path))
    assert [(f["code"], f["line"]) for f in both] == [("AL018", 6), ("AL011", 7)]
    assert "'Github'" in both[0]["message"]
    _, alone = run_json("--config", str(cfg), "--select", "AL011", str(path))
    assert [(f["code"], f["line"]) for f in alone] == [("AL011", 7)]  # a name's case: AL011 leaves it to AL018


def test_findings_on_other_places_of_the_same_line_are_kept():
    from awesome_lint.model import Finding
    from awesome_lint.precedence import drop_deferred

    class Specific:
        defers_to = ()

    class General:
        defers_to = ("AL018",)

    kept = Finding("AL011", "link-label", "warning", "label", 3, 40, 3, 48)
    dropped = Finding("AL011", "link-label", "warning", "label", 3, 10, 3, 18)
    other_line = Finding("AL011", "link-label", "warning", "label", 4, 10, 4, 18)
    name = Finding("AL018", "proper-names", "error", "name", 3, 12, 3, 18)
    out = drop_deferred([kept, dropped, other_line, name], {"AL011": General, "AL018": Specific})
    assert out == [kept, other_line, name]


def test_a_finding_whose_edits_a_larger_finding_of_another_rule_makes_is_its_part():
    """AL005's venue tags written `Arxiv` inside AL018's habit of `Arxiv` throughout the file:
    the habit's fix already rewrites them, so one finding speaks (and a finding of the same
    rule, or one with an edit of its own, is kept)."""
    from awesome_lint.model import Edit, Finding, Fix
    from awesome_lint.precedence import drop_contained

    def at(code, spans, line):
        return Finding(code, code, "warning", code, line, fix=Fix(tuple(Edit(a, b, "arXiv") for a, b in spans)),
                       path="l.md")

    habit = at("AL018", [(10, 15), (40, 45), (70, 75), (90, 95)], 1)
    tags = at("AL005", [(40, 45), (70, 75)], 2)
    own = at("AL005", [(70, 75), (99, 104)], 3)  # an edit the habit does not make
    same = at("AL018", [(10, 15)], 4)  # one rule's findings are its own business
    assert drop_contained([habit, tags, own, same]) == [habit, own, same]
    assert drop_contained([tags, own]) == [tags, own]
