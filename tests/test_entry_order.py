"""AL016 entry-order on hand-made fixtures, real lists and the CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import cmarkgfm
import pytest

from awesome_lint.engine import fix_text, lint_text
from awesome_lint.reorder import longest_run

FIX = Path(__file__).parent / "fixtures" / "conventions"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _urls(text: str) -> Counter:
    return Counter(re.findall(r'href="([^"]+)"', cmarkgfm.github_flavored_markdown_to_html(text)))


def test_longest_run():
    assert longest_run([1, 3, 2, 4]) in ([0, 1, 3], [0, 2, 3])
    assert longest_run([5, 5, 1, 5]) == [0, 1, 3]
    assert longest_run([5, 5, 1, 5], strict=True) in ([0], [2, 3], [1])
    assert longest_run([]) == []


def test_year_order_reports_exactly_the_misplaced_entries():
    text = (FIX / "papers.md").read_text()
    found = [(f.line, f.message) for f in lint_text(text, select=["AL016"])]
    assert [line for line, _ in found] == [8, 15]
    assert '"SAM" (2023) is out of year order, oldest first' in found[0][1]
    assert 'belongs after "UNet++" (line 6)' in found[1][1]


def test_unsafe_fix_moves_whole_items_and_keeps_numbers():
    text = (FIX / "papers.md").read_text()
    assert fix_text(text, select=["AL016"])[0] == text  # unsafe: not applied by --fix
    fixed, left = fix_text(text, select=["AL016"], unsafe=True)
    assert left == []
    lines = fixed.splitlines()
    numbers = [int(m.group(1)) for m in (re.match(r"(\d+)\. ", x) for x in lines[4:20]) if m]
    assert numbers == list(range(1, 12))
    years = [int(m.group(1)) for m in (re.match(r"\d+\. \[(\d{4})", x) for x in lines[4:20]) if m]
    assert years == sorted(years)
    sam = lines.index(next(x for x in lines if "**SAM**" in x))
    assert lines[sam + 1] == "   A continuation line that belongs to SAM."
    assert lines[sam + 2].startswith("   - [notes]")
    assert _urls(fixed) == _urls(text)
    assert fix_text(fixed, select=["AL016"], unsafe=True)[0] == fixed


def test_name_order_bullets():
    names = ["Alpha", "Delta", "Epsilon", "Gamma", "Kappa", "Lambda", "Mu", "Beta"]
    text = "# L\n\n" + "".join(f"- [{n}](https://example.org/{n}) - Thing.\n" for n in names)
    found = lint_text(text, select=["AL016"])
    assert [(f.line, "out of alphabetical order by name (case ignored)" in f.message) for f in found] == [(10, True)]
    fixed, _ = fix_text(text, select=["AL016"], unsafe=True)
    assert re.findall(r"\[(\w+)\]", fixed) == sorted(names)


def test_silent_when_short_random_or_few_years():
    short = "# L\n\n" + "".join(f"- [{n}](https://example.org/{n})\n" for n in ["A", "C", "B", "D", "E", "F"])
    assert lint_text(short, select=["AL016"]) == []
    shuffled = ["Kilo", "Alpha", "Echo", "Zulu", "Bravo", "Mike", "Delta", "Yankee", "Golf", "Charlie"]
    rand = "# L\n\n" + "".join(f"- [{n}](https://example.org/{n})\n" for n in shuffled)
    assert lint_text(rand, select=["AL016"]) == []
    years = [2020, 2020, 2021, 2021, 2020, 2021, 2021, 2021, 2020]
    few = "# L\n\n" + "".join(f"- [{y} CVPR] **P{i}** [[paper]](https://example.org/{i})\n" for i, y in enumerate(years))
    assert lint_text(few, select=["AL016"], config={"AL016": {"by": "year"}}) == []


def test_trailing_code_span_year_and_descending():
    years = [2024, 2023, 2023, 2022, 2021, 2020, 2017, 2019, 2018]
    text = "# L\n\n" + "".join(f"- [{chr(90 - i)}-paper](https://example.org/{i}) `{y}`\n" for i, y in enumerate(years))
    found = lint_text(text, select=["AL016"], config={"AL016": {"by": "year"}})
    assert [f.line for f in found] == [9]
    assert "newest first" in found[0].message


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus absent")
def test_real_lists():
    for name in ("sindresorhus__awesome.md", "vinta__awesome-python.md", "rust-unofficial__awesome-rust.md"):
        text = (CORPUS / "real" / name).read_text(encoding="utf-8")
        assert lint_text(text, select=["AL016"]) == [], name
    go = (CORPUS / "real" / "avelino__awesome-go.md").read_text(encoding="utf-8")
    found = lint_text(go, select=["AL016"])
    # pg_timetable and go_serialization_benchmarks are in place: the list sorts '_' before letters
    assert {f.message.split('"')[1] for f in found} == {"acmetool"}


def test_cli_json(tmp_path):
    path = tmp_path / "papers.md"
    path.write_text((FIX / "papers.md").read_text())
    cmd = [sys.executable, "-m", "awesome_lint", "--select", "AL016", "--format", "json", str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr  # a warning: it fails only with --exit-non-zero-on-warning
    assert [(d["line"], d["fix"]["applicability"]) for d in json.loads(out.stdout)] == [(8, "unsafe"), (15, "unsafe")]
    assert subprocess.run(cmd[:3] + ["--exit-non-zero-on-warning"] + cmd[3:], capture_output=True).returncode == 1
    out = subprocess.run(cmd[:3] + ["--fix", "--unsafe-fixes"] + cmd[3:], capture_output=True, text=True)
    assert out.returncode == 0 and json.loads(out.stdout) == []
    assert _urls(path.read_text()) == _urls((FIX / "papers.md").read_text())


def test_shuffles_are_those_of_random_shuffle():
    import random

    from awesome_lint.rules.entry_order import _shuffles

    for n in (0, 1, 2, 3, 7, 12, 33, 200):
        pool = list(range(n))
        ref = list(range(n))
        rng = random.Random(n * 7919 + 3)
        for got in _shuffles(pool, n * 7919 + 3, 50):
            rng.shuffle(ref)
            assert got == ref


def test_chance_test_decides_as_the_full_trials():
    """``_likelier_than`` (descent bound, early stop) decides exactly as the 400 trials of
    ``_chance`` compared with the limit, on ties, few distinct years, both directions, and
    hit counts around the limit."""
    import random

    from awesome_lint.rules.entry_order import EntryOrder

    rng = random.Random(16)
    seen = Counter()
    for _ in range(400):
        n = rng.randint(2, 40)
        distinct = rng.randint(1, n)
        keys = sorted(rng.randrange(distinct) for _ in range(n))
        if rng.random() < 0.5:
            keys = [2000 + k for k in keys]
        desc = rng.random() < 0.5
        m = rng.randint(1, max(1, n // 4))
        chance = EntryOrder._chance(keys, m, desc)
        for limit in (0.0, 0.01, 0.05, 0.2, chance, 1.0):
            decided = EntryOrder._likelier_than(keys, m, desc, limit)
            assert decided == (chance > limit), (keys, m, desc, limit, chance)
            seen[decided] += 1
    assert seen[True] > 100 and seen[False] > 100


def test_plain_lint_does_not_parse_to_check_the_fix(monkeypatch):
    """The re-parse that proves a move keeps the list runs only when the fix is applied."""
    from awesome_lint import fixcheck

    text = (FIX / "papers.md").read_text()
    calls = []
    real = fixcheck.keeps
    monkeypatch.setattr(fixcheck, "keeps", lambda *a: calls.append(1) or real(*a))
    found = lint_text(text, select=["AL016"])
    assert found and all(f.fixable for f in found) and calls == []
    fixed, left = fix_text(text, select=["AL016"], unsafe=True)
    assert calls and fixed != text and left == []
    assert _urls(fixed) == _urls(text)


def test_a_fix_that_would_break_the_list_is_not_applied(monkeypatch):
    from awesome_lint import fixcheck

    text = (FIX / "papers.md").read_text()
    monkeypatch.setattr(fixcheck, "keeps", lambda *a: False)
    fixed, left = fix_text(text, select=["AL016"], unsafe=True)
    assert fixed == text and left and not any(f.fixable for f in left)


def test_descent_bounds_change_no_finding(monkeypatch):
    """Orders ruled out by their descents are not searched; on random lists, nearly sorted by
    name or year with entries moved, ties and unkeyed entries, the findings and fixes are those
    of the search over every order."""
    import random

    from awesome_lint.rules import entry_order

    rng = random.Random(16)
    words = ["alpha", "beta", "gamma", "delta", "Epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
             "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "Ä-phi", "chi 2", "chi 10"]
    found = 0
    for _ in range(150):
        n = rng.randint(7, 22)
        if rng.random() < 0.5:
            keys = sorted(rng.sample(words, min(n, len(words))), key=str.lower)
            entries = [f"- [{w}](https://example.org/{i}) - Thing.\n" for i, w in enumerate(keys)]
        else:
            years = sorted(rng.randint(2015, 2015 + rng.randint(2, 9)) for _ in range(n))
            if rng.random() < 0.5:
                years.reverse()
            entries = [f"- [{y} CVPR] **Paper {i}** [[pdf]](https://arxiv.org/abs/{y}.{i:05d})\n"
                       for i, y in enumerate(years)]
        for _ in range(rng.randint(0, 4)):
            i, j = rng.randrange(len(entries)), rng.randrange(len(entries))
            entries.insert(j, entries.pop(i))
        text = "# List\n\n" + "".join(entries)

        def run():
            left = lint_text(text, select=["AL016"])
            return [(f.line, f.message, f.fix.edits if f.fix else None) for f in left]

        fast = run()
        monkeypatch.setattr(entry_order, "BOUNDS", False)
        slow = run()
        monkeypatch.setattr(entry_order, "BOUNDS", True)
        assert fast == slow, text
        found += len(fast)
    assert found > 20


def test_superscript_digits_in_titles_are_text_not_numbers():
    """'²' is a digit to str.isdigit but not to int(): a title such as 'Area 1²' crashed the
    natural sort key (found by the fuzzer)."""
    from awesome_lint.rules.entry_order import _name_keys

    natural = _name_keys("Area 1²")[-1]
    assert natural == ((2, 0, "area"), (0, 0, ""), (1, 1, ""), (2, 0, "²"))


_WORDS = ["Kilo", "Alpha", "Echo", "Zulu", "Bravo", "Mike", "Delta", "Yankee", "Golf", "Charlie", "Oscar", "Lima"]


def _bullets(names: list[str]) -> str:
    return "# L\n\n" + "".join(f"- [{n}](https://example.org/{i}) - Thing.\n" for i, n in enumerate(names))


def test_an_order_some_name_key_explains_is_not_reported():
    """Sorted by characters without case ('_' before letters), or with '++' read as 'plus':
    no name key the section could be sorted by puts these entries out of place."""
    underscore = ["alpha", "beta", "data_morph", "dataframe", "delta", "echo", "foxtrot", "golf", "hotel"]
    assert lint_text(_bullets(underscore), select=["AL016"]) == []
    plus = ["Expat", "Libxml2", "libxml++", "Mini", "Pugi", "Rapid", "TinyXML", "TinyXML2", "TinyXML++", "Xalan"]
    assert lint_text(_bullets(plus), select=["AL016"]) == []


def test_name_order_is_named_and_a_key_disagreement_is_silent():
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Baker"]
    found = lint_text(_bullets(names), select=["AL016"])
    assert [f.line for f in found] == [12]
    assert "out of alphabetical order by name (case ignored): it belongs after \"Alpha\"" in found[0].message


def test_an_unsorted_head_or_few_steps_is_not_an_order():
    """Entries in order of addition: the first ones unsorted, the later ones by year. The
    section is not demonstrably sorted, so nothing is reported."""
    years = [2021, 2022, 2018, 2018, 2021, 2018, 2021, 2021, 2021, 2021, 2022, 2022, 2022, 2023, 2023, 2023]
    text = "# L\n\n" + "".join(f"- [**CVPR {y}**] Paper {i} [[pdf]](https://example.org/{i})\n"
                               for i, y in enumerate(years))
    assert lint_text(text, select=["AL016"]) == []


def test_names_that_are_mostly_equal_are_not_a_name_order():
    """A section grouped by venue in calendar order: its 'names' repeat, so it is not sorted
    by them, whatever the letters say."""
    venues = ["AAAI"] * 3 + ["ICLR"] * 3 + ["CVPR"] * 3 + ["ECCV"] * 3
    text = "# L\n\n" + "".join(f"- [{v}](https://example.org/{i}) - paper {i}\n" for i, v in enumerate(venues))
    assert lint_text(text, select=["AL016"]) == []


def test_a_year_out_of_place_that_the_arxiv_ids_explain_is_not_reported():
    """Rows in arXiv order: a paper published a year later sits at its preprint's place."""
    rows = [(2210, 2022), (2211, 2022), (2212, 2022), (2305, 2023), (2306, 2024), (2307, 2023),
            (2308, 2023), (2310, 2023), (2312, 2023), (2401, 2024), (2402, 2024), (2403, 2024)]
    text = "# L\n\n| Paper | Venue | Link |\n| --- | --- | --- |\n" + "".join(
        f"| {_WORDS[i]} | Conf {y} | [link](https://arxiv.org/abs/{a}.{i:05d}) |\n" for i, (a, y) in enumerate(rows))
    assert lint_text(text, select=["AL016"]) == []
    rows[4] = (2401, 2024)  # the id agrees with the year: out of place by both
    text = "# L\n\n| Paper | Venue | Link |\n| --- | --- | --- |\n" + "".join(
        f"| {_WORDS[i]} | Conf {y} | [link](https://arxiv.org/abs/{a}.{i:05d}) |\n" for i, (a, y) in enumerate(rows))
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [9] and "out of year order, oldest first" in found[0].message


