"""AL027 misspelt-word: slips against the file's own words, through the real CLI."""

from __future__ import annotations

from conftest import render, run_cli, run_json

from awesome_lint.engine import fix_text, lint_text

LIST = """# Awesome NLP

## Libraries

- [CoreNLP](https://stanfordnlp.github.io/CoreNLP/) - The Stanford Nautral Language Processing Group's toolkit.
- [spaCy](https://spacy.io) - Industrial natural language processing, fast retreival of tokens.
- [NLTK](https://www.nltk.org) - A natural language toolkit with classfication helpers.
- [TextBlob](https://textblob.readthedocs.io) - Simple natural language processing and classification.
- [Stanza](https://stanfordnlp.github.io/stanza/) - Natural language analysis in many languages; classification too.
- [Flair](https://github.com/flairNLP/flair) - Natural language embeddings and classification, retrieval, tracing.
- [Gensim](https://radimrehurek.com/gensim/) - Topic modelling for natural language; retrieval and classification.
- [Haystack](https://haystack.deepset.ai) - Retrieval for natural language questions; tracking and classification.
- [jiant](https://github.com/nyu-mll/jiant) - Retrieval, tracking, tracking, tracking and classification of natural text.
- [NLP-kit](https://github.com/o/nautral-kit) - `nautral` retrieval tools, see https://example.org/retreival and tracking.
"""


