"""The plugin's own tests: run the rule class in-process, no installation needed."""

from awesome_lint.testing import fix_text, lint_text

from awesome_lint_arxiv import ArxivAbstractLink


def test_pdf_link_gets_the_abstract_page():
    text = "- Title [[paper]](https://arxiv.org/pdf/1706.03762v7.pdf) [[pdf]](https://arxiv.org/pdf/1706.03762)\n"
    findings = lint_text(text, rules=[ArxivAbstractLink])
    assert [(f.code, f.line, f.column) for f in findings] == [("XL001", 1, 9)]
    fixed, left = fix_text(text, rules=[ArxivAbstractLink])
    assert fixed == "- Title [[paper]](https://arxiv.org/abs/1706.03762v7) [[pdf]](https://arxiv.org/pdf/1706.03762)\n"
    assert left == []