def test_month_and_year_of_a_date_column():
    dates = ["06/2024", "05/2024", "05/2024", "04/2024", "02/2024", "03/2024", "03/2024", "01/2024",
             "12/2023", "11/2023", "10/2023"]
    text = "# L\n\n| Title | Date |\n| --- | --- |\n" + "".join(
        f"| [{_WORDS[i]}](https://example.org/{i}) | {d} |\n" for i, d in enumerate(dates))
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [9]
    assert "(02/2024) is out of date order, newest first" in found[0].message


def test_a_bold_venue_taken_for_the_title_is_not_a_name():
    """Entries led by a bold venue (`**AAAI 2023** [Paper](…)`) in conference-calendar order:
    the venue is not a name the section is sorted by."""
    venues = ["AAAI 2023", "CVPR 2023", "ECCV 2023", "ICLR 2023", "ICML 2023", "BMVC 2023", "KDD 2023",
              "MICCAI 2023", "NeurIPS 2023", "WACV 2023"]
    text = "# L\n\n" + "".join(f"- **{v}** [{_WORDS[i]}](https://example.org/{i})\n" for i, v in enumerate(venues))
    assert lint_text(text, select=["AL016"], config={"AL016": {"by": "name"}}) == []


def _dated(rows: list[tuple[str, str]], lead: str = "`{}` ") -> str:
    return "# L\n\n## Papers\n\n" + "".join(
        f"- {lead.format(d)}{t}, [arXiv](https://arxiv.org/abs/2301.{(i * 7919) % 97:05d})\n"
        for i, (d, t) in enumerate(rows))  # arXiv ids in no order: the date is the only key


DATED = [("2021.01", "Zeta"), ("2021.03", "Alpha"), ("2021.03", "Omega"), ("2021.07", "Beta"),
         ("2022.01", "Yak"), ("2022.05", "Gamma"), ("2022.09", "Xi"), ("2023.01", "Delta"),
         ("2023.02", "Mu"), ("2023.06", "Epsilon")]