def test_swapped_and_dropped_letters_are_found_and_fixed_unsafely(tmp_path):
    found = [(f.line, f.message) for f in lint_text(LIST, select=["AL027"])]
    assert found == [
        (5, "'Nautral' looks like 'Natural' with two letters swapped: the file writes 'Natural' 8 times"),
        (6, "'retreival' looks like 'retrieval' with two letters swapped: the file writes 'retrieval' 5 times"),
        (7, "'classfication' looks like 'classification' with a letter dropped: the file writes 'classification' 6 times"),
    ]
    # 'tracing' is a word (beside 'tracking'); the repository's name, code and addresses are left alone
    path = tmp_path / "README.md"
    path.write_text(LIST, encoding="utf-8")
    assert run_cli("--select", "AL027", "--fix", str(path)).returncode == 0  # warnings; unsafe: not applied
    assert path.read_text(encoding="utf-8") == LIST
    run_cli("--select", "AL027", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "Stanford Natural Language" in fixed and "fast retrieval of" in fixed and "classification helpers" in fixed
    assert fixed.replace("Natural Language Processing Group", "Nautral Language Processing Group", 1).replace(
        "fast retrieval", "fast retreival").replace("classification helpers", "classfication helpers") == LIST
    assert render(fixed).count("<li>") == render(LIST).count("<li>")
    assert lint_text(fixed, select=["AL027"]) == []


def test_a_word_the_file_rarely_writes_is_no_reference_and_a_frequent_slip_is_a_spelling():
    rare = LIST.replace("natural", "plain").replace("Natural", "Plain")
    assert [f.line for f in lint_text(rare, select=["AL027"]) if "Natural" in f.message] == []
    thrice = LIST.replace("[NLP-kit]", "[Nautral kit]").replace("Topic modelling", "Nautral topic modelling")
    assert [f.line for f in lint_text(thrice, select=["AL027"]) if "Natural" in f.message] == []


def test_a_slip_pasted_three_times_counts_where_the_right_word_is_twenty_times_as_common():
    """`unoffical` in three code labels beside `unofficial` in sixty: one slip copied along,
    where three `Nautral` beside eight `Natural` (above) are a spelling of the file's own."""
    rows = "".join(f"- code: [unofficial-pytorch : repo {i}](https://github.com/a/r{i})\n" for i in range(60))
    slips = "".join(f"- code: [unoffical-{k} : repo](https://github.com/b/{k})\n" for k in ("mxnet", "keras", "torch"))
    text = "# Networks\n\n" + rows + slips
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    assert found == [(n, "'unoffical' looks like 'unofficial' with a letter dropped: the file writes 'unofficial' 60 times")
                     for n in (63, 64, 65)]
    five = text + "".join(f"- code: [unoffical-{k} : repo](https://github.com/c/{k})\n" for k in ("caffe", "jax"))
    assert lint_text(five, select=["AL027"]) == []  # five times: the file's other spelling


def test_a_short_word_glued_to_the_next_capitalised_word_in_a_title(tmp_path):
    """`Methods andExperimental Results`: the pasted title lost a space; the unsafe fix puts it
    back. A project written so in its own link text (`[onWatch](…) - onWatch tracks …`) is a name."""
    text = ("# Papers\n\n"
            "- [Evaluating Word Embedding Models: Methods andExperimental Results](https://arxiv.org/abs/1901.09785)\n"
            "- **Assessing Knowledge Editing inLanguage Models**. [[paper](https://arxiv.org/abs/2305.14795)]\n"
            "- [onWatch](https://github.com/o/onwatch) - onWatch tracks API quotas.\n"
            "- `forEach` and [[code](https://github.com/o/forEach)] are code, not prose.\n"
            "- [Mapping Instructions to Actions in 3D Environmentswith Visual Goals](https://arxiv.org/abs/1810.00001)\n"
            "- [Algorand](https://github.com/o/algorand) - A chain. *Reese Kneeland, Octavia Camps.*\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    assert found == [
        (3, "'andExperimental' runs two words together: 'and' and 'Experimental' lost the space between them"),
        (4, "'inLanguage' runs two words together: 'in' and 'Language' lost the space between them"),
        (7, "'Environmentswith' runs two words together: 'Environments' and 'with' lost the space between them")]
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL027", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed == text.replace("andExperimental", "and Experimental").replace("inLanguage", "in Language") \
        .replace("Environmentswith", "Environments with")
    assert run_cli("--select", "AL027", str(path)).returncode == 0


def test_two_long_words_glued_in_the_middle_of_a_title():
    """`Hierarchical and DifferentiableNeural Architecture`, `via ContrastiveRepresentation
    Learning` (set O, a super-resolution list): a space lost. A method's name that leads the
    title or follows a colon (`SoundSpaces: A Simulation Platform`, `A Benchmark: MambaVision
    Tracks`), and a name the file writes three times, are names."""
    text = ("# Papers\n\n"
            "- [Lightweight Image Super-Resolution with Hierarchical and DifferentiableNeural Architecture](https://a.org/1)\n"
            "- [Blind Image Super-Resolution via ContrastiveRepresentation Learning](https://a.org/2)\n"
            "- [SoundSpaces 2.0: A Simulation Platform for Visual-Acoustic Learning](https://a.org/3)\n"
            "- [A Benchmark for Trackers: MambaVision Tracks Objects](https://a.org/4)\n"
            "- [Training Vision Models with LayerScale Every Time](https://a.org/5) - LayerScale and LayerScale again.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    assert found == [
        (3, "'DifferentiableNeural' runs two words together: 'Differentiable' and 'Neural' lost the space between them"),
        (4, "'ContrastiveRepresentation' runs two words together: 'Contrastive' and 'Representation' lost the space "
            "between them")]


def test_a_letter_too_many_or_a_doubled_letter_written_once_against_the_dictionary():
    """`verision`, `correllation` (a letter too many) and `accomodate` (a doubled letter written
    once): no English word, one common word away. A word's ending is left alone (`encodings`,
    `profiler`), and so are the trade's own spellings (the HTTP `Referer` header, `conftest`)."""
    text = ("# Tools\n\n"
            "- [Demo](https://example.org/1) - Not a complete verision of the code.\n"
            "- [Canon](https://example.org/2) - Canonical correllation analysis for cells.\n"
            "- [Hotel](https://example.org/3) - Rooms that accomodate a family.\n"
            "- [Codecs](https://example.org/4) - Text encodings and a profiler.\n"
            "- [Ref](https://example.org/5) - Referer parser; runs conftest in CI.\n"
            "- [Fine](https://example.org/6) - Retrains a model with Multipole attention, a proactor loop.\n"
            "- [Servo](https://example.org/7) - Visual servoing for former Torchies.\n")
    found = [(f.line, f.message.split(":")[0]) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "'verision' looks like 'version' with a letter too many"),
                     (4, "'correllation' looks like 'correlation' with a letter too many"),
                     (5, "'accomodate' looks like 'accommodate' with a doubled letter written once")]


TYPOS = """# Awesome Editing

- [Knowledge Editing for Large Models](https://arxiv.org/abs/2401.00001) - Editing the paramters of a model, a survey.
- [Aweosme Privacy](https://github.com/x/Awesome-Privacy) - A list on privacy.
- [PRedItOR: Text Guided Image Editing](https://arxiv.org/abs/2302.07979) - _Hareesh Ravi, Shiting Wen, Ann Lee._
- [nvim-nu](https://github.com/LhKipp/nvim-nu) - Editor support for the nushell language, see [nushell](https://www.nushell.sh).
- [Tool](https://example.org/tool) - Supports contextual search and refactoring of the backend.
"""


def test_a_typo_the_file_never_writes_right_against_a_common_english_word(tmp_path):
    found = [(f.line, f.message) for f in lint_text(TYPOS, select=["AL027"])]
    assert found == [
        (3, "'paramters' looks like 'parameters' with a letter dropped: 'paramters' is no English word, "
            "'parameters' a common one"),
        (4, "'Aweosme' looks like 'Awesome' with two letters swapped: 'Aweosme' is no English word, "
            "'Awesome' a common one"),
    ]  # not a name ('Shiting Wen', 'PRedItOR'), one the addresses hold ('nushell'), or a word of the trade
    off = lint_text(TYPOS, select=["AL027"], config={"AL027": {"dictionary": False}})
    assert off == []
    path = tmp_path / "README.md"
    path.write_text(TYPOS, encoding="utf-8")
    run_cli("--select", "AL027", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed == TYPOS.replace("paramters", "parameters").replace("[Aweosme", "[Awesome")


def test_a_long_word_one_slip_from_a_dictionary_word_and_a_heading_typo_its_anchor_repeats_session23():
    """Set Q's misses: `Intepretable` (a heading and its contents entry, whose `#intepretable-…`
    anchor repeats the typo: a heading's words are no address that names a project) is one
    letter from `interpretable`, a dictionary word that is no everyday one. A long word made
    of a prefix and a word (`overtrained`) is left alone."""
    text = ("# L\n\n- [Intepretable Learning](#intepretable-learning)\n\n## Intepretable Learning\n\n"
            "- [A](https://a.org) - Models that are overtrained on purpose.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    # (the heading and its contents entry are one slip since session 35)
    assert found == [(3, "'Intepretable' looks like 'Interpretable' with a letter dropped: 'Intepretable' is no English "
                         "word, 'Interpretable' an English one (the heading at line 5 and 1 link to it, one slip)")]


def test_a_vowel_written_for_another_and_a_swap_before_the_last_letter_session24(tmp_path):
    """Set R's misses: `protocal`, `sementic` (one vowel for another in a word of eight letters
    or more, the unstressed vowel misheard) and `platfrom` (two letters swapped just before the
    last). A seven-letter name one vowel from a word (`Handong`, `Haotian`) is left alone, as is
    a coined name heading its title before a colon (`Hydragen: High-Throughput …`)."""
    text = ("# L\n\n"
            "- [A](https://a.org) - A sementic parsing protocal for graphs.\n"
            "- [B](https://b.org) - A trading platfrom in Python.\n"
            "- [C](https://c.org) - Hydragen: High-Throughput Inference. Handong Ma, Haotian Sun.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    assert found == [
        (3, "'sementic' looks like 'semantic' with a vowel changed: 'sementic' is no English word, 'semantic' a common one"),
        (3, "'protocal' looks like 'protocol' with a vowel changed: 'protocal' is no English word, 'protocol' a common one"),
        (4, "'platfrom' looks like 'platform' with two letters swapped: 'platfrom' is no English word, "
            "'platform' a common one"),
    ]
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL027", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == (text.replace("sementic", "semantic").replace("protocal", "protocol")
                                                .replace("platfrom", "platform"))


def test_two_parts_of_the_trades_names_are_no_lost_space_session24():
    """Set S (a PyTorch list): `TorchScript` in a title, where the file writes `PyTorch` three
    times or more, is the framework's compiler, one word; `DifferentiableNeural` beside a
    `DeepNeural` written once is still two words run together."""
    text = ("# L\n\n- [Effective PyTorch, Optimizing Runtime with TorchScript and Numerical Stability]"
            "(https://a.org/e)\n- [Hierarchical and DifferentiableNeural Architecture Search](https://a.org/h)\n"
            "- [PyTorch Lightning](https://a.org/l) - PyTorch made light; see DeepNeural.\n")
    found = [(f.line, f.message.split(" runs")[0]) for f in lint_text(text, select=["AL027"])]
    assert found == [(4, "'DifferentiableNeural'")]
    once = text.replace("PyTorch made light", "Made light").replace("[PyTorch Lightning]", "[Lightning]")
    assert [f.line for f in lint_text(once, select=["AL027"])] == [3, 4]  # `PyTorch` once: no trade's name


def test_a_typo_beside_a_title_case_word_of_a_heading_or_its_contents_entry_session25():
    """Set S's PyTorch list: `Probabilistic Programmming` in a heading and its contents entry.
    A capitalised neighbour that is no GCIDE word made the typo read as a name; in a heading, its
    contents entry, or beside a word the file writes in lower case, the neighbour is a word.
    Two capitalised names in an author line stay names."""
    text = ("# List\n\n- [Probabilistic Programmming](#probabilistic-programmming)\n\n"
            "## Probabilistic Programmming\n\n- [A](https://a.org/x) - Some text here.\n"
            "- [B](https://a.org/y) - Written by Zhuoyang Tiansheng, Lixin Qiangwei.\n")
    found = [(f.line, f.message.split(" looks")[0], f.related) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "'Programmming'", (5,))]  # one slip, the heading's, since session 35