def test_a_section_sorted_by_a_leading_date_is_checked_by_date_never_by_name():
    # titles in no alphabetical order: the date is the key, entries of one month in any order
    for lead in ("`{}` ", "[{}] ", "{} ", "**{}** "):
        assert lint_text(_dated(DATED, lead), select=["AL016"]) == [], lead
    swapped = DATED[:5] + [("2021.02", "Gamma")] + DATED[6:]
    found = lint_text(_dated(swapped), select=["AL016"])
    assert [f.line for f in found] == [10]
    assert 'entry "Gamma, [arXiv]' not in found[0].message  # the label is the title, not the date
    assert '"Gamma' in found[0].message and "(02/2021) is out of date order, oldest first" in found[0].message
    # newest first, with hyphens and month names
    newest = [(d.replace(".", "-"), t) for d, t in reversed(DATED)]
    assert lint_text(_dated(newest), select=["AL016"]) == []
    months = ["Jan", "Mar", "Mar", "Jul", "Jan", "May", "Sep", "Jan", "Feb", "Jun"]
    named = [(f"{m} {d[:4]}", t) for m, (d, t) in zip(months, DATED)]
    assert lint_text(_dated(named), select=["AL016"]) == []
    named.append(named.pop(0))  # the oldest entry moved to the end
    assert lint_text(_dated(named), select=["AL016"]) != []


def test_a_date_after_the_title_link_is_the_key():
    rows = [("2019.10", "MGC"), ("2020.03", "Zebra"), ("2020.12", "Ant"), ("2021.04", "Owl"),
            ("2022.11", "Bee"), ("2023.01", "Yak"), ("2023.07", "Cat"), ("2023.12", "Xu"),
            ("2023.02", "Dog"), ("2024.06", "Wren")]
    text = "# L\n\n" + "".join(f"- [{t}](https://example.org/{t}), `{d}` A dataset.\n" for d, t in rows)
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [11] and "(02/2023) is out of date order" in found[0].message


def test_a_bare_date_after_the_title_link_is_the_key():
    """`* [Title](NOTE.md) 6 Jun 2019 [arxiv](…)`: the date stands bare between the title's
    link and the entry's other links. A file whose sections run newest first: the short section
    with two neighbours swapped is told."""
    good = ["4 Sep 2019", "18 Jun 2019", "6 Jun 2019", "17 May 2019", "23 Apr 2019", "2 Mar 2019",
            "9 Feb 2019", "11 Jan 2019", "5 Dec 2018", "1 Nov 2018"]
    names = ["Nash", "Zebra", "Opponents", "Evolution", "Diplomacy", "Quasi", "Bandits", "Yield", "Credit", "Maps"]

    def section(title, days, k):
        return f"## {title}\n\n" + "".join(
            f"* [{t} {title}](P{k}{i}.md) {d} [arxiv](https://arxiv.org/abs/1906.{k}{i:03d})\n"
            for i, (d, t) in enumerate(zip(days, names))) + "\n"

    swapped = ["4 Sep 2019", "6 Jun 2019", "18 Jun 2019", "17 May 2019", "23 Apr 2019"]
    text = "# Deep RL\n\n" + "".join(section(t, good, k) for k, t in enumerate(["Value", "Policy", "Model", "Search", "Meta"])) \
        + section("Multi-agent", swapped, 6)
    found = lint_text(text, select=["AL016"])
    assert len(found) == 1 and found[0].line in (71, 72), [(f.line, f.message) for f in found]
    assert "is out of date order, newest first" in found[0].message
    assert lint_text(text.replace("6 Jun 2019 [arxiv](https://arxiv.org/abs/1906.6001)", "[arxiv](https://arxiv.org/abs/1906.6001)"),
                     select=["AL016"]) == []  # an undated entry: the short section has no date order


def test_entries_appended_to_a_sorted_section_are_reported():
    head = [f"{c}{c}lib" for c in "abcdefghijklmnopqrstu"]  # 21 sorted names
    tail = ["zeta", "beta", "mu", "delta", "kappa", "omega", "iota"]  # appended, 7 of 28 (25%)
    text = "# L\n\n" + "".join(f"- [{n}](https://example.org/{n}) - Thing.\n" for n in head + tail)
    found = lint_text(text, select=["AL016"])
    assert len(found) >= 5
    assert all(f.line > 3 + len(head) for f in found)  # the sorted head is in place
    # the same share out of place spread through the section is no sorted section
    mixed = head[:]
    for k, n in zip(range(1, 28, 4), tail):
        mixed.insert(k, n)
    text = "# L\n\n" + "".join(f"- [{n}](https://example.org/{n}) - Thing.\n" for n in mixed)
    assert lint_text(text, select=["AL016"]) == []


def _section(title: str, names: list[str]) -> str:
    return f"## {title}\n\n" + "".join(
        f"- [{n}](https://example.org/{n.replace(' ', '-')}) - Thing.\n" for n in names) + "\n"


def test_a_short_nearly_sorted_section_needs_the_files_convention():
    short = ["Apple", "Banana", "Melon", "Cherry", "Grape", "Kiwi", "Lemon"]  # Melon out of place
    unsorted = ["Pear", "Fig", "Date", "Yam", "Corn", "Bean", "Rice", "Oat"]
    alone = "# L\n\n" + _section("S", short) + "".join(
        _section(f"U{i}", unsorted[i:] + unsorted[:i]) for i in (0, 3, 5))
    # the only nearly sorted section of the file: as likely chance as a sort
    assert lint_text(alone, select=["AL016"]) == []
    sorted_sections = "".join(_section(f"T{i}", sorted(f"{w}{i}" for w in unsorted)) for i in range(3))
    kept = "# L\n\n" + _section("S", short) + sorted_sections
    assert [f.line for f in lint_text(kept, select=["AL016"])] == [7]


def test_on_by_default_as_a_warning_and_its_fix_is_unsafe_only(tmp_path):
    from conftest import run_cli

    swapped = DATED[:5] + [("2021.02", "Gamma")] + DATED[6:]
    path = tmp_path / "README.md"
    path.write_text(_dated(swapped))
    out = run_cli("--format", "json", str(path))
    found = [d for d in json.loads(out.stdout) if d["code"] == "AL016"]
    assert [(d["line"], d["severity"], d["fix"]["applicability"]) for d in found] == [(10, "warning", "unsafe")]
    before = path.read_text()
    run_cli("--fix", "--select", "AL016", str(path))
    assert path.read_text() == before  # --fix alone never applies it
    out = run_cli("--fix", "--unsafe-fixes", "--select", "AL016", "--format", "json", str(path))
    assert out.returncode == 0 and json.loads(out.stdout) == [], out.stderr
    dates = re.findall(r"`(\d{4}\.\d\d)`", path.read_text())
    assert dates == sorted(dates) and _urls(path.read_text()) == _urls(before)


def test_a_bullet_change_inside_a_sorted_list_does_not_hide_an_entry():
    names = ["alpha", "beta", "delta", "epsilon", "gamma", "kappa", "lambda", "mu", "nu"]
    lines = [f"* [{n}](https://example.org/{n}) - Thing.\n" for n in names]
    lines.insert(7, "- [eta](https://example.org/eta) - Thing.\n")  # a '-' item: a list of its own
    text = "# L\n\n" + "".join(lines)
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [10] and '"eta"' in found[0].message
    assert found[0].fix is None  # the entries span three lists: reported, not moved
    # a paragraph between the lists keeps them apart: the '-' list is one entry, not checked
    apart = "# L\n\n" + "".join(lines[:7]) + "\nMore:\n\n" + "".join(lines[7:])
    assert lint_text(apart, select=["AL016"]) == []


def test_short_sections_keep_a_name_sorted_files_convention():
    words = ["Ant", "Bee", "Cat", "Dog", "Eel", "Fox", "Gnu", "Hen"]
    long_sorted = "".join(_section(f"T{i}", [f"{w}{i}" for w in words]) for i in range(5))
    short = _section("Short", ["Apple", "Kiwi", "Banana", "Melon"])  # Kiwi out of place
    swapped = _section("Pair", ["Slim Skeleton", "Slim PHP View"])
    found = lint_text("# L\n\n" + long_sorted + short + swapped, select=["AL016"])
    # of a swapped pair at a section's end, the later entry is the one appended
    assert [f.message.split('"')[1] for f in found] == ["Kiwi", "Slim PHP View"]
    # two out of place, or equal names: no order to keep
    loose = _section("Loose", ["Melon", "Apple", "Kiwi", "Banana"])
    same = _section("Same", ["Kiwi", "Apple", "Apple", "Melon"])
    assert lint_text("# L\n\n" + long_sorted + loose + same, select=["AL016"]) == []
    # a file that leaves a fifth or more of its sections unsorted is no evidence
    unsorted = "".join(_section(f"U{i}", words[::-1]) for i in range(2))
    assert lint_text("# L\n\n" + long_sorted + unsorted + short, select=["AL016"]) == []