def test_a_typo_beside_a_compound_of_words_in_a_title_session26():
    """Set T's action-recognition page: `SkeleTR: Towrads Skeleton-based Action Recognition`.
    `Skeleton-based` is two English words joined, not a name beside which `Towrads` could be one;
    a capitalised word beside a name (`Ann Towrads-Smith`) is still left alone."""
    text = ("# Papers\n\n- (arXiv 2023.09) SkeleTR: Towrads Skeleton-based Action Recognition in the Wild, "
            "[[Paper]](https://arxiv.org/pdf/2309.11445.pdf)\n"
            "- Learning by Zhiyu Jiawen, Towrads Qingdao-Wuhan, 2021\n")
    found = [(f.line, f.message.split(" with")[0]) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "'Towrads' looks like 'Towards'")]


def test_a_typo_whose_kin_in_the_file_is_english_session27():
    """A word the file writes once, one dropped letter from a common word, was left alone when
    the file wrote a word starting like it (`Authenticator`, kin of `Authenticaton`): that guard
    is for a trade's own words (`Scrobble` beside `scrobbler`), and English kin is the right
    word's family. Set U's tuning list (awesome-kubernetes) wrote `Authenticaton webhook server`."""
    text = ("# K\n\n- [Guard](https://a.org/g) - Authenticaton webhook server for clusters.\n"
            "- [Dex](https://a.org/d) - An authenticator of users against providers.\n")
    found = lint_text(text, select=["AL027"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(3, "'Authenticaton' looks like 'Authentication' with a letter dropped")]


def test_an_article_the_next_word_contradicts_session27():
    """Set U's tuning lists wrote `A open source, fast …` and `with an sleek UI`: the article
    the next word's first letter contradicts. Not a `u` or `one` (`a user`, `a one-shot`), not
    an `h` (`an hour`), not an acronym or a name (`an npm package`, `an SQL`), not a capital `A`
    inside a sentence (`Command A interleaves`: a name), not in code, and not on a line in
    another language (`a interface gráfica`). The fix, unsafe, writes the other article."""
    text = ("# T\n\n- [Starter](https://a.org/s) - A open source starter.\n"
            "- [Maglev](https://a.org/m) - A page builder with an sleek UI.\n"
            "- [Ok](https://a.org/o) - A user tool, a one-shot runner, an hour, an npm package, an SQL shell.\n"
            "- [Cmd](https://a.org/c) - Command A interleaves windows; `a open` in code.\n"
            "- [Pt](https://a.org/p) - Uma biblioteca com a interface gráfica.\n")
    found = lint_text(text, select=["AL027"])
    assert [(f.line, f.message) for f in found] == [
        (3, "'A' before 'open': write 'An', as 'o' opens a vowel sound"),
        (4, "'an' before 'sleek': write 'a', as 's' does not open a vowel sound"),
    ]
    fixed, left = fix_text(text, select=["AL027"], unsafe=True)
    assert left == [] and "An open source starter" in fixed and "with a sleek UI" in fixed
    assert fixed.replace("An open", "A open").replace("a sleek", "an sleek") == text


def test_articles_in_linear_time_and_only_before_nouns_session27():
    """The review of the article check: `maps a onto b` uses `a` as a variable (no article goes
    before `onto`); a paragraph may open with `A`; a line of 140 KB with 20,000 articles is read
    once, not once per article (it took 19 s before the line's bounds were kept)."""
    import time

    text = "# T\n\nMaps a onto b and a into c.\n\nA open source thing.\n"
    assert [f.line for f in lint_text(text, select=["AL027"])] == [5]
    long = "- [x](https://a.org) - " + "a open " * 20000
    began = time.process_time()
    assert len(lint_text(long, select=["AL027"])) == 20000
    assert time.process_time() - began < 10  # a bound on hostile input, far above the ~0.5 s it takes


def test_a_small_word_typed_twice_session28(tmp_path):
    # seen on tuning lists (`is a a small`, `aims to to be`, `the the`, `An An ImageNet`); names
    # doubled on purpose (`Chen Chen`), a name then the word (`If and For for React`) stay, and
    # so do words that can be right twice, initials, math and a heading's words (told, not fixed)
    text = ("# Tools\n\n- [ujson](https://e.org/1) - A a small JSON library that aims to to be the the fastest.\n"
            "- [jsx-if](https://e.org/2) - Neater If and For for React JSX, by Chen Chen.\n"
            "- [PASS: An An ImageNet replacement](https://e.org/3) - `the the` in code stays.\n"
            "- [w](https://e.org/4) - All it is is a wrapper; sign in in seconds; by A A Milne; Zhang Wei, An An, Li.\n"
            "- [m](https://e.org/5) - Math $a a$ stays.\n\n## Tools for the the web\n")
    found = [(f.line, f.message, f.fix is not None and f.fix.safe) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "'a' is written twice in a row: delete one", True),
                     (3, "'to' is written twice in a row: delete one", True),
                     (3, "'the' is written twice in a row: delete one", True),
                     (5, "'An' is written twice in a row: delete one", False),
                     (9, "'the' is written twice in a row: delete one", False)]
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    run_cli("--select", "AL027", "--fix", str(path))  # the lower-case ones are safe: applied
    fixed = path.read_text(encoding="utf-8")
    assert "- A small JSON library that aims to be the fastest.\n" in fixed and "[PASS: An An ImageNet" in fixed
    assert "For for React JSX, by Chen Chen." in fixed and "`the the` in code" in fixed
    assert "## Tools for the the web" in fixed
    run_cli("--select", "AL027", "--fix", "--unsafe-fixes", str(path))
    assert "[PASS: An ImageNet replacement]" in path.read_text(encoding="utf-8")


def test_doubled_words_in_linear_time_session28():
    """The review of the doubled-word check: a 200 KB line of 25,000 `the the` is read once
    (its first version found each line's bounds and letters again for every pair: 15 s)."""
    import time

    long = "- [x](https://a.org) - " + "the the " * 25000
    began = time.process_time()
    assert len(lint_text(long, select=["AL027"])) == 25000
    assert time.process_time() - began < 10  # a bound on hostile input, far above the ~0.5 s it takes


def test_a_word_of_grammar_glued_to_a_word_in_prose_session28():
    # set V's time-series and graph lists: `areobtained`, `frameworkwhich`, `thenperforms` pasted
    # from PDFs; the trade's words that begin with a short word stay
    text = ("# T\n\n- [x](https://x.org) - Labels areobtained from a frameworkwhich thenperforms well.\n"
            "- [y](https://y.org) - Image inpainting, onboarding screens, theming and formatters.\n")
    found = [(f.line, f.message) for f in lint_text(text, select=["AL027"])]
    assert found == [  # one pasted line, one slip
        (3, "words run together on this line: 'areobtained' ('are' 'obtained'), 'frameworkwhich' ('framework' "
            "'which'), 'thenperforms' ('then' 'performs'); each lost a space")]
    one = "# T\n\n- [x](https://x.org) - Labels areobtained from it.\n"
    assert [f.message for f in lint_text(one, select=["AL027"])] == [
        "'areobtained' runs two words together: 'are' and 'obtained' lost the space between them"]
    fixed, _ = fix_text(text, select=["AL027"], unsafe=True)
    assert "Labels are obtained from a framework which then performs well." in fixed


def test_the_second_letter_dropped_from_a_long_word_session29():
    # nanahou's list (set W): `## Speech ehancement datasets` where the file writes enhancement 48
    # times; amusi's `famework`, written once, against English; a name (`Cristian`) is not read so
    prose = "".join(f"- [Paper {i}](https://arxiv.org/abs/2101.0000{i}) - speech enhancement with masks\n" for i in range(6))
    text = "# Speech enhancement\n\n" + prose + "\n## Speech ehancement datasets\n\n- a famework for speech enhancement\n"
    found = lint_text(text, select=["AL027"])
    assert [(f.line, f.message.split("'")[1]) for f in found] == [(10, "ehancement"), (12, "famework")]
    names = "# Talks\n\n- A talk by Cristian Smith on speech enhancement\n"
    assert lint_text(names, select=["AL027"]) == []


def test_a_capitalised_name_is_no_second_letter_slip_session29():
    # review: `Cristian` beside a dozen `christian` (the file's word) is a name, not a slip
    prose = "".join(f"- [Item {i}](https://example.org/{i}) - notes on christian art\n" for i in range(12))
    text = "# Art\n\n" + prose + "- [Talk](https://example.org/t) - a talk by Cristian Mora\n"
    assert lint_text(text, select=["AL027"]) == []


def test_a_plural_typo_and_the_last_two_letters_swapped_session30():
    # a point-cloud list's `two stategies` (GCIDE lists `strategy`, not `strategies`) and a medical
    # list's `medicla reports` beside `medical` 87 times; `Alexandre` beside `Alexander` is a name
    text = ("# T\n\nThe registration follows two stategies for matching points.\n\n"
            + "".join(f"- [M{i}](https://example.org/{i}) - medical reports by Ada Smith.\n" for i in range(6))
            + "- [X](https://example.org/x) - medicla reports.\n  - Luo, Zelun and Alahi, Alexandre. *CVPR 2017*\n")
    assert [(f.line, f.message.split(":")[0]) for f in lint_text(text, select=["AL027"])] == [
        (3, "'stategies' looks like 'strategies' with a letter dropped"),
        (11, "'medicla' looks like 'medical' with two letters swapped")]