def test_a_ranked_title_is_no_name():
    # rows in rank order happen to be in "numbers by value" name order: no name order to check
    titles = ["Zeta model", "Alpha net", "Mu agent", "Beta rank", "Kappa", "Delta", "Omega", "Eta"]
    rows = "".join(f"| {i}) {t} | [Paper](https://example.org/{i}) |\n" for i, t in enumerate(titles, 1))
    table = "# L\n\n| **Paper** | **Links** |\n| --- | --- |\n" + rows
    assert lint_text(table, select=["AL016"]) == []
    swapped = table.replace("| 3) Mu agent", "| 9) Mu agent")
    assert lint_text(swapped, select=["AL016"]) == []


def _items(names):
    return "".join(f"- [{n}](https://example.org/{n.replace(' ', '-')}) - A tool.\n" for n in names)


def test_a_swapped_pair_at_the_end_blames_the_appended_entry_and_in_the_middle_the_earlier():
    head = ["Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple", "Oak"]
    end = "# L\n\n" + _items(head + ["Willow", "Spruce"])
    found = lint_text(end, select=["AL016"])
    assert [f.message.split('"')[1] for f in found] == ["Spruce"]
    assert 'belongs after "Oak"' in found[0].message
    middle = "# L\n\n" + _items(["Alder", "Birch", "Elm", "Cedar", "Fir", "Hazel", "Larch", "Maple", "Oak", "Willow"])
    assert [f.message.split('"')[1] for f in lint_text(middle, select=["AL016"])] == ["Elm"]


def test_a_sorted_section_with_an_unsorted_tail_appended_reports_each_appended_entry():
    head = ["Acacia", "Alder", "Ash", "Aspen", "Beech", "Birch", "Cedar", "Cherry", "Cypress", "Elm",
            "Fir", "Hazel", "Hemlock", "Holly", "Juniper", "Larch", "Linden", "Maple", "Oak", "Pine"]
    # appended unsorted: a third of the section out of place, too many for a sorted section
    tail = ["Chestnut", "Banyan", "Gum", "Dogwood", "Kapok", "Ebony", "Mahogany", "Lime", "Olive", "Nutmeg"]
    text = "# L\n\n" + _items(head + tail)
    found = lint_text(text, select=["AL016"])
    assert [f.message.split('"')[1] for f in found] == tail
    assert all("out of alphabetical order by name" in f.message for f in found)
    assert 'belongs after "Cherry"' in found[0].message
    fixed, left = fix_text(text, select=["AL016"], unsafe=True)
    assert left == [] and re.findall(r"\[(\w+)\]", fixed) == sorted(head + tail)
    # a tail sorted in itself is a group of its own; a head that is not sorted is no order
    assert lint_text("# L\n\n" + _items(head + sorted(tail)), select=["AL016"]) == []
    shuffled = ["Oak", "Acacia", "Pine", "Elm", "Alder", "Linden", "Ash", "Maple", "Aspen", "Hazel",
                "Beech", "Larch", "Birch", "Fir", "Cedar", "Juniper", "Cherry", "Holly", "Cypress", "Hemlock"]
    assert lint_text("# L\n\n" + _items(shuffled + tail), select=["AL016"]) == []


def test_a_date_column_with_days_is_checked_by_the_day_and_its_year_order_does_not_hide_it():
    days = ["2024-03-28", "2024-03-21", "2024-03-02", "2024-02-11", "2024-02-19", "2024-01-30", "2024-01-08",
            "2023-12-24", "2023-12-03", "2023-11-15", "2023-10-07", "2023-09-16"]
    rows = "".join(f"| [{_WORDS[i]}](https://example.org/{i}) | Conf {d[:4]} | {d} |\n" for i, d in enumerate(days))
    text = "# L\n\n| Title | Venue | Date |\n| --- | --- | --- |\n" + rows
    found = lint_text(text, select=["AL016"])
    # 02-11 above 02-19 in a newest-first table (one month: the month order alone cannot tell)
    assert [f.line for f in found] == [9]
    assert "(2024-02-19) is out of date order, newest first" in found[0].message
    # without the days, one month's rows are in any order
    months = text.replace("-11 |", " |").replace("-19 |", " |")
    months = re.sub(r"\| (\d{4}-\d\d)-\d\d \|", r"| \1 |", months)
    assert lint_text(months, select=["AL016"]) == []


def _papers(authors: list[str]) -> str:
    return "# L\n\n## Reasoning\n\n" + "".join(
        f"{i}. On topic {_WORDS[i % len(_WORDS)]} number {i}. _{a} et al._ arXiv 2023. [[paper](https://example.org/{i})]\n"
        for i, a in enumerate(authors, 1))


def test_a_section_in_first_author_order_is_checked_by_the_surname():
    authors = ["Anna Abel", "Ben Brandt", "Chen Cao", "Dora Dietz", "Élise Évrard", "Fei Fang", "Gus Gray",
               "Hui Hu", "Ivo Ilić", "Jun Jiang", "Kai Koch", "Lin Li", "Mo Ma", "Ning Nie"]
    assert lint_text(_papers(authors), select=["AL016"]) == []  # accents ignored: Évrard after Dietz
    appended = authors + ["Wei Wang", "Yu Bai", "Ola Zed", "Tom Gao"]
    found = lint_text(_papers(appended), select=["AL016"])
    assert [f.message.split('"')[1] for f in found] == ["Bai", "Gao"]
    assert "out of alphabetical order by first author's surname: it belongs after \"Abel\"" in found[0].message
    # the same authors in no order: no order to keep
    shuffled = [authors[i] for i in (5, 0, 11, 3, 8, 1, 13, 6, 2, 10, 4, 12, 7, 9)]
    assert lint_text(_papers(shuffled), select=["AL016"]) == []


def test_an_italic_title_is_no_author():
    from awesome_lint.document import parse_text
    from awesome_lint.rules._entry_authors import first_author

    doc = parse_text("- _Deep Residual Learning_ [paper](https://example.org/a)\n"
                     "- [Paper](https://example.org/c). *Colin Raffel, Noam Shazeer.* JMLR 2020.\n"
                     "- [Paper](https://example.org/d). *Linting Xue* et al. NAACL 2021.\n"
                     "- _Attention is all you need, really_ [paper](https://example.org/b)\n")
    assert [first_author(e) for e in doc.entries] == [None, "Raffel", "Xue", None]


def _appended_file(last_section: list[str]) -> str:
    """Three sections in no order, then one short section (the names given)."""
    unsorted = [["kilo", "alpha", "juliet", "echo", "mike", "bravo", "golf"],
                ["tango", "delta", "oscar", "hotel", "zulu", "lima", "papa"],
                ["quebec", "india", "sierra", "charlie", "victor", "foxtrot", "romeo"]]
    parts = ["# Awesome Words\n"]
    for n, names in enumerate([*unsorted, last_section]):
        parts.append(f"\n## Part {n}\n\n" + "".join(f"- [{w}](https://example.org/{n}/{w}) - A word.\n" for w in names))
    return "".join(parts)


def test_an_entry_appended_to_a_sorted_short_section_is_reported_in_an_unsorted_file():
    """A short section sorted but for its last entry is a sorted section that grew at its end,
    even in a file that sorts few sections: six names in order by chance is 1 in 720."""
    found = lint_text(_appended_file(["amber", "beige", "coral", "denim", "ebony", "fawn", "azure"]), select=["AL016"])
    assert [(f.line, f.message) for f in found] == [
        (41, 'entry "azure" is out of alphabetical order by name (case ignored): it belongs after "amber" (line 35)')]


def test_a_short_section_with_an_entry_out_of_place_inside_is_still_chance_in_an_unsorted_file():
    """The same entry in the middle of the section: that happens by chance too often there."""
    found = lint_text(_appended_file(["amber", "beige", "coral", "azure", "denim", "ebony", "fawn"]), select=["AL016"])
    assert found == []


def test_cli_reports_the_appended_entry(tmp_path):
    path = tmp_path / "README.md"
    path.write_text(_appended_file(["amber", "beige", "coral", "denim", "ebony", "fawn", "azure"]))
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL016", "--format", "json", str(path)],
                         capture_output=True, text=True)
    assert [f["line"] for f in json.loads(out.stdout)] == [41]


def _release_table(dates: list[str]) -> str:
    names = ["Kiwi", "Fig", "Lime", "Date", "Pear", "Plum", "Apple", "Yuzu", "Guava", "Mango", "Olive",
             "Cherry", "Quince", "Banana", "Lemon", "Melon", "Grape", "Nectar"]
    rows = "".join(f"| [{n}](https://example.org/{i}) | {d} |\n" for i, (n, d) in enumerate(zip(names, dates), 1))
    return "# Data\n\n## Sets\n\n| Dataset | Release Date |\n|---|---|\n" + rows


_RELEASES = ["2015", "2016-03", "2017", "2017-05", "2018-02", "2018-09", "2019", "2019-04", "2019-11",
             "2020-06", "2021-02", "2021", "2022-01", "2019-02", "2022-08", "2023-03", "2023-09", "2024-01"]