def test_a_name_before_dataset_is_no_pair_of_words_run_together_session31():
    # a speech-emotion list (set Z): `[MELD: Multimodal EmotionLines Dataset](…)`
    rows = "".join(f"- [Speech Corpus Number {i} for Emotion](https://x.org/{i}) - A corpus.\n" for i in range(6))
    text = "# Data\n\n" + rows + "- [MELD: Multimodal EmotionLines Dataset and More Here](https://affective-meld.github.io/) - A set.\n"
    assert [f for f in lint_text(text, select=["AL027"]) if "EmotionLines" in f.message] == []
    glued = text.replace("EmotionLines Dataset and More Here", "EmotionLines Recognition and More Here")
    assert [f.line for f in lint_text(glued, select=["AL027"]) if "EmotionLines" in f.message] == [9]


def test_a_typo_after_an_inflected_word_is_no_name_session32(tmp_path):
    """Set Z's miss (a speech list): `[Applied Accoustics](…)`: `Applied` is a word's form (GCIDE
    lists `apply`), so the capitalised pair is no person's name and the typo is reported; beside
    a word that is no English word's form (`Bachelar Disseration`) it may be a name, and is not."""
    text = ("# Journals\n\n| Journal | Editor |\n| --- | --- |\n"
            "| [Applied Accoustics](https://www.journals.example/applied-acoustics) | Ann Lee |\n"
            "| [Bachelar Disseration](https://www.journals.example/speech) | Bo Chen |\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL027", str(path))
    assert [(f["line"], f["message"].split(":")[0]) for f in found] == [
        (5, "'Accoustics' looks like 'Acoustics' with a letter too many")]


def test_a_capitalised_pair_in_a_title_in_sentence_case_is_a_name_session33(tmp_path):
    """Set AB's wrong finding (a Rust list): `A Rust SentencePiece implementation` is written in
    sentence case, where only names keep capitals: `SentencePiece` is the tokenizer's name, not
    two words that lost a space. In a title in title case (`Representation Separation for
    SemanticSegmentation with Vision Transformers`) the pair stays a lost space, and so it does
    beside the small words title case keeps in lower case (`… AbstractWorld Models without …`)
    and in a title of capitalised words with one lower-case slip (`… Stateful workloads on …`)."""
    text = ("# Reading\n\n"
            "- [A Rust SentencePiece implementation](https://blog.example.org/2020/sentence) - Rust NLP tales.\n"
            "- [Representation Separation for SemanticSegmentation with Vision Transformers]"
            "(https://arxiv.org/abs/2212.13764) - Paper.\n"
            "- [Learning Temporally AbstractWorld Models without Online Experimentation]"
            "(https://openreview.net/forum?id=YeTYJz7th5) - Paper.\n"
            "- [Kubecon 2019: Running LargeScale Stateful workloads on Kubernetes at Lyft]"
            "(https://www.youtube.com/watch?v=ECeVQoble0g) - Talk.\n")
    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    code, found = run_json("--select", "AL027", str(path))
    assert [(f["line"], f["message"].split(":")[0]) for f in found] == [
        (4, "'SemanticSegmentation' runs two words together"), (5, "'AbstractWorld' runs two words together"),
        (6, "'LargeScale' runs two words together")]


def test_a_headings_slip_and_its_contents_copy_are_one_session35():
    """Set AE's wrong finding (a federated LoRA list): `## Part 2: Heterogenity` and its
    contents entry `[Part 2: Heterogenity](#part-2-heterogenity)` are one slip, pasted from the
    heading: one finding, at the first. Its fix writes the word in both and points the link at
    the new anchor, so the contents still lead to the heading (checked by AL008, and by
    cmark-gfm's rendering of the link)."""
    text = ("# Federated LoRA\n\n## Contents\n\n- [Part 1: Aggregation](#part-1-aggregation)\n"
            "- [Part 2: Heterogenity](#part-2-heterogenity)\n\n## Part 1: Aggregation\n\nPapers.\n\n"
            "## Part 2: Heterogenity\n\nPapers on heterogeneous ranks.\n\nSee [the second part](#part-2-heterogenity).\n")
    found = lint_text(text, select=["AL027"])
    assert [(f.line, f.related) for f in found] == [(6, (12,))]
    assert "one slip" in found[0].message
    fixed = fix_text(text, select=["AL027"], unsafe=True)[0]
    assert fixed == text.replace("Heterogenity", "Heterogeneity").replace("heterogenity", "heterogeneity")
    assert lint_text(fixed, select=["AL008", "AL027"]) == []
    assert 'href="#part-2-heterogeneity"' in render(fixed)
    alone = text.replace("- [Part 2: Heterogenity](#part-2-heterogenity)\n", "")
    found = lint_text(alone, select=["AL027"])
    assert [f.line for f in found] == [11] and "moves them to its new anchor" in found[0].message
    fixed = fix_text(alone, select=["AL027"], unsafe=True)[0]
    assert "[the second part](#part-2-heterogeneity)" in fixed and lint_text(fixed, select=["AL008"]) == []


def test_a_headings_slip_whose_new_anchor_is_not_sure_is_told_not_fixed_session35():
    """The review's cases: `### Benchmakrs` fixed would take `#benchmarks` from another
    section's `### Benchmarks` (whose contents entry would then lead to the wrong one), so the
    slip is told without a fix; a link text that copies a heading is written with it even
    when it is no finding of its own; a heading that links to itself, or a link written in
    another case, gets one fix without overlapping edits."""
    collide = ("# Vision\n\n## Contents\n\n- [Part 1: Images](#part-1-images)\n  - [Benchmakrs](#benchmakrs)\n"
               "- [Part 2: Videos](#part-2-videos)\n  - [Benchmarks](#benchmarks)\n\n## Part 1: Images\n\n"
               "### Benchmakrs\n\n- [ImageNet](https://example.org/imagenet) - Images.\n\n## Part 2: Videos\n\n"
               "### Benchmarks\n\n- [Kinetics](https://example.org/kinetics) - Videos.\n")
    found = lint_text(collide, select=["AL027"])
    assert [f.line for f in found] == [12] and all(f.fix is None for f in found)
    assert fix_text(collide, select=["AL027"], unsafe=True)[0] == collide
    single = ("# Vision\n\n## Contents\n\n- [Benchmakrs](#benchmakrs)\n- [Models](#models)\n\n## Benchmakrs\n\n"
              "- [ImageNet](https://example.org/imagenet) - Images.\n\n## Models\n\n- [ResNet](https://example.org/r) - Nets.\n")
    fixed = fix_text(single, select=["AL027"], unsafe=True)[0]
    assert fixed == single.replace("Benchmakrs", "Benchmarks").replace("benchmakrs", "benchmarks")
    selflink = ("# LoRA\n\n## Contents\n\n- [Part 2: Heterogenity](#Part-2-Heterogenity)\n\n"
                "## [Part 2: Heterogenity](#part-2-heterogenity)\n\nPapers on heterogeneous ranks.\n")
    found = lint_text(selflink, select=["AL027"])
    assert [(f.line, f.related) for f in found] == [(5, (7,))]
    fixed = fix_text(selflink, select=["AL027"], unsafe=True)[0]
    assert fixed == ("# LoRA\n\n## Contents\n\n- [Part 2: Heterogeneity](#part-2-heterogeneity)\n\n"
                     "## [Part 2: Heterogeneity](#part-2-heterogeneity)\n\nPapers on heterogeneous ranks.\n")
    assert lint_text(fixed, select=["AL008", "AL014", "AL027"]) == []


def test_a_typo_in_an_html_links_text_and_of_a_word_of_the_trade_session37():
    """Set AE's misses: `<a href="https://arxiv.org/abs/…">Continous 2D Scanning</a>` (the
    address ended at the quote, not at the next space, so the typo was read as part of it), and
    `Convlutional`, a slip of a word every paper list writes that the English frequency list
    lacks."""
    text = ('# Scans\n\n<p align="center">Figure 9 - <a href="https://arxiv.org/abs/2403.17695">Continous 2D Scanning</a>'
            ', <a href="https://arxiv.org/abs/2403.09338">Local Scan</a></p>\n\n'
            "- [ROCKET](https://github.com/o/rocket) Exceptionally fast classification using random Convlutional kernels.\n")
    found = {(f.line, f.message.split("'")[1]) for f in lint_text(text, select=["AL027"])}
    assert found == {(3, "Continous"), (5, "Convlutional")}
    # the right words themselves are no typos
    right = text.replace("Continous", "Continuous").replace("Convlutional", "Convolutional")
    assert lint_text(right, select=["AL027"]) == []


def test_the_ending_ful_written_as_full_session37():
    """Tuning lists' faults: `usefull`, `Powerfull` (the ending `-ful` typed as the word `full`)
    in descriptions; `full` and `overfull`, words, are not."""
    text = ("# T\n\n- [a](https://github.com/o/a) - A usefull helper for things.\n"
            "- [b](https://github.com/o/b) - Powerfull Data Grid for React.\n"
            "- [c](https://github.com/o/c) - A full stack, never overfull.\n")
    found = [(f.line, f.message.split("'")[1]) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "usefull"), (4, "Powerfull")]