def test_a_date_column_that_gives_some_rows_the_year_only_is_still_a_date_order():
    """Rows whose Release Date is a bare year have no place in the month order, but they are
    dated rows of the column: the table is checked by its months, and they are not reported."""
    found = lint_text(_release_table(_RELEASES), select=["AL016"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (20, 'entry "Banana" (02/2019) is out of date order, oldest first')]
    # the same rows without the bare years in the Date column (a Notes text there): no date column to trust
    other = [d if "-" in d else "soon" for d in _RELEASES]
    assert lint_text(_release_table(other), select=["AL016"]) == []


def _dated_section(title: str, dates: list[str]) -> str:
    return f"## {title}\n\n" + "".join(
        f"- [{d}] **Paper {title} {i}.** *A. Author et al. arXiv.* [[paper](https://example.org/{title}/{i})]\n"
        for i, d in enumerate(dates)) + "\n"


def test_short_sections_keep_a_date_sorted_files_convention():
    """A file whose longer sections run by date, newest first: a short section with every
    entry dated keeps that order, one entry out of place at most. Too few dates, two out of
    place, or a file whose sections are not so sorted: no finding."""
    months = [f"2023/{m:02d}" for m in range(12, 4, -1)]
    long_sorted = "".join(_dated_section(f"T{i}", months) for i in range(5))
    short = _dated_section("Short", ["2023/08", "2023/08", "2023/06", "2023/05", "2023/04", "2023/05"])
    found = lint_text("# L\n\n" + long_sorted + short, select=["AL016"])
    assert [(f.line, f.message) for f in found] == [
        (65, 'entry "Paper Short 5." (05/2023) is out of date order, newest first: '
             'it belongs after "Paper Short 3." (line 63)')]
    loose = _dated_section("Loose", ["2023/04", "2023/08", "2023/05", "2023/06"])
    few = _dated_section("Few", ["2023/05", "2023/05", "2023/06", "2023/05"])
    assert lint_text("# L\n\n" + long_sorted + loose + few, select=["AL016"]) == []
    unsorted = "".join(_dated_section(f"U{i}", months[::2] + months[1::2]) for i in range(2))
    assert lint_text("# L\n\n" + long_sorted + unsorted + short, select=["AL016"]) == []


def _para_list(years: list[int]) -> str:
    words = ["Sparse", "Dense", "Robust", "Causal", "Neural", "Latent", "Graph", "Spectral", "Kernel", "Modular",
             "Linear", "Deep", "Shallow", "Hybrid"]
    paras = [f"[{w} Attribution Methods for Vision Models: A Survey](https://example.org/p{i}), Journal {y}\n\n"
             for i, (w, y) in enumerate(zip(words, years))]
    return "# Papers\n\n## Surveys\n\n" + "".join(paras)


def test_paper_paragraphs_in_year_order():
    # each paper a paragraph of its own, newest first: one 2021 paper above the 2022 ones
    years = [2024, 2024, 2023, 2021, 2022, 2022, 2021, 2020, 2020, 2019, 2018, 2018]
    text = _para_list(years)
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [11]
    assert "(2021) is out of year order, newest first" in found[0].message
    assert found[0].fix is None  # paragraphs are reported, not moved
    # the same years in no order: silent
    assert lint_text(_para_list([2019, 2024, 2018, 2021, 2023, 2020, 2022, 2018, 2024, 2021, 2019, 2022]),
                     select=["AL016"]) == []


def test_bold_paper_paragraphs_in_date_order(tmp_path):
    dates = ["12th Mar., 2025", "02nd Mar., 2025", "20th Jan., 2025", "3rd Dec., 2024", "28th Dec., 2024",
             "15th Nov., 2024", "1st Nov., 2024", "9th Oct., 2024"]
    words = ["Sparse", "Dense", "Robust", "Causal", "Neural", "Latent", "Graph", "Spectral"]
    text = "# Papers\n\n## Segmentation\n\n" + "".join(
        f"**{w} Diffusion Models for Lesion Segmentation in MRI** \\\n*A. Author, B. Author* \\\n[{d}] [arXiv, {d[-4:]}] \\\n"
        f"[[Paper](https://example.org/{i}.pdf)]\n\n" for i, (w, d) in enumerate(zip(words, dates)))
    path = tmp_path / "paras.md"
    path.write_text(text)
    out = subprocess.run([sys.executable, "-m", "awesome_lint", "--select", "AL016", "--format", "json", str(path)],
                         capture_output=True, text=True)
    found = json.loads(out.stdout)
    assert [d["line"] for d in found] == [25]  # of a swapped pair, newest first keeps the earlier
    assert "(2024-12-28) is out of date order, newest first" in found[0]["message"]


def test_a_head_with_entries_out_of_place_but_few_steps_back_is_sorted():
    # two pairs filed early in an alphabetical section of forty (`check`, `doctest` before `Catch2`):
    # four of its first ten entries are out of place, but only two steps go back
    names = [f"Tool{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(40)]
    order = [0, 5, 6, 1, 2, 3, 4, 9, 10, 7, 8] + list(range(11, 40))
    text = "# L\n\n" + "".join(f"- [{names[i]}](https://example.org/{i}) - Thing.\n" for i in order)
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [4, 5, 10, 11]
    # a head that steps back again and again is in order of addition: silent
    shuffled = [0, 5, 2, 7, 1, 9, 4, 8, 3, 6] + list(range(10, 40))
    text = "# L\n\n" + "".join(f"- [{names[i]}](https://example.org/{i}) - Thing.\n" for i in shuffled)
    assert lint_text(text, select=["AL016"]) == []


def _sections(n_long: int, short: list[str]) -> str:
    out = ["# Tools\n"]
    for s in range(n_long):
        names = [f"Lib{chr(65 + s)}{chr(65 + i)}x" for i in range(8)]
        out.append(f"\n## Group {s}\n\n" + "".join(f"- [{x}](https://example.org/{s}/{x}) - A library.\n" for x in names))
    out.append("\n## Office\n\n" + "".join(f"- [{x}](https://example.org/o/{x}) - A library.\n" for x in short))
    return "".join(out)


def test_short_section_of_a_file_sorted_throughout_may_have_two_out_of_place():
    short = ["PHPPowerPoint", "PHPWord", "PHPSpreadsheet", "OpenSpout"]
    text = _sections(10, short)
    found = lint_text(text, select=["AL016"])
    assert [f.message.split('"')[1] for f in found] == ["PHPSpreadsheet", "OpenSpout"]
    # a file that sorts fewer sections keeps one entry out of place at most
    assert lint_text(_sections(6, short), select=["AL016"]) == []
    # never more than half of the section
    assert lint_text(_sections(10, ["Delta", "Charlie", "Bravo", "Alpha"]), select=["AL016"]) == []


def test_year_in_parentheses_right_after_the_title():
    years = [1986, 1989, 1989, 1991, 2014, 1994, 1997, 1998, 2000, 2003]
    words = ["Phoneme", "Speaker", "Hidden", "Review", "Connectionist", "Rover", "Lattice", "Tandem", "Neural",
             "Hybrid"]
    text = "# Speech\n\n" + "".join(
        f"- **{w} Recognition with Neural Networks**({y}), A. Author et al. [[pdf]](https://example.org/{i}.pdf)\n"
        for i, (w, y) in enumerate(zip(words, years)))
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [7]
    assert "(2014) is out of year order, oldest first" in found[0].message


def test_a_section_sorted_by_code_point_is_in_its_order():
    """`DLRover` before `Dask`, `NVIDIA` before `Nevergrad`, the lower-case names gathered at
    the end: a plain sort by code point, which is an order too (and still checked as one)."""
    names = ["Accelerate", "BitBLAS", "CuPy", "DEAP", "DLRover", "Dask", "DeepSpeed", "Flax", "Jax",
             "MLX", "NVIDIA TensorRT", "Nevergrad", "PEFT", "PaddlePaddle", "Ray", "cupy-xl", "mlflow", "zeta"]
    text = "# Tools\n\n" + "".join(f"* [{n}](https://github.com/o/{i}) - A tool.\n" for i, n in enumerate(names))
    assert [f for f in lint_text(text, select=["AL016"])] == []
    slipped = names[:]
    slipped.insert(2, slipped.pop(9))  # MLX filed after BitBLAS
    text = "# Tools\n\n" + "".join(f"* [{n}](https://github.com/o/{i}) - A tool.\n" for i, n in enumerate(slipped))
    got = lint_text(text, select=["AL016"])
    assert [(f.line, '"MLX"' in f.message) for f in got] == [(5, True)]


def test_a_day_first_date_in_a_venue_label_after_the_title_is_the_key():
    """`Title [[12 Feb 2020]](arxiv)`, `[[arXiv 28 May 2019]](…)`: the date a preprint list is
    sorted by, newest first, written day first; an entry filed among later ones is out of place."""
    dates = ["19 Feb 2020", "12 Feb 2020", "10 Dec 2019", "25 Oct 2019", "arXiv 23 Oct 2019", "arXiv 25 Sep 2019",
             "arXiv 13 Sep 2019", "arXiv 28 May 2019", "arXiv 30 Nov 2018", "arXiv 17 Feb 2019", "arXiv 1 Jan 2019",
             "arXiv 3 Dec 2018"]
    names = ["Moth", "Crane", "Wren", "Heron", "Finch", "Stork", "Egret", "Robin", "Lark", "Gull", "Swift", "Kite"]
    text = "# L\n\n" + "".join(f"- {n} for domain adaptation [[{d}]](https://example.org/{n})\n"
                               for n, d in zip(names, dates))
    found = lint_text(text, select=["AL016"])
    assert [f.line for f in found] == [11] and "(2018-11-30) is out of date order, newest first" in found[0].message


def test_a_date_closing_the_items_last_line_is_its_date():
    """An item whose title, authors and links stand in paragraphs of their own and end with a
    month date (`[[pdf](…)], 2021.6`) is dated by it: one such item out of date order is found."""
    months = [(2020, 1), (2020, 9), (2020, 10), (2020, 12), (2021, 1), (2021, 3), (2021, 4), (2021, 6),
              (2021, 6), (2021, 5), (2021, 9), (2021, 10)]
    items = "".join(
        f"{i}. **{'KRDAMZBQXCPH'[i - 1]}-Prompt: tuning {i}.** Preprint.\n\n"
        f"{' ' * len(str(i))}  *Author {i}, Other Author.* [[pdf](https://arxiv.org/abs/2101.{i:05d})], {y}.{m}\n\n"
        for i, (y, m) in enumerate(months, 1))
    text = "# Prompts\n\n## Basics\n\n" + items
    found = [f for f in lint_text(text, select=["AL016"]) if f.code == "AL016"]
    assert [(f.line, "05/2021" in f.message) for f in found] == [(41, True)]
    assert lint_text(text.replace("2021.5\n", "2021.7\n"), select=["AL016"]) == []


def test_a_list_sorted_in_capitals_by_character_code():
    """A list sorted by its names in capitals, character by character (`SyncGAN` before
    `S^2GAN`, since `^` sorts after the capitals): `S^2GAN` is in place there."""
    names = ["SAGAN", "SalGAN", "SBADA-GAN", "SeGAN", "SGAN", "SiftingGAN", "SketchGAN", "SL-GAN", "SN-GAN",
             "SteinGAN", "StepGAN", "SVSGAN", "SWGAN", "SyncGAN", "S^2GAN", "T2Net", "TAC-GAN", "TGAN"]
    text = "# GANs\n\n" + "".join(f"* {n} - [{'QWERTYUIOPASDFGHJK'[i]} paper](https://arxiv.org/abs/1701.{(i * 7919) % 9973:05d})\n"
                                  for i, n in enumerate(names))
    assert [f for f in lint_text(text, select=["AL016"]) if f.code == "AL016"] == []
    moved = text.replace("* StepGAN", "* ZetaGAN")
    assert [f.line for f in lint_text(moved, select=["AL016"]) if f.code == "AL016"] == [13]


# six sections sorted by name: a file whose convention its short sections keep
_SIX_SORTED_SECTIONS = "".join(f"## S{i}\n\n" + "".join(f"- [{c}{i} tool](https://a.org/{c}{i}) - A tool.\n" for c in "abcdefgh")
                               + "\n" for i in range(6))


def test_a_short_section_led_by_a_featured_entry_or_of_official_resources_session16():
    """Set K's false positives (a Flask list sorted by name): a short Tutorials section that
    leads with the canonical tutorial, and an Official Resources section in order of importance,
    are not slips of the file's name order; a short section with an entry out of place further
    down still is, and so is one whose first two are swapped (the pipeline list's related lists)."""
    sections = _SIX_SORTED_SECTIONS
    text = ("# L\n\n" + sections + "## Official Resources\n\n- [Flask](https://a.org/f) - Docs.\n"
            "- [Flaskr Tutorial](https://a.org/t) - Tutorial.\n- [Source Code](https://a.org/s) - Source.\n"
            "- [Pallets-Eco](https://a.org/p) - Extensions.\n- [Quart](https://a.org/q) - ASGI.\n\n"
            "## Tutorials\n\n- [The Flask Mega-Tutorial](https://a.org/m) - Canonical.\n"
            "- [Discover Flask](https://a.org/d) - Series.\n- [Flaskr TDD](https://a.org/x) - TDD.\n\n"
            "## Videos\n\n- [Alpha talk](https://a.org/va) - Talk.\n- [Omega talk](https://a.org/vo) - Talk.\n"
            "- [Beta talk](https://a.org/vb) - Talk.\n\n## Books\n\n- [Beta book](https://a.org/bb) - Book.\n"
            "- [Alpha book](https://a.org/ba) - Book.\n- [Gamma book](https://a.org/bg) - Book.\n")
    found = [(f.line, f.message.split(" is ")[0]) for f in lint_text(text, select=["AL016"]) if f.code == "AL016"]
    assert found == [(87, 'entry "Beta talk"'), (91, 'entry "Beta book"')]  # a swap of the first two is a slip


def test_a_short_list_nested_in_an_item_keeps_its_authors_order_session18():
    """A file that sorts its sections by name: a top-level short section keeps that order, but
    the links and examples nested under one entry (`GitHub Repo`, then `Discussions`) do not."""
    sections = []
    for s in range(6):
        names = [f"{c}lpha{s}" for c in "ABCDEFGH"]
        sections.append(f"## Part {s}\n\n" + "\n".join(f"- [{n}](https://example.org/{n}) - A tool." for n in names))
    nested = ("## Books\n\n- [Crafting Interpreters](https://craftinginterpreters.com/) - A book.\n"
              "  - [GitHub Repo](https://github.com/munificent/craftinginterpreters).\n"
              "  - [Discussions](https://news.ycombinator.com/item?id=13406081).\n"
              "- [Dragon Book](https://example.org/dragon) - A classic.\n\n"
              "## Short\n\n- [Beta](https://example.org/b) - B.\n- [Zeta](https://example.org/z) - Z.\n"
              "- [Gamma](https://example.org/g) - G.\n")
    text = "# Awesome\n\n" + "\n\n".join(sections) + "\n\n" + nested
    found = [f.message.split(":")[0] for f in lint_text(text, select=["AL016"])]
    assert found == ['entry "Gamma" is out of alphabetical order by name (case ignored)']


def test_a_starred_pointer_first_and_letters_nfkd_keeps_whole_session23():
    """Set R's false positives (a microservices list sorted by name): a section's lone
    `:star:` pointer to the topic's awesome list heads it on purpose, and `Træfɪk` sorts as
    "traefik", before `Traffic Server`; an unstarred first entry out of place is still told."""
    sections = _SIX_SORTED_SECTIONS
    text = ("# L\n\n" + sections + "## Rust\n\n- [Are we web yet?](https://a.org/w) :star: - State of the web.\n"
            "- [Actix](https://a.org/a) - Framework.\n- [Tarpc](https://a.org/t) - RPC.\n- [Tokio](https://a.org/k) - Runtime.\n\n"
            "## Proxies\n\n- [Envoy](https://a.org/e) - Proxy.\n- [Træfɪk](https://a.org/tr) - Proxy.\n"
            "- [Traffic Server](https://a.org/ts) - Proxy.\n- [Zuul](https://a.org/z) - Gateway.\n\n"
            "## Go\n\n- [Beego](https://a.org/b) - Framework.\n- [Atreugo](https://a.org/at) - Framework.\n"
            "- [Gin](https://a.org/g) - Framework.\n- [Kit](https://a.org/ki) - Toolkit.\n")
    found = [(f.line, f.message.split(" is ")[0]) for f in lint_text(text, select=["AL016"]) if f.code == "AL016"]
    assert found == [(85, 'entry "Beego"')]


def test_preprints_kept_at_the_end_of_a_year_ordered_section_session23():
    """Set R's false positive (a GAN-inversion list): published papers newest first, then the
    section's preprints (`arxiv 2020.`): an order of the list's own. A published paper out of
    the year order is still told, and the tail is not told with it."""
    def para(title, venue, n):
        return f"**{title}.**<br>\n*Ann Lee, Bo Chen.*<br>\n{venue}. [[PDF](https://arxiv.org/abs/{n})]\n\n"
    topics = ["Latent Recovery", "Image Editing", "Face Manipulation", "Semantic Control", "Domain Adaptation",
              "Video Synthesis", "Style Transfer", "Image Restoration", "Feature Alignment", "Encoder Training",
              "Code Optimization", "Prior Learning"]
    years = [2023, 2022, 2022, 2021, 2020, 2019, 2019, 2018, 2017, 2016, 2016, 2015]
    papers = [para(f"Learning Generative Networks for {t}", f"CVPR {y}", f"{y - 2000}01.0{i:04d}")
              for i, (t, y) in enumerate(zip(topics, years))]
    tail = (para("Improved Embedding of Images in Latent Spaces", "arxiv 2020", "2012.09036")
            + para("Improving Diversity of Generative Inversion", "arxiv 2020", "2009.06529"))
    assert lint_text("# L\n\n## Methods\n\n" + "".join(papers) + tail, select=["AL016"]) == []
    slipped = "".join(papers[:3] + papers[-1:] + papers[3:-1])
    found = lint_text("# L\n\n## Methods\n\n" + slipped + tail, select=["AL016"])
    assert [(f.line, f.message.split(" is ")[0]) for f in found] == [
        (17, 'entry "Learning Generative Networks for Prior Learning" (2015)')]


def test_link_slots_a_digit_name_an_official_repo_first_and_a_listed_twice_name_session24():
    """Set S's false positives (a cloud tools list sorted by name, and a Kubernetes list): an SDK
    section's link slots (`Repo`, `Install`, `Docs`, `Learn More`) in their fixed order;
    `99designs/aws-vault` last among `owner/name` entries; the official `aws-sdk-rails` above the
    community's `owner/name` repositories; the second `kube-shell`, which AL003 tells as a
    duplicate. `palacaze/sigslot` amid plain names, out of place by either name, is still told."""
    text = ("# L\n\n" + _SIX_SORTED_SECTIONS
            + "## Java SDK\n\n- [Repo](https://a.org/r)\n- [Install](https://a.org/i)\n- [Docs](https://a.org/d)\n"
              "- [Learn More](https://a.org/l)\n\n"
              "## Community\n\n- [achiku/jungle](https://a.org/j)\n- [dbcli/athenacli](https://a.org/ac)\n"
              "- [timkay/aws](https://a.org/t)\n- [99designs/aws-vault](https://a.org/v)\n\n"
              "## Ruby\n\n- [aws-sdk-rails](https://a.org/sr)\n- [appoxy/aws](https://a.org/ap)\n"
              "- [rightscale/right_aws](https://a.org/rr)\n\n"
              "## Shells\n\n- [Kube-shell](https://a.org/ks)\n- [kubectx](https://a.org/kx)\n- [stern](https://a.org/st)\n"
              "- [kube-shell](https://a.org/ks)\n\n"
              "## Misc\n\n- [reproc](https://a.org/rp)\n- [SDS](https://a.org/sd)\n- [palacaze/sigslot](https://a.org/ps)\n"
              "- [simdzone](https://a.org/sz)\n- [Stage](https://a.org/sg)\n")
    found = [(f.line, f.message.split(" is ")[0]) for f in lint_text(text, select=["AL016"]) if f.code == "AL016"]
    assert found == [(len(text.splitlines()) - 2, 'entry "palacaze/sigslot"')]


def test_numbers_by_value_after_a_gap_and_a_description_s_points_session25():
    """Set T: `efm32jg1b-pac` before `efm32jg12b-pac` and `efm32gg-pac` before `efm32gg11b-pac` is
    one order (numbers by value, a gap before a number), and the bullets under a plugin that list
    its features (`- Configuration file using [TOML](…) syntax.`) are no entries to sort; a
    misplaced crate in the same file is still told."""
    pacs = ["efm32g", "efm32gg", "efm32gg11b", "efm32gg12b", "efm32hg", "efm32jg1b", "efm32jg12b", "efm32lg",
            "efm32pg", "efm32pg22", "efm32tg", "efm32wg"]
    names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "hotel", "golf", "india", "juliet", "kilo", "lima"]

    def block(xs):
        return "".join(f"- [`{x}-pac`](https://crates.io/crates/{x}-pac) - A crate.\n" for x in xs)

    sections = "".join(f"## Vendor {i}\n\n" + block([f"{n}{i}" for n in sorted(names)]) + "\n" for i in range(5))
    feats = ("## Plugins\n\n- [sheldon](https://github.com/rossmacarthur/sheldon) - A plugin manager.\n"
             "- [zgen](https://github.com/tarjoilija/zgen) - Another one.\n\n"
             "Features of sheldon:\n\n"
             "- Highly configurable install methods using [handlebars](http://handlebarsjs.com/) templating.\n"
             "- Super-fast parallel installation.\n"
             "- Configuration file using [TOML](https://github.com/toml-lang/toml) syntax.\n\n")
    text = "# Crates\n\n" + sections + "## Silicon Labs\n\n" + block(pacs) + "\n## Others\n\n" + block(names) + "\n" + feats
    found = [(f.line, f.message.split(" is out")[0]) for f in lint_text(text, select=["AL016"])]
    assert found == [(text[: text.index("hotel-pac")].count("\n") + 1, 'entry "hotel-pac"')]


def test_a_first_entry_set_apart_by_its_description_heads_the_list_session27():
    """Set V: `[Relay Meetup](u) - A global, online meetup …` heads a list of cities named by their
    link alone (`[Amsterdam](u)`, `[Berlin](u)` …): set apart on purpose, not filed among them.
    A city out of place below it is still told, and the unsafe fix sorts the cities and leaves
    the first entry where it is."""
    cities = ["Amsterdam", "Bangalore", "Berlin", "Copenhagen", "Hamburg", "London", "Munich",
              "Seattle", "Singapore", "Sydney"]
    head = "- [Relay Meetup](https://relay.org/) - A global, online meetup on Relay.\n"
    text = "# M\n\n## Meetups\n\n" + head + "".join(f"- [{c}](https://meetup.com/{c})\n" for c in cities)
    assert lint_text(text, select=["AL016"]) == []
    swapped = text.replace("- [Seattle](https://meetup.com/Seattle)\n- [Singapore](https://meetup.com/Singapore)\n",
                           "- [Singapore](https://meetup.com/Singapore)\n- [Seattle](https://meetup.com/Seattle)\n")
    found = lint_text(swapped, select=["AL016"])
    assert len(found) == 1 and "Relay" not in found[0].message
    fixed, _ = fix_text(swapped, select=["AL016"], unsafe=True)
    assert fixed == text


def test_a_list_under_a_bare_label_keeps_the_files_order_session27():
    """Set U's awesome-ruby files short lists under bare labels (`* Attributes` over `ActiveAttr`,
    `Virtus`, `AttrExtras`) in a file sorted by name throughout: a sub-section, which keeps the
    file's order, so `AttrExtras` after `Virtus` is told. The links under an entry of its own
    (`* [Umbrella](…)` over its family) stay in the order their author chose."""
    words = ("alpha", "beta", "delta", "gamma", "kappa", "lambda", "omega", "sigma")
    sections = "".join(f"## Part {c}\n\n" + "".join(f"* [{c}{w}](https://a.org/{c}{w}) - A tool.\n" for w in words)
                       + "\n" for c in "ABCDEF")
    text = ("# Ruby\n\n" + sections + "## Utilities\n\n* [Hanami](https://a.org/h) - Utils.\n* [Trick](https://a.org/t) - Bag.\n"
            "* Attributes\n  * [ActiveAttr](https://a.org/aa) - Left out.\n  * [Virtus](https://a.org/v) - Steroids.\n"
            "  * [AttrExtras](https://a.org/ae) - Boilerplate.\n")
    found = lint_text(text, select=["AL016"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [
        (76, 'entry "AttrExtras" is out of alphabetical order by name (case ignored)')]
    owned = text.replace("* Attributes\n", "* [Umbrella](https://a.org/u) - A family of gems.\n")
    assert lint_text(owned, select=["AL016"]) == []


def test_two_capitalised_pages_heading_lower_case_names_are_set_apart_session30():
    """A Graphviz list's Layout section (set Y, session 30): `Output Formats` and `Command-line
    Invocation`, two general pages, head the layout engines `circo`, `dot`, `fdp` … sorted by name:
    no sort by code point puts them so, and they are no slip. Three capitals first are an order."""
    names = ["Output Formats", "Command-line Invocation", "circo", "dot", "dotguide", "fdp", "neato", "osage",
             "patchwork", "sfdp", "twopi"]
    text = "# Layout\n\n" + "".join(f"- [{n}](https://example.org/{i}) - Draws graphs.\n" for i, n in enumerate(names))
    assert lint_text(text, select=["AL016"]) == []
    three = ["Attributes", "Output Formats", "Command-line Invocation", "circo", "dot", "dotguide", "fdp", "neato",
             "osage", "patchwork", "sfdp", "twopi"]
    text = "# Layout\n\n" + "".join(f"- [{n}](https://example.org/{i}) - Draws graphs.\n" for i, n in enumerate(three))
    assert [f.line for f in lint_text(text, select=["AL016"])] == [4]


def test_two_capitals_in_order_before_lower_case_names_are_a_code_point_sort_session30():
    """`Ack`, `Bat`, then `ag`, `cat`, … (a review's case): two capitals in order heading
    lower-case names sorted by code point are that order, not a case-ignored one broken."""
    names = ["Ack", "Bat", "ag", "cat", "dog", "emacs", "fzf", "grep", "htop", "jq"]
    text = "# Tools\n\n" + "".join(f"- [{n}](https://example.org/{i}) - A tool.\n" for i, n in enumerate(names))
    assert lint_text(text, select=["AL016"]) == []


def test_a_table_sorted_by_its_year_column_not_its_venue_tags_session32():
    """Set AA's false positives (a remote sensing list): a data set table runs newest first by
    its Year column (the data set's year), while its Publication cells name the paper's venue
    and year (`TGRS2021` on a 2022 row): the Year column is the order. A row out of that order
    is still reported."""
    head = "# Change detection\n\n## Datasets\n\n| Year | Dataset | Publication |\n| --- | --- | --- |\n"
    years = [2023, 2023, 2022, 2022, 2022, 2022, 2021, 2021, 2020, 2020, 2019]
    venues = ["TGRS2023", "CVPR2022", "TGRS2022", "TGRS2021", "RS2021", "RS2021", "ICPR2021", "RS2021", "TGRS2020", "CVPR2021", "arXiv2019"]
    rows = [f"| {y} | [Set{k}](https://example.org/set{k}) | [{v}](https://example.org/paper{k}) |" for k, (y, v) in enumerate(zip(years, venues))]
    text = head + "\n".join(rows) + "\n"
    assert [f.line for f in lint_text(text, select=["AL016"])] == []
    rows.insert(2, rows.pop(9))  # a 2020 row among the 2023 ones
    moved = head + "\n".join(rows) + "\n"
    assert [f.line for f in lint_text(moved, select=["AL016"])] == [9]


def test_a_code_point_order_that_drops_punctuation_session32():
    """Set AA's false positive (a shell list): capitals first, then `balls`, `bashbro`,
    `bash-stack`, `bashttpd`: sorted by code point with the hyphen dropped, so nothing is out
    of place; a name out of that order still is."""
    names = ["Bash-web-server", "Dropbox-Uploader", "balls", "bashbro", "bash-stack", "bashttpd",
             "httpd.sh", "ngincat", "shttpd", "tinyserve", "webshare"]
    head = "# Shell\n\n## Servers\n\n"
    items = [f"- [{n}](https://github.com/owner/{n}) - A server." for n in names]
    assert [f.line for f in lint_text(head + "\n".join(items) + "\n", select=["AL016"])] == []
    items.insert(2, items.pop(8))  # `shttpd` among the capitals' followers
    assert [f.line for f in lint_text(head + "\n".join(items) + "\n", select=["AL016"])] == [7]


def test_one_papers_two_rows_out_of_place_together_are_one_finding_session32():
    """Set AA's false positive (a video detection list): the two rows of one paper (two speed
    settings, one title and link) sit together out of date order: one slip, one finding."""
    head = "# Video detection\n\n## Comparison\n\n| Paper | Date | mAP |\n| --- | --- | --- |\n"
    dated = [("Seq-NMS", "Feb 2016", 1), ("T-CNN", "Apr 2016", 2), ("DFF", "Nov 2016", 3), ("TPN", "Feb 2017", 4),
             ("FGFA", "Mar 2017", 5), ("D&T", "Oct 2017", 6), ("STMN", "Dec 2017", 7),
             ("Lattice", "Apr 2018", 8), ("Lattice", "Apr 2018", 8), ("SSN", "Mar 2018", 9), ("STSN", "Mar 2018", 10),
             ("MANet", "Sep 2018", 11), ("TCD", "Nov 2018", 12), ("SeqBox", "Feb 2019", 13)]
    rows = [f"| [{t}](https://example.org/paper{k}) | {d} | 7{k}.{k % 10} |" for t, d, k in dated]
    found = [(f.line, f.message) for f in lint_text(head + "\n".join(rows) + "\n", select=["AL016"])]
    assert [line for line, _ in found] == [14]
    assert 'entry "Lattice" (04/2018) is out of date order' in found[0][1]