def test_a_trade_word_is_only_a_dropped_or_swapped_letters_reference_session37_review():
    """The review's finding: `compostable` (a word) beside the trade's `composable`, and the
    brand `Plugable` beside `pluggable`, are no typos; `Convlutional` still is."""
    text = ("# T\n\n- [Bin](https://github.com/o/bin) - A compostable packaging tracker.\n"
            "- [Dock](https://github.com/o/dock) - Works with Plugable docking stations.\n")
    assert lint_text(text, select=["AL027"]) == []


def test_a_common_misspelling_on_codespells_list_session38():
    """Typos no one-letter slip explains, each judged a fault on a tuning list: `Offical`,
    `comparasion`, `Initally`. Not a word in capitals (`RE[LAX|BAR|INFORCE]`, a method's name),
    nor a word a PDF's line broke (`represen- tation`), nor `softwares` (a plural some write)."""
    text = ("# T\n\n- [a](https://github.com/o/a) - Offical code; a comparasion of prompts.\n"
            "- [b](https://github.com/o/b) - Initally a fork.\n"
            "- [ReGAN: RE[LAX|BAR|INFORCE] based Generation](https://arxiv.org/abs/1805.02788)\n"
            "- [c](https://github.com/o/c) - a novel represen- tation of graphs, for softwares.\n")
    found = [(f.line, f.message.split("'")[1]) for f in lint_text(text, select=["AL027"])]
    assert found == [(3, "Offical"), (3, "comparasion"), (4, "Initally")]
    fixed = fix_text(text, select=["AL027"], unsafe=True)[0]
    assert "Official code; a comparison of prompts" in fixed and "Initially a fork" in fixed
    assert lint_text(fixed, select=["AL027"]) == []


def test_a_listed_misspelling_inside_the_files_addresses_is_a_name_session38_review():
    """The review's finding: `Nervana's` beside github.com/NervanaSystems is Intel's company, not
    `Nirvana`; `Searchin` is `Search in` with a space lost, not `Searching`."""
    text = ("# T\n\n- [neon](https://github.com/NervanaSystems/neon) - Nervana's Python-based framework.\n"
            "- [DetNAS](https://arxiv.org/abs/1903.10979) - Backbone Searchin Channel-Level.\n")
    assert lint_text(text, select=["AL027"]) == []


def test_a_compound_broken_by_a_space_after_its_hyphen_session38():
    """Set AF's miss: `Multi- Agent Path Finding` (a PDF's line break pasted into a title); not a
    separator after a compound name (`LRF-Net- Learning …`), nor a suspended hyphen (`Multi- and
    Single-Agent`), nor a hyphen outside a title."""
    text = ("# T\n\n- [Multi- Agent Path Finding for Robots](https://arxiv.org/abs/2001.00001)\n"
            "- LRF-Net- Learning Local Reference Frames. [[paper]](https://arxiv.org/abs/2001.00003)\n"
            "- [Multi- and Single-Agent Planning](https://arxiv.org/abs/2001.00004)\n\n"
            "Notes: pre- and post- Training are both read.\n")
    found = lint_text(text, select=["AL027"])
    assert [(f.line, f.message.split(":")[0]) for f in found] == [(3, "'Multi- Agent'")]
    fixed = fix_text(text, select=["AL027"], unsafe=True)[0]
    assert "[Multi-Agent Path Finding for Robots]" in fixed and lint_text(fixed, select=["AL027"]) == []


def test_a_listed_misspelling_of_several_corrections_and_short_names_session38_review():
    """`Interation` where the file writes `Interaction` (codespell offers three words) is told;
    words of five or six letters are not read (the second review: `flate`, `testng`, `iterm` are
    Go's package, a Java framework and a terminal, each a letter from a word), nor a title's
    name before a loose separator (`PointNet- Deep Learning`), while `Multi- Agent` still is."""
    text = ("# T\n\n- [A](https://x.org/a) - Optimized flate, gzip; reports for junit and testng; themes for iterm.\n"
            "- [Interaction Graphs](https://x.org/b) - Interaction models.\n"
            "- [Interation Networks for Physics](https://x.org/c) - Physics.\n"
            "- [PointNet- Deep Learning on Point Sets](https://arxiv.org/abs/1612.00593) - CVPR 2017.\n"
            "- [Multi- Agent Path Finding](https://arxiv.org/abs/2001.00001) - 2020.\n")
    found = [(f.line, f.message.split("'")[1]) for f in lint_text(text, select=["AL027"])]
    assert sorted(found) == [(5, "Interation"), (7, "Multi- Agent")]
