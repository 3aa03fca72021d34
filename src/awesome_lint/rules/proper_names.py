"""AL018 proper-names."""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ..document import Document, github_slug
from ..entries import links_subitem
from ..model import WARNING, Edit, Finding, Fix, InputError
from ..urls import REPO_URL
from ..textutil import CJK, WORD, SpanIndex
from ._table_align import keep_tables_aligned
from .base import FIX_SOMETIMES, Option, Rule
from .quiet import kept_answers

# Characters that make a word part of an identifier, a path, a domain, a handle or a hashtag.
_BEFORE_IDENT = set("./@#:~$\\-_+=")
_AFTER_IDENT = set("-_/@+=\\")
_CODE_SLIPS = 2  # a name misspelt in code spans more often is the file's tag (`Nodejs`)
# the separators of a list of names in one code span (`React 18`, `Javascript + JSDoc`)
_CODE_NAMES = re.compile(r"\s*[+,/&|]\s*|\s+")
_HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.S)
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s", re.M)
# After a lower-case name: the words that make it a program's name (`mysql command-line client`,
# `node binary`, a subcommand: `docker run`); not a bare `client` (`evernote client` is a client of Evernote).
_COMMAND_AFTER = re.compile(r"[ \t]+(?:(?:command|comand)[- ]?line\b|command|cli|binary|executable)s?\b"
                            # or a subcommand: `docker run commands`, `terraform apply`
                            r"|[ \t]+(?:run|build|exec|pull|push|commit|compose|apply|plan|login|inspect|attach)\b(?![ \t]+(?:of|by)\b)",
                            re.I)
# After a lower-case name: the words that make it a package's name (`the socketcan crate`).
_PACKAGE_AFTER = re.compile(r"[ \t]+(?:crate|package|gem|module|library|plugin)s?\b", re.I)
# `the graphql gem`: one package by its name (`the docker plugin` of Jenkins is still Docker's)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_NAMED_PACKAGE = re.compile(r"[ \t]+(?:gem|crate|package)\b", re.I)
# The second half of a compound adjective of prose (`Neo4J-based`, `Pytorch-powered`): the name
# before the hyphen is a name, not part of an identifier such as `pytorch-lightning`
_PROSE_SUFFIX = re.compile(r"(?:based|powered|like|compatible|friendly|native|driven|backed|inspired|"
                           r"specific|centric|oriented|style|enabled|supported|hosted)(?![\w-])", re.I)
# A quotation, usually a paper's title: written as its authors wrote it.
_QUOTED = re.compile(r'"[^"\n]{8,400}"|“[^”\n]{4,400}”')
# A paper's abstract pasted under a `<summary>Abstract</summary>` fold: the authors' words too
_ABSTRACT = re.compile(r"<summary>[ \t]*(?:<b>|<strong>|\*\*)?[ \t]*abstract[ \t]*:?[ \t]*(?:</b>|</strong>|\*\*)?[ \t]*</summary>", re.I)
_ABSTRACT_MAX = 20_000  # characters from the summary to its `</details>`


class Registry:
    """The names, and one case-insensitive pattern of every spelling, built once per option set."""

    def __init__(self, names: dict[str, list[str]]):
        self.canonical: dict[str, str] = {}  # casefolded spelling -> name
        for name, variants in names.items():
            for form in (name, *variants):
                key = form.casefold()
                if key and key not in self.canonical:
                    self.canonical[key] = name
        forms = sorted(self.canonical, key=len, reverse=True)
        self.pattern = _trie_pattern(forms) or _alternation(forms)

    def name_for(self, written: str) -> str | None:
        return self.canonical.get(" ".join(written.split()).casefold())


def _form_pattern(form: str) -> str:
    # a space in a name matches any run of spaces (not a line break: a fix stays on one line)
    return r"[ \t]+".join(re.escape(part) for part in form.split())


def _alternation(forms: list[str]) -> re.Pattern:
    """Every spelling, longest first, as one case-insensitive alternation: the reference
    meaning of the registry's pattern (and the fallback of :func:`_trie_pattern`)."""
    body = "|".join(_form_pattern(f) for f in forms) or r"(?!x)x"
    return re.compile(rf"(?<!{WORD})(?:{body})(?!{WORD})", re.I)


_WS = " "  # the token of a run of spaces or tabs in a form


def _trie_pattern(forms: list[str]) -> re.Pattern | None:
    """The same matches as :func:`_alternation`, written as a trie (``s(?:tack…|qlite|cipy)``)
    behind a look-ahead of the letters a spelling can start with: Python's regex engine tries
    every alternative at every position, so 64 spellings over 5 MB of prose took 1.1 s; the trie
    tries one or two letters where a word starts (0.26 s).

    At any position at most one path of the trie can match (sibling tokens are distinct letters
    that no case folding equates, or a run of spaces), and along it the deepest spelling wins,
    as the longest alternative does. None (use the alternation) for the forms where that
    reasoning does not hold: a form with no word, or with spaces other than single ones, or two
    siblings that the regex engine's case folding equates (``ı`` and ``i``)."""
    root: dict = {}
    for form in forms:
        if not form.split() or " ".join(form.split()) != form:
            return None
        node = root
        for tok in form:
            node = node.setdefault(tok, {})
        node[""] = {}  # a form ends here

    def emit(node: dict) -> str | None:
        alts = []
        for tok, child in node.items():  # insertion order: longer forms first, as in the list
            if tok == "":
                continue
            sub = emit(child)
            if sub is None:
                return None
            alts.append((r"[ \t]+" if tok == _WS else re.escape(tok)) + sub)
        # keys are case-folded, so two ASCII siblings differ in every case; only a non-ASCII
        # one (ı, ſ, K) can equal another under the regex engine's case folding
        toks = [t for t in node if t not in ("", _WS)]
        if all(t.isascii() for t in toks):
            toks = []
        for i, a in enumerate(toks):
            for b in toks[i + 1:]:
                if re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I):
                    return None
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    if not root:
        return None
    body = emit(root)
    if body is None:
        return None
    first = "".join(sorted({re.escape(f[0]) for f in forms}))
    return re.compile(rf"(?<!{WORD})(?=[{first}]){body}(?!{WORD})", re.I)


# Names also written in lower case for the program or package (`pip install flask`, `the redis
# server`): their lower-case form is reported only as a slip, where the file writes the name
# itself at least three times as often; a list that writes `python` throughout keeps its way.
_LOWER_SLIPS = frozenset({"Python", "NumPy", "SciPy", "Metaflow", "LabelMe", "Nipype", "Airbnb", "Netflix", "OCaml", "Redis", "Flask", "Django", "React Native", "CommonJS", "OpenStack", "Keycloak", "Unicode", "JAX", "CocoaPods", "NuGet", "Firebase", "OAuth",
                          "gRPC", "PyPI", "Jupyter", "Keras", "DeepSpeed", "FastAPI", "Kaggle", "Azure", "Xamarin",
                          "Docker", "Kubernetes", "Ansible", "Terraform", "Traefik", "HashiCorp", "WireGuard",
                          "CloudFormation", "Swift", "Vue", "UIKit", "React", "WebSocket", "CouchDB",
                          "RethinkDB", "LevelDB", "InfluxDB", "InfluxData", "ZooKeeper", "ActiveMQ", "OpenShift",
                          "TeamCity", "CircleCI", "GitBook", "uWSGI", "GoCD", "OpenVZ",
                          "TikTok", "MovieLens", "Mattermost", "Datadog", "New Relic", "MuJoCo",
                          "NativeScript", "Mapbox", "IntelliSense", "PgBouncer", "Fluentd", "Datomic", "ResNeXt",
                          "EuroSAT", "HoloLens", "Kotlin", "Prometheus",
                          "ElastiCache", "ESLint", "NestJS", "NetFlow", "PagerDuty", "SaltStack", "RubyCritic",
                          "Socket.IO", "SparkFun", "MLflow", "MLlib", "TRECVID", "Open vSwitch",
                          "Pydantic", "Solr"})
# Apple's names that start in lower case: written in ALL CAPS (`IOS`, `MACOS`) they are a slip
# where the file writes the name itself at least four times as often (else a heading's style, or
# Cisco's IOS)
_CAPS_SLIPS = frozenset({"iOS", "macOS", "iPadOS", "tvOS", "watchOS", "visionOS",
                         "gRPC", "eBPF", "jQuery", "spaCy", "iPhone", "iPad", "iCloud", "edX", "freeCodeCamp"})
# `IOS` is also Cisco's system: Apple's names in capitals are slips only where the file writes
# the name four times as often; the others (`GRPC` beside `gRPC`) three times
_APPLE_CAPS = frozenset({"iOS", "macOS", "iPadOS", "tvOS", "watchOS", "visionOS"})
# Product names of two words whose second word is also plain English (`GitHub actions`, `.NET
# core`, `Docker hub`): any other spelling is reported only as a slip, where the file writes the
# name itself at least four times as often
_SLIPS_ONLY = frozenset({"GitHub Actions", ".NET Core", "Docker Hub"})
# languages (and their peoples) are written with a capital in English; only the lower-case form
# is reported, and a line's are one finding (`support english, chinese, japanese`)
_LANGUAGES = frozenset({"Chinese", "English", "Japanese", "Korean", "French", "German", "Spanish", "Russian",
                        "Portuguese"})
# `react` is also a verb (`components that react to input`): in lower case it names React only
# before a noun of the trade (`a react component`) or after a preposition at the end of a
# phrase (`bindings for react.`)
_REACT_NOUN = re.compile(r"[ \t]+(?:components?|hooks?|apps?|applications?|librar(?:y|ies)|wrappers?|projects?"
                         r"|renderers?|icons?|spinners?|charting|charts?|croppers?|dependencies|web|ui|router"
                         r"|developers?|bindings?|version|port|elements?|props|state|context|frameworks?)\b", re.I)
# (not `gem`, `plugin`, `module`: a lower-case name before them is a package's, `the redis gem`)
_GEM_NOUN = re.compile(r"[ \t]+(?:objects?|services?|code|scripts?|programmers?|programming|projects?|apps?)\b", re.I)
_REACT_AFTER = re.compile(r"(?i)(?:\b(?:for|in|with|using|of|on)[ \t]+)$")
_REACT_END = re.compile(r"[ \t]*(?:[.,;:)!?+/]|$)", re.M)
# Names whose lower-case form is a file's extension or a format's informal name (`json files`):
# only a capitalised form (`Json`) is reported.
# names made of a phrase of the trade: in lower case the phrase (`a linker wrapper that provides
# stack overflow protection`), not the site
_PHRASES = frozenset({"Stack Overflow"})
# the Planetoid graph benchmarks (`Cora, Citeseer, Pubmed`): beside its siblings, `Pubmed` is the
# data set, which its sources (Planetoid, GCN) write so, not the NLM service misspelt
_PLANETOID = re.compile(r"\b(?:Citeseer|CiteSeer|Cora)\b")
# the OGB and other graph benchmarks a data set column names beside `Arxiv` (ogbn-arxiv, the
# citation graph): in a comma list among them it is the data set, not the preprint server
_GRAPH_DATA = re.compile(r"\b(?:Citeseer|CiteSeer|Cora|Pubmed|PubMed|Reddit|Products|Co-?author(?:-\w+)?|Amazon-(?:Computers?|Photo)|ogbn-\w+|OGB)\b")
_NEVER_LOWER = frozenset({"JSON", "ASP.NET", "ECharts"})
_CJK = re.compile(CJK)


def _load_builtin() -> dict[str, list[str]]:
    from ..datafiles import load

    data = load("proper_names")  # data/proper_names.yaml, read from its JSON twin
    return {str(k): [str(v) for v in (vals or [])] for k, vals in (data or {}).items()}


_BUILTIN: dict[str, list[str]] | None = None


@lru_cache(maxsize=16)
def registry(extra: tuple[tuple[str, tuple[str, ...]], ...] = (), ignore: tuple[str, ...] = ()) -> Registry:
    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = _load_builtin()
    names = {k: list(v) for k, v in _BUILTIN.items()}
    for name, variants in extra:
        names.setdefault(name, [])
        names[name].extend(variants)
    dropped = {n.casefold() for n in ignore}
    names = {k: v for k, v in names.items() if k.casefold() not in dropped}
    return Registry(names)


class ProperNames(Rule):
    """
    ## What it does

    Reports a well-known name written in a wrong case or form: `Github` for GitHub,
    `Javascript` for JavaScript, `Pytorch` for PyTorch, `Tensorflow` for TensorFlow,
    `Huggingface` for Hugging Face, `Openai` for OpenAI, `Macos` for macOS, `Postgresql` for
    PostgreSQL, and venues' own names (`Arxiv`, `Neurips`) outside venue tags. The names come
    from a registry kept as data (`awesome_lint/data/proper_names.yaml`), which the options
    extend or trim.

    Only prose is read: never URLs or link targets, an image's alt text (`![Wechat](…badge…)`
    is not shown on the page), inline code, code blocks, HTML (tags,
    attributes, HTML blocks, comments), reference definitions, or a venue's name in a venue tag
    (`[2023 Neurips]` is AL005's; `[2023 Github]` is read). Entry titles of three words or more
    (but for the labels of a sub-item that holds only links, `- [[Python Tensorflow]](…)`
    under a bold name; in a citation, `Authors, "Title", Venue`, only the quoted title) and
    quoted text, with an abstract folded under `<summary>Abstract</summary>`, are left as
    their authors wrote them (a paper called
    "Chatgpt goes to law school" keeps its title), except a title that labels a link to a code
    repository and is not the repository's name (`[RNN anomaly detector in Pytorch](https://github.com/…)`
    is the list's own words about the code; a name in lower case there is a noun and left alone), and except where the same line writes the name
    right in another case: `[Mesh Tensorflow](…) - Mesh TensorFlow: …` tells how the entry
    spells it. A link label that writes its GitHub or GitLab repository's name exactly as the repository does
    (`[[Nanoflow]](https://github.com/efeslab/Nanoflow)`) keeps that spelling. A link label that is only the name is
    reported when it is capitalised wrongly (`[[Github]](...)`), not when it is all lower case
    (`[github]` beside `[paper]` and `[code]` is a label style). A name in ALL CAPS is left alone
    (but `IOS`, `MACOS` and Apple's other lower-case-first names, a slip where the file writes the
    name itself at least four times as often, and `GRPC`, `EBPF`, `JQUERY`, `SPACY` and the other
    lower-case-first names, where it writes the name three times as often), and so
    is a word joined to another by `-`, `_`, `.`, `/`, `@` or `#`: `github-actions`,
    `pytorch_lightning`, `github.io`, `@github`, `#pytorch` (a slash between capitalised words
    is prose: `HTML/PDF/Powerpoint` is checked); an all-lower-case label naming the package its
    link points to (`[sqlite](https://pkg.go.dev/modernc.org/sqlite)`) too, and an
    all-lower-case name followed by `command`, `command-line`, `CLI`, `binary` or
    `executable`, which names the program (`the mysql command-line client`), or by a
    subcommand (`docker run`, `terraform apply`); nor the key of a reference link
    (`[Kubernetes][kubernetes]`), nor a name that in lower case is a phrase of the trade
    (`stack overflow protection`), nor `Pubmed` beside `Cora` or `Citeseer` (the graph benchmark,
    which its sources write so), nor `Arxiv` in a comma list among graph benchmarks
    (`Coauthor-CS, Arxiv, Reddit, Products`: the OGB data set), nor a field's label at an item's start (`- arxiv: <url>`,
    `- github(Keras): <url>`: the list's label style), nor one package by its name (`for the
    graphql gem`, `the redis crate`; `a ruby gem` is still the language).

    The file's own names count too: a name written at least twice with capitals inside it
    (`ChatGLM`, `PubMed`, `ByteDance`) and elsewhere with fewer (`chatglm`, `Pubmed`) is
    reported where the file writes it its own way at least two times more often than the
    other (an entry's bold name, a title in a link or in bold of three words or more, and a lower-case
    name before `crate`, `package` or `library` are left alone), and wherever the same line
    writes it the file's way outside a link's title (`[MetaScala: A Tiny DIY JVM](…) -
    Metascala is …` and `[k8sp/graphviz](…) - graphviz is …` keep the project's own spelling, and
    `[Java](…) - graph manipulation in java` among items that all write their names so keeps
    the group's), titles included: `**PubMedQA**: Pubmedqa: A dataset …` is a
    title pasted from a citation that lost its capitals. A name written two humped ways counts
    only when one spelling is at least 8 times as common as the others together: then the
    rare one is a slip (`LLaMa` beside `LLaMA` 35 times), even where the name is also a word; a
    spelling with the shift key held a letter too long (`ESlint` beside `ESLint` 37 times) counts
    among them, though it is never a name of its own (`MRuby` is no reason to write `mruby` so).
    So does a capitalised name the file writes inside its sentences (after two lower-case words
    and before another or a mark: `runs on Linux and`) at least four times, in lower case at most
    a third as often, that is no English word nor ends like one (`-tion`, `-ance`, `-ics`):
    `cross-platform for windows and linux` is a slip where the file writes `Linux` 26 times. A
    name that is also an English word (`Ruby`, `Rails`, `Elixir`) is told in lower case only
    where it names the product: before a noun of the trade (`chain ruby services`, `for rails
    projects`) or closing a phrase after a preposition (`written in elixir.`).
    A Title Case title's words (`Adversarial`, `Video`) are not counted. So does an acronym the
    file writes in capitals five times or more and capitalised like a word once or twice (`Svg
    react icons` where the file writes `SVG` seven times, `Cli tool`): the capitalised form is
    the slip, unless it is an English word (`Radius`, `Jar`); the acronym in lower case (`svg`)
    is an extension or a package's name as often, and is not read.

    A name joined by a hyphen to a word of prose (`Neo4J-based`, `Pytorch-powered`), or to the
    words of a link label that name kinds of links (`[[Code-Pytorch]](…)`,
    `[[Code-Unofficial-Pytorch]](…)`), is read as a word too. An entry whose "title" is a few
    plain words ending in `:` before its links (`- Huggingface resources: [A](…)`) is the
    list's own lead-in, read as prose. A lower-case name alone in emphasis on its line
    (`*huggingface*` in a byline under an entry) is an account's handle and is left alone.

    Text in a script without spaces (Chinese, Japanese, Korean) bounds a Latin name as spaces
    do: `在Huggingface榜单` and `基于LLaMa的` are read.

    Code is read only where an inline code span in the description of a list item that opens
    with its link sets a name on its own or in a list of names (`` `Eslint` ``, `` `Javascript +
    JSDoc` ``) with a capital: the span marks a tool's name, while a package id or a command is
    all lower case (`` `eslint` ``); in prose, a table or a page about spelling, a code span
    quotes a word (`` `Github` for GitHub ``). Such a finding has no
    fix (code is never edited), and only where the file writes the name right somewhere, its
    prose does not write it the same wrong way (then the prose finding speaks), and code spans
    write it so twice at most: a spelling used in code spans again and again (`` `Nodejs` `` on
    every platform tag) is the file's tag vocabulary.

    `JSON` and `ASP.NET` are reported when capitalised otherwise (`Json`, `Asp.Net`), never in
    lower case (`json files`, `asp.net`: a file's extension, a site). Names that also name a
    program or package in lower case (Python, NumPy, SciPy, Redis, Flask, Django, React Native, CommonJS, OpenStack, Keycloak, Unicode, JAX, Keras, PyPI, gRPC,
    NuGet, CocoaPods, Jupyter, Docker, Kubernetes, Ansible, ...) are reported in lower case only as slips, one
    finding a line: where the file writes the name itself at least
    three times as often, and not in Chinese or Japanese prose (`用python写的`), where a
    lower-case Latin name is a common way to write it.
    Lower-case `react` is read as React only before a noun of the trade (`a react
    component`) or after a preposition closing a phrase (`bindings for react.`), never as the
    verb (`buttons that react to touch`); `ReAct`, the agent method, is not React misspelt.
    Product names whose second word is plain English (`GitHub actions`, `.NET core`, `Docker
    hub`) are reported only as slips, where the file writes the name four times as often.
    Languages (Chinese, English, Japanese, Korean, French, German, Spanish, Russian,
    Portuguese) are reported in lower case only (`support english, chinese`), one finding a
    line that names them all; not in an identifier (`transformer-xl-chinese`) nor in a word of
    odd capitals that spells out a backronym (`chineSE`).

    In a table row, a name the title cell writes with capitals inside it (`SegFormer`,
    `MaX-DeepLab`) and another cell writes with fewer (`Segformer`, `SegNext`, `Max-Deeplab`) is reported
    too, with the title's spelling (an unsafe fix: the title could be the wrong one); not in a
    link whose label is a title of its own (`[Llama 2: Open Foundation and …](…)` beside `LLaMA 2`).

    A paper's title pasted in sentence case from a citation (most of its words after the first
    in lower case, beside a link to a paper) loses the capitals of the names in it: `Lite detr:
    an interleaved encoder for efficient detr`, `human-level performance on imagenet`. A word of
    such a title written in lower case, or with only its first letter a capital, is reported
    where the registry names it or where the file writes it, and only so, in capitals at least
    five times (`DETR`) or with capitals inside at least three times (`PixelCNN`); not an
    English word (`clip`), nor a word the file writes plainly more often than with capitals
    (`multimodal` in a list that writes `MultiModal` in three titles and `multimodal` in its
    prose), nor a word joined by a hyphen to another (`OLMo-Bitnet`), nor a
    quotation. One finding per title, whose unsafe fix writes every lowered name in it. A
    title's method name with only its first letter a capital (`Featureflow: Robust Video …`)
    is reported where the file lists the same paper again (the next words alike) under the
    name with capitals (`FeatureFlow: Robust Video …`): a title-casing tool lowered it. Another
    paper's name (`Difformer` beside `DIFFormer`) and an English word are left alone. It is also reported
    in a table row whose name cell writes the name with capitals (`|GPT-GNN|[Gpt-gnn: Generative
    pre-training of graph neural networks](…)|`) when the rest of the title lost its capitals
    too (`Valley: Video Assistant with Large …` beside `VALLEY` is the authors' spelling); the
    fix writes the cell's form when it differs only in case (`Graph-bert` beside `GraphBert`
    is told, not fixed).

    ## Why it matters

    A list is read by people who know these names; `Github` and `Pytorch` look careless, and a
    list that spells one name three ways cannot be searched for it reliably. The Awesome index's
    own linter asks for the same.

    ## Example

    ```markdown
    - [Torchvision](https://github.com/pytorch/vision) - Datasets and models for Pytorch, on Github.
    ```

    Use instead:

    ```markdown
    - [Torchvision](https://github.com/pytorch/vision) - Datasets and models for PyTorch, on GitHub.
    ```

    ## Fix safety

    A misspelling repeated more than `max-per-form` times in a file, or the only way the file
    ever writes the name (a house habit: `Huggingface` in all five places; a link's address, a
    pasted badge's `https://GitHub.com/…`, writes no name), is reported once, at
    its first place, with a fix for every place, so that a list consistent in its own spelling
    is not flooded; slips among many right spellings (`ArXiv` 6 times beside `arXiv` 168 times)
    are reported where they are, as is a misspelling the file writes less often than the
    name itself (`Github` 107 times beside `GitHub` 115 times).

    Safe: the fix replaces the word with the registry's spelling and touches nothing else. In a
    heading the fix is offered only when the heading's anchor stays the same (`Github` to
    `GitHub`, not `Huggingface` to `Hugging Face`), so in-page links keep working. In a table
    whose pipes are aligned, a spelling of another length is padded within its cell (spaces
    before the closing pipe) so the pipes stay in line; where the cell has no room, the column
    would have to widen in every row, and the fix is unsafe. The fix to the file's own spelling
    of a name is unsafe: it follows the file's majority, which could be the wrong one.
    """

    code = "AL018"
    name = "proper-names"
    summary = "A well-known name is misspelt (`Github`, `Pytorch`)"
    severity = WARNING
    fix_availability = FIX_SOMETIMES
    tags = ("spelling",)
    defers_to = ("AL005",)  # a venue's name (`Arxiv 2023.` after a title) is the venue tag's, AL005's
    options = {
        "names": Option((list, dict), [], "names to add: a list of names, or a mapping of each name to "
                        "other spellings to catch (`{Weights & Biases: [WandB]}`)", items=Option(str),
                        values=Option((list, type(None)), items=Option(str), expect="a list of spellings")),
        "ignore": Option(list, [], "names of the registry not to check", items=Option(str)),
        "max-per-form": Option(int, 5, "a misspelling written more often than this in one file is "
                               "reported once, at its first place, with a fix for every place "
                               "(a list that writes `Arxiv` 1,000 times gets one finding, not 1,000)", ge=1,
                               le=1_000_000),
    }

    def _registry(self) -> Registry:
        extra = self.opts.names
        if isinstance(extra, dict):
            pairs = tuple((str(k), tuple(str(x) for x in (v or []))) for k, v in extra.items())
        else:
            pairs = tuple((str(k), ()) for k in extra)
        for name, _ in pairs:
            if not name.strip():
                raise InputError("AL018.names: a name is empty")
        return registry(pairs, tuple(str(x) for x in self.opts.ignore))

    def check(self, doc: Document) -> Iterator[Finding]:
        by_form: dict[tuple[str, bool], list[Finding]] = {}  # (message, in a code span) -> findings
        reg = self._registry()
        skips: list[_Skipper] = []

        def skip() -> _Skipper:  # the document's prose map, built once, on first need
            if not skips:
                skips.append(_Skipper(doc))
            return skips[0]

        candidates = self._candidates(reg, doc)
        named = list(self._check(doc, candidates, skip=skip() if candidates else None))
        names = {f.message: name for name, f in named}  # a registry finding's message -> its name
        found = [f for _, f in named]
        if candidates:
            found.extend(self._paired(doc, candidates, skip, {(f.line, f.column) for f in found}))
        taken = {(f.line, f.column) for f in found}  # a registry name keeps its own finding
        local = list(_local_variants(self, doc, reg, skip))
        found.extend(f for f in local if (f.line, f.column) not in taken)
        taken.update((f.line, f.column) for f in local)
        titled = list(_title_variants(self, doc))
        found.extend(f for f in titled if (f.line, f.column) not in taken)
        taken.update((f.line, f.column) for f in titled)
        lowered = [f for f in _lowered_titles(self, doc, reg) if (f.line, f.column) not in taken]
        taken.update((f.line, f.column) for f in lowered)
        lowered.extend(f for f in _lowered_names(self, doc) if (f.line, f.column) not in taken)
        if found:
            labels = sorted((k.label_start, k.label_end, k.url) for k in doc.links if k.label_end > k.label_start)
            found = [f for f in found if not _names_its_repository(doc, labels, f)]
        in_code: set[int] = set()
        for f in found:  # a name in a code span (`Eslint`) is told, but code is never edited
            if doc.in_code(doc.line_starts[f.line - 1] + f.column - 1):
                f.fix = None
                in_code.add(id(f))
        keep_tables_aligned(doc, found)
        for f in found:
            by_form.setdefault((f.message, id(f) in in_code), []).append(f)
        cap = self.opts.max_per_form
        rights: dict[str, int] = {}  # how often the file writes a name right, counted once per name
        addresses: str | None = None  # the links' addresses, read once where a habit needs them
        languages: list[Finding] = []  # languages in lower case: those of a line are one finding
        for (message, coded), found in by_form.items():
            name = names.get(message)
            # a habit: the only way the file writes a registry name is this one (`Huggingface`
            # in all five places): one decision for the maintainer, one finding
            registry_name = name is not None
            if registry_name and name not in rights and (len(found) > 1 or name in _LOWER_SLIPS | _CAPS_SLIPS
                                                         | _SLIPS_ONLY):
                rights[name] = doc.text.count(name)
            right = rights[name] if registry_name and len(found) > 1 else 0
            if name == "React" and not message.endswith("not 'react'"):
                continue  # `ReAct` is an agent method (Reason + Act), not the library misspelt
            if name in _LANGUAGES:
                if message.endswith(f"not {name.lower()!r}"):  # `chineSE` spells out a backronym
                    languages.extend(found)
                continue
            if name in _SLIPS_ONLY and _first_word_right(name, message):
                if rights[name] >= 4 * len(found):
                    yield from _one_per_line(found)
                continue  # `GitHub actions` as often as not: the file's way of writing it
            if name in _LOWER_SLIPS and found[0].message.endswith(f"not {name.lower()!r}"):
                # in Chinese or Japanese prose a lower-case Latin name is a common way to write it
                found = [f for f in found if not _CJK.search(doc.line_text(f.line))]
                if name == "React":
                    found = [f for f in found if _names_react(doc, f)]
                if not found or rights[name] < 3 * len(found):
                    continue  # `python` is this file's way (or the program's): only slips are reported
            if name in _CAPS_SLIPS and found[0].message.endswith(f"not {name.upper()!r}"):
                if rights[name] < (4 if name in _APPLE_CAPS else 3) * len(found):
                    continue  # `IOS` as often as `iOS`: a style, or another IOS
                yield from _one_per_line(found)
                continue
            if coded:
                # no fix to share; where prose writes the name so too, its findings speak for it;
                # a registry name the file never writes right is the file's tag (`` `Nodejs` ``
                # on every platform tag), told only in prose
                if (message, False) not in by_form and (not registry_name or name in doc.text) \
                        and len(found) <= _CODE_SLIPS:
                    yield from _one_per_line(found)
                continue
            # (written right only in a link's address, `https://GitHub.com/Naereen/…` in a pasted
            # badge, the name is still never written right)
            if len(found) > 1 and registry_name and right and addresses is None:
                addresses = _addresses(doc)  # (built once, for the first name a file writes right)
            habit = len(found) > 1 and registry_name and (not right or right <= addresses.count(name))
            # slips among a file's right spellings (`ArXiv` 6 times beside `arXiv` 168) are each a
            # slip: reported where they are, whatever their number
            slips = registry_name and (right > 2 * len(found) or right > _written_count(doc, found[0]))
            if (len(found) <= cap or slips) and not habit:
                yield from _one_per_line(found)
                continue
            edits = tuple(e for f in found if f.fix is not None for e in f.fix.edits)
            first = found[0]
            if habit:
                first.message = (f"{message} ({len(found)} times in this file, which never writes {name!r}; "
                                 "the fix writes every one)")
            else:
                first.message = f"{message} ({len(found)} times in this file; the fix writes every one)"
            safe = all(f.fix.safe for f in found if f.fix is not None)
            first.fix = Fix(edits, safe=safe, description=first.fix.description if first.fix else "") if edits else None
            yield first
        yield from _languages_by_line(languages)
        yield from lowered  # one per title: each title is a paste of its own

    def _paired(self, doc: Document, candidates, skip, taken: set[tuple[int, int]]) -> Iterator[Finding]:
        """A registry name in a title (left alone as its authors' spelling) written in
        another case where the same line writes it right: `[Mesh Tensorflow](…) - Mesh
        TensorFlow: model parallelism`. The entry itself says how the name is written; its
        title lost the capitals."""
        text = doc.text
        paired = []
        for c in candidates:
            start, _, written, name = c
            if written.casefold() != name.casefold():
                continue  # `[HuggingFace Course]` beside `Hugging Face`: a title may join words its own way
            line = doc.position(start)[0]
            ls, le = doc.line_starts[line - 1], doc.line_end(line)
            if re.search(rf"(?<![\w/.#@-]){re.escape(name)}(?![\w])", text[ls:le]):
                paired.append(c)
        if not paired:
            return

        def entry_says(name: str, written: str) -> str:
            return f"write {name!r} as the same entry does, not {written!r}"

        for _, f in self._check(doc, paired, skip=skip().reading_titles(), say=entry_says):
            if (f.line, f.column) not in taken:
                yield f

    def _candidates(self, reg: Registry, doc: Document) -> list[tuple[int, int, str, str]]:
        """(start, end, written, name) of every misspelling the registry's pattern finds, not
        part of an identifier. No spelling spans a line break (a space in a name is ``[ \t]+``)
        and the look-arounds and :func:`_identifier` see at most the line's own break, so each
        line's are worked out from its text alone: kept by the line's text for the next version
        (the server's next keystroke matches one line again, not the whole file)."""
        kept = kept_answers(self)
        if self.__dict__.get("_kept_registry") is not reg:
            kept.previous = {}  # other options, other pattern: nothing kept is valid
            self._kept_registry = reg
        text = doc.text
        starts = doc.line_starts
        n = len(text)
        out: list[tuple[int, int, str, str]] = []
        verdicts: dict[str, str | None] = {}  # spelling -> the name to write, None if fine
        finditer = reg.pattern.finditer
        for i, ls in enumerate(starts):
            le = starts[i + 1] if i + 1 < len(starts) else n
            key = (text[ls:le], ls == 0)
            found = kept.get(key)
            if found is None:
                found = []
                for m in finditer(text, ls, le):
                    written = m.group()
                    if written in verdicts:
                        name = verdicts[written]
                    else:
                        name = reg.name_for(written)
                        if name is not None and (written == name or written.isupper() and written != written.lower()
                                                 and name not in _CAPS_SLIPS
                                                 or name in _NEVER_LOWER and written.islower()):
                            name = None  # right already; or ALL CAPS, a style, not a misspelling
                        verdicts[written] = name
                    if name is None:
                        continue
                    start, end = m.start(), m.end()
                    if _identifier(text, start, end, written == written.lower()):
                        continue
                    found.append((start - ls, end - ls, written, name))
                found = tuple(found)
                kept.put(key, found)
            for a, b, written, name in found:
                out.append((ls + a, ls + b, written, name))
        return out

    def _check(self, doc: Document, candidates: list[tuple[int, int, str, str]], skip: _Skipper | None = None,
               say: Callable[[str, str], str] | None = None) -> Iterator[tuple[str, Finding]]:
        """(name, finding) for the candidates (start, end, written, name) that stand in prose;
        with ``say`` (the message for a name and its spelling), the names are the file's own
        (:mod:`._local_names`): the fix is the file's majority spelling, so it is unsafe."""
        text = doc.text
        # cheap tests first, on every match (most are right already, or part of a URL); the
        # document's prose map (_Skipper) is built only when a candidate is left
        if not candidates:
            return
        skip = skip or _Skipper(doc)
        for start, end, written, name in candidates:
            lower = written == written.lower()
            if skip.skipped(start, end):
                continue
            if start in skip.tags and _venue(name):
                continue  # a venue's name in a venue tag is AL005's (`[2023 Neurips]`); `[2023 Github]` is ours
            if lower and start in skip.described:
                continue  # `scanner for your docker images` in a repository's label: a common noun
            if lower and _COMMAND_AFTER.match(text, end):
                continue  # `the mysql command-line client`: the program's name, lower case on purpose
            if lower and _NAMED_PACKAGE.match(text, end) and _THE_BEFORE.search(text, max(0, start - 8), start):
                continue  # `for the graphql gem`: one package, by its name (`a ruby gem` is the language)
            if lower and name in _PHRASES:
                continue  # `stack overflow protection`: the phrase the site is named after
            if written == "Pubmed" and _PLANETOID.search(text, max(0, start - 300), end + 300):
                continue  # `Cora, Citeseer, Pubmed`: the graph benchmark, named so by its sources
            if written == "Arxiv" and _data_set_among(text, start, end):
                continue  # `Coauthor-CS, Arxiv, Reddit, Products`: the OGB data set
            if lower and _byline(doc, start, end):
                continue  # `*huggingface* \` under an entry: the account that made it, by its handle
            if lower and _FIELD_LABEL.match(text, end) and _ITEM_START.search(text, max(0, start - 12), start):
                continue  # `- arxiv: <https://…>` beside `- github:`, `- slides:`: a field's label, a label style
            link = skip.label_at(start, end)
            ref_label = link is not None and link.kind == "reference"  # the label may be the key
            if link is not None:
                label = link.label.strip().strip("[]*_` ").strip()
                if label.casefold() == written.casefold() and lower:
                    continue  # `[github]` beside `[paper]`, `[code]`: a label style, not a misspelling
                if lower and written in link.url.lower():
                    continue  # `[sqlite](https://pkg.go.dev/modernc.org/sqlite)`: the package's name
            line, col = doc.position(start)
            heading = skip.heading_at(line)
            fix = Fix((Edit(start, end, name),), safe=say is None, description=f"write {name}")
            if heading and github_slug(written) != github_slug(name):
                fix = None
            if ref_label:
                fix = None  # `[Huggingface hub]` may be the key of its definition: renaming breaks the link
            message = say(name, written) if say is not None else f"write {name!r}, not {written!r}"
            yield name, self.finding(message, line, col, line, col + len(written), fix=fix)


def _data_set_among(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end is an item of a comma list (its line, or its table cell)
    whose other items, names of three words at most, name two graph benchmarks (a paper
    table's data set column: `Coauthor-CS, Arxiv, Reddit, Products`)."""
    ls = max(text.rfind("\n", 0, start), text.rfind("|", 0, start)) + 1
    ends = [k for k in (text.find("\n", end), text.find("|", end)) if k >= 0]
    le = min(ends) if ends else len(text)
    items = [x.strip(" \t.;()") for x in text[ls:le].split(",")]
    word = text[start:end]
    if word not in items:
        return False  # not an item of its own (`Arxiv 2021`, `Products on Arxiv`)
    names = [x for x in items if x and x != word and len(x.split()) <= 3]
    return sum(1 for x in names if _GRAPH_DATA.match(x)) >= 2


# a field's label at an item's start (`- arxiv: <https://…>`, `- github(Keras):`)
_FIELD_LABEL = re.compile(r"(?:\([^()\n]{1,20}\))?[ \t]*[:：]")
_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\Z")


# a word whose capitals come after a lower-case start of two letters or more (`toKenizER`,
# `whyNot`): a backronym's spelling or a variable, not a name to write the plain word as
_ODD_CAPS = re.compile(r"[a-z]{2,}[A-Z]")


def _local_variants(rule: ProperNames, doc: Document, reg: Registry, skip) -> Iterator[Finding]:
    """A name the file writes with capitals inside (`ChatGLM`, twice at least) written once
    with fewer (`chatglm`, `Chatglm`): reported while the slips stay fewer than the name's own
    spellings, so a file that mostly writes `Pubmed` is not told to follow its one `PubMed`."""
    from ._local_names import acronym_names, common_word, local_names, plain_names

    text = doc.text
    rivals: set[str] = set()  # humped spellings the file's own outvotes (`LLaMa` beside 68 `LLaMA`)
    known = set(reg.canonical)
    counts = local_names(text, known, rivals)
    counts.update(plain_names(text, known | {n.casefold() for n in counts}))
    acronyms = acronym_names(text, known | {n.casefold() for n in counts})
    counts.update(acronyms)
    if not counts:
        return
    local = Registry({name: [] for name in counts})
    candidates = []
    paired = []  # slips on a line that also writes the name the file's way
    labels = _Labels(doc)
    siblings: dict[int, bool] = {}  # line -> whether its neighbours write their names in lower case
    words: dict[str, bool] = {}
    for m in local.pattern.finditer(text):
        written = m.group()
        name = local.name_for(written)
        if name is None or written == name:
            continue
        if written not in rivals and (written.isupper() or _upper_inside(written)
                                      or sum(c.isupper() for c in written) >= sum(c.isupper() for c in name)):
            continue
        if written.islower() and _ODD_CAPS.match(name):
            continue  # `toKenizER` spells out a backronym: `tokenizer` beside it is the plain word
        if name in acronyms and not (written[:1].isupper() and written[1:].islower()):
            continue  # only `Svg` for the file's `SVG`: `svg` is an extension or a package as often
        if name not in words:
            words[name] = common_word(name)
        start, end = m.span()
        if words[name] and written not in rivals and not (written.islower() and _names_product(text, start, end)):
            continue  # `DataSets` in a heading is no name to impose on `datasets` (but `LLaMa` is no word)
        if text[max(0, start - 2):start] in ("**", "__"):
            continue  # `**Depthformer**: "Depthformer: …"`: an entry's name, as its authors write it
        if written == written.lower() and _PACKAGE_AFTER.match(text, end):
            continue  # `the socketcan crate`: a package's name, lower case on purpose
        if written[0].isupper() and (_in_long_label(labels, start) or _in_bold_title(text, start)):
            continue  # `[Ford Campus Vision and Lidar Data Set](…)`, `**Resnet in Resnet: …**`: a work's title
        if not _identifier(text, start, end, written == written.lower()):
            line = doc.position(start)[0]
            ls, le = doc.line_starts[line - 1], doc.line_end(line)
            if f"[{written}]" in text[ls:le] or f"/{written}]" in text[ls:le]:
                continue  # `[Bloc](…) … the BLoC pattern`, `[k8sp/graphviz](…) - graphviz is …`: a project's own name
            if written.islower() and _siblings_lower(doc, line, siblings):
                continue  # `[Java](…) - graph manipulation in java` among `[Perl](…) - … in perl`: the group's style
            spelt = [ls + b.start() for b in re.finditer(rf"(?<![\w/.#@-]){re.escape(name)}(?![\w])", text[ls:le])]
            if spelt and all(_in_long_label(labels, at) for at in spelt) and not _in_long_label(labels, start):
                continue  # `[MetaScala: A Tiny DIY JVM](…) - Metascala is …`: a talk's title beside the project's own spelling
            (paired if spelt else candidates).append((start, end, written, name))
    found: dict[str, list[Finding]] = {}

    def file_says(name: str, written: str) -> str:
        return f"write {name!r} as this file does {counts[name]} times, not {written!r}"

    for name, f in rule._check(doc, candidates, skip=skip() if candidates else None, say=file_says):
        found.setdefault(name, []).append(f)
    for name, fs in found.items():
        if counts[name] >= len(fs) + 2:  # the file's spelling more often than its slips, by two
            yield from fs
    if paired:  # `**PubMedQA**: Pubmedqa: A dataset …`: the entry names it, its pasted title lost the capitals
        def entry_says(name: str, written: str) -> str:
            return f"write {name!r} as the same entry does, not {written!r}"

        yield from (f for _, f in rule._check(doc, paired, skip=skip().reading_titles(), say=entry_says))


_OWN_LABEL = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[([A-Z][A-Za-z]+)\]\([^()\s]*\)")


def _siblings_lower(doc: Document, line: int, memo: dict[int, bool]) -> bool:
    """Whether two items near ``line`` (four lines either way) also write their own one-word
    name, their label, in lower case in the 200 characters after their link (`- [Perl](…) -
    graph manipulation in perl`): a group that writes names so, where one of them is no slip.
    Answered once per line (``memo``)."""
    if line in memo:
        return memo[line]
    text = doc.text
    n = 0
    for other in range(max(1, line - 4), min(len(doc.line_starts), line + 4) + 1):
        if other == line:
            continue
        ls, le = doc.line_starts[other - 1], doc.line_end(other)
        m = _OWN_LABEL.match(text, ls, min(le, ls + 400))
        if m and re.search(rf"(?<![\w/.#@=-]){m.group(1).lower()}(?![\w])", text[m.end():min(le, m.end() + 200)]):
            n += 1
    memo[line] = n >= 2
    return memo[line]


class _Labels:
    """The labels of a document's links, sorted by start, for :func:`_in_long_label`: built on
    first need (most files have no slip of their own names)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.spans: list[tuple[int, int]] | None = None
        self.starts: list[int] = []

    def at(self, pos: int) -> tuple[int, int] | None:
        if self.spans is None:
            self.spans = sorted((k.label_start, k.label_end) for k in self.doc.links if k.label_end > k.label_start)
            self.starts = [a for a, _ in self.spans]
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and pos - self.spans[i][0] <= 2000:  # labels nest: look back a little
            a, b = self.spans[i]
            if a <= pos < b:
                return a, b
            i -= 1
        return None


def _in_bold_title(text: str, pos: int) -> bool:
    """``pos`` lies in a bold run of three words or more on its line (`**Resnet in Resnet:
    Generalizing Residual Architectures**`): a paper's title, cased by its authors."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls:le if le >= 0 else len(text)]
    return any(b.start() <= pos - ls < b.end() and len(b.group(1).split()) >= 3
               for b in re.finditer(r"\*\*([^*\n]{1,400})\*\*", line[:4000]))


def _in_long_label(labels: _Labels, pos: int) -> bool:
    """``pos`` lies in the label of a link of three words or more: a title, cased by its authors."""
    span = labels.at(pos)
    return span is not None and len(labels.doc.text[span[0]:span[1]].split()) >= 3


def _title_variants(rule: Rule, doc: Document) -> Iterator[Finding]:
    """A name a table row's title writes with capitals inside it (`SegFormer`, `MaX-DeepLab`)
    written in another cell of the row with fewer of them (`Segformer`, `Max-Deeplab`): the
    title is the paper's, the other copy lost its capitals. Rows only: in an item the title is
    the project's own name and a description may name the program (`zlib`) or another thing
    (`Chrome's Trex game`); on the tuning lists items gave 1 right and 3 wrong."""
    text = doc.text
    for e in doc.entries:
        ts, te = e.title_start, e.title_end
        if e.kind != "row" or ts is None or te is None or te - ts < 4:
            continue  # a table row: its name cell and its title cell name one paper
        names = {}
        for m in _CAMEL.finditer(text, ts, te):
            w = m.group()
            if not w[1:].islower() and _upper_inside(w):  # `Title` and `the` have no capital inside
                names.setdefault(_fold(w), w)
        if not names:
            continue
        rest = _fold(text[e.start:ts]) + " " + _fold(text[te:e.end])
        if not any(n in rest for n in names):
            continue  # no other cell folds to a title's name (the usual row): no word to read
        skip = [(k.url_start, k.url_end) for k in e.links if k.url_end > k.url_start]
        skip.append((ts, te))
        # a link whose label is a title of its own (`[Llama 2: Open Foundation and Fine-Tuned
        # Chat Models](…)` beside the name cell's `LLaMA 2`): the paper's title, its authors' spelling
        skip.extend((k.label_start, k.label_end) for k in e.links
                    if not k.is_image and len(text[k.label_start:k.label_end].split()) >= 4)
        for m in _CAMEL.finditer(text, e.start, e.end):
            w = m.group()
            if not w[0].isupper():
                continue  # `zlib`, `macOS`: a package, a command or a name cased its own way
            want = names.get(_fold(w))
            if want is None or w == want:
                continue
            s, t = m.span()
            if any(a <= s < b for a, b in skip) or doc.in_code(s):
                continue
            if sum(c.isupper() for c in w) >= sum(c.isupper() for c in want):
                continue
            if "/" in text[max(e.start, s - 1):s] or text[t:t + 1] in "/.@":
                continue  # a path or a host, not the name
            line, col = doc.position(s)
            _, end_col = doc.position(t)
            yield rule.finding(f"write '{want}' as the entry's title does, not '{w}'", line, col, line, end_col,
                               fix=Fix((Edit(s, t, want),), safe=False, description=f"write {want}"))


# a word of a title: letters and digits, joined by hyphens (`multi-scale`, `Lite-DETR`)
_TITLE_WORD = re.compile(rf"(?<![./@#-])(?<!{WORD})[A-Za-z][A-Za-z0-9]*(?!{WORD})")
# a name the file writes in capitals or with capitals inside: `DETR`, `XCiT`, `BEiT`, `ImageNet`
_CAPPED = re.compile(rf"(?<![./@#])(?<!{WORD})[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?!{WORD})")


def _lowered_titles(rule: Rule, doc: Document, reg: Registry) -> Iterator[Finding]:
    """A title pasted in sentence case from a citation (`Lite detr: An interleaved multi-scale
    encoder for efficient detr`) lowers the names in it: a word of such a title (most of its
    words after the first in lower case) written in lower case, or with only its first letter
    a capital, where the file writes the same word in capitals or with capitals inside at least
    three times (`DETR`) and never as this title does outside titles, or where the registry
    names it (`imagenet`). One finding per title, at its first lowered name; an English word
    (`clip`, `glove`) is left alone, the title may mean the word."""
    from ..vocabulary import is_paper_url

    text = doc.text
    titles = []
    for e in doc.entries:
        ts, te = e.title_start, e.title_end
        if ts is None or te is None or not 20 <= te - ts <= 300 or "\n" in text[ts:te]:
            continue
        if _QUOTED.search(text, max(0, ts - 1), min(len(text), te + 1)):
            continue  # a quotation is left as written (`"Chatgpt goes to law school"`)
        if not any(is_paper_url(k.url) for k in e.links):
            continue  # a paper's title, pasted from a citation; a tool's name is its makers' own
        words = [(m.start(), m.end(), m.group()) for m in _TITLE_WORD.finditer(text, ts, te)]
        rest = [w for _, _, w in words[1:] if w[0].isalpha()]
        if len(rest) < 3 or sum(w[0].islower() for w in rest) < 0.75 * len(rest):
            continue  # a title in Title Case, or a short one: its authors' capitals
        titles.append((ts, te, words))
    if not titles:
        return
    from ._local_names import common_word

    capped: dict[str, dict[str, int]] = {}  # folded -> the spellings with capitals, and their uses
    for m in _CAPPED.finditer(text):
        w = m.group()
        if sum(c.isalpha() for c in w) >= 3 and not (w[0].isupper() and w[1:].islower()):
            capped.setdefault(w.casefold(), {}).setdefault(w, 0)
            capped[w.casefold()][w] += 1
    words_cache: dict[str, bool] = {}
    lowered: list[str] = []  # the text with ASCII capitals lowered, made on first need
    for ts, te, words in titles:
        hits = []
        for a, b, w in words:
            if not (w.islower() or w[0].isupper() and w[1:].islower()) or len(w) < 3:
                continue
            if doc.in_code(a):
                continue
            fold = w.casefold()
            want = None
            name = reg.canonical.get(fold)
            if name is not None and name != w and name not in _LOWER_SLIPS | _NEVER_LOWER and " " not in name:
                want = name
            elif fold in capped:
                forms = capped[fold]
                best = max(forms, key=forms.__getitem__)
                humped = not best.isupper()  # `XCiT`, `PixelCNN`; an acronym needs more: `DETR`
                if len(best) >= 4 and (forms[best] >= 3 if humped else forms[best] >= 5) \
                        and sum(forms.values()) - forms[best] == 0:
                    if fold not in words_cache:
                        if not lowered:
                            lowered.append(text.translate(_ASCII_LOWER))
                        words_cache[fold] = common_word(fold) or _plain_more(text, lowered[0], fold,
                                                                             sum(forms.values()))
                    if not words_cache[fold]:
                        want = best
            if want is not None and want.casefold() == fold and want != w:
                hits.append((a, b, w, want))
        if not hits:
            continue
        a, b, w, want = hits[0]
        line, col = doc.position(a)
        _, end_col = doc.position(b)
        others = sorted({h[2] for h in hits[1:] if h[2] != w})
        also = f" (also {', '.join(repr(o) for o in others)})" if others else ""
        edits = tuple(Edit(x, y, z) for x, y, _, z in hits)
        yield rule.finding(f"write {want!r}, not {w!r}: the title lost its capitals{also}", line, col, line, end_col,
                           fix=Fix(edits, safe=False, description=f"write {want}"))


# a title's method name before its colon, where a title starts: after `<a …>`, `[`, `**` or a
# venue tag's `] ` (`Featureflow: Robust Video Interpolation …`, `[Memc-net: Motion …](…)`)
_NAME_AT = r"(?:<a\b[^<>\n]*>|\[|\*\*|\] )"
_TITLE_NAME = re.compile(_NAME_AT + r"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):[ \t]")
_LOWERED_NAME = re.compile(r"[A-Z][a-z0-9]+(?:-[a-z0-9]+)*")


def _lowered_names(rule: Rule, doc: Document) -> Iterator[Finding]:
    """A title's method name written with its first letter only a capital (`Featureflow:`,
    `Bmbc:`, `Memc-net:`) where the file lists the same paper again (the words after the colon
    alike but for case) under the name with capitals inside or in capitals (`FeatureFlow:`,
    `BMBC:`, `MEMC-Net:`): a title pasted through a tool that capitalises each word's first
    letter and lowers the rest. Another paper's name (`Difformer` beside `DIFFormer`) may be
    its own; an English word (`Dreamer`) is left alone, the title may mean the word."""
    text = doc.text
    if ":" not in text:
        return
    papers: dict[tuple[str, str], set[str]] = {}  # (name folded, title's next words folded) -> capped names
    lowered: list[tuple[int, int, str, str]] = []
    for m in _TITLE_NAME.finditer(text):
        w = m.group(1)
        if sum(c.isalpha() for c in w) < 3:
            continue
        rest = " ".join(_TITLE_WORD.findall(text, m.end(), min(len(text), m.end() + 80))[:5]).casefold()
        if len(rest.split()) < 3:
            continue
        if _LOWERED_NAME.fullmatch(w):
            lowered.append((m.start(1), m.end(1), w, rest))
        elif sum(c.isupper() for c in w) >= 2 and not w.isupper() or sum(c.isupper() for c in w) >= 3:
            papers.setdefault((w.casefold(), rest), set()).add(w)
    if not lowered:
        return
    from ._local_names import common_word

    cells = _row_names(doc) if any(e.row is not None for e in doc.entries) else {}
    for a, b, w, rest in lowered:
        if doc.in_code(a):
            continue
        named = papers.get((w.casefold(), rest))
        if named and len(named) == 1 and not common_word(w.replace("-", "")):
            want = next(iter(named))
            why = f"the same paper's other entry writes {want!r}"
        else:
            # `|GPT-GNN|[[KDD 2020] Gpt-gnn: Generative pre-training …]|`: the row's own name cell
            want = next((c for lo, hi, c in cells.get(doc.position(a)[0], ()) if not lo <= a < hi
                         and c.replace("-", "").casefold() == w.replace("-", "").casefold()), None)
            if want is None or not _sentence_cased(text, b):
                continue  # `Valley: Video Assistant with Large …` is the paper's own spelling
            why = f"the row's name cell writes {want!r}"
        line, col = doc.position(a)
        if want.casefold() == w.casefold():
            yield rule.finding(f"write {want!r}, not {w!r}: the title lost its capitals ({why})",
                               line, col, line, col + len(w),
                               fix=Fix((Edit(a, b, want),), safe=False, description=f"write {want}"))
        else:  # `Graph-bert` beside `GraphBert`: the capitals are lost, the hyphen is the title's
            yield rule.finding(f"the title's {w!r} lost its capitals: {why}", line, col, line, col + len(w))


def _sentence_cased(text: str, at: int) -> bool:
    """Whether the title after a name's colon has lost its capitals too (`Gpt-gnn: Generative
    pre-training of graph neural networks`): past its first word, the longer words are all but
    one in lower case. A title that keeps its capitals (`Valley: Video Assistant with Large
    Language model`) spells its name as its authors do."""
    end = min(len(text), at + 120)
    for stop in ("](", "|", "\n"):  # the title ends at its link's target, its cell or its line
        k = text.find(stop, at, end)
        if k >= 0:
            end = k
    words = [w for w in _TITLE_WORD.findall(text, at, end)[1:8] if len(w) >= 4]
    return len(words) >= 2 and sum(w.islower() for w in words) >= max(2, len(words) - 1)


def _row_names(doc: Document) -> dict[int, list[tuple[int, int, str]]]:
    """By line, a table row's short cells that write a name with capitals inside or in capitals
    (`GPT-GNN`, `GraphBert`, `FLAG`), with their spans: the method a row's title names."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for e in doc.entries:
        if e.row is None:
            continue
        for c in e.row.cells:
            t = c.text.strip().strip("*_`").strip()
            if 3 <= len(t) <= 30 and _NAME_CELL.fullmatch(t) and sum(ch.isupper() for ch in t) >= 2:
                out.setdefault(e.line, []).append((c.raw_start, c.raw_end, t))
    return out


_NAME_CELL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _plain_more(text: str, low: str, fold: str, capped: int) -> bool:
    """Whether the file writes the word plainly (`multimodal`, `Multimodal`) more often than
    with capitals inside (`MultiModal`): a word of its prose, which some titles cap. Addresses
    (`github.com/voxelmorph/voxelmorph`) do not count. ``low`` is the text with its ASCII
    capitals lowered (same offsets): a plain search per word, not a regular expression over a
    5 MB list for each."""
    if not fold.isascii():
        return False
    plain, at, n = 0, low.find(fold), len(fold)
    while at >= 0:
        before, after = text[at - 1:at], text[at + n:at + n + 1]
        w = text[at:at + n]
        if not (before and (before.isalnum() or before in "_/.=#@-")) and \
                not (after and (after.isalnum() or after in "_/@-")) and \
                (w.islower() or w[0].isupper() and w[1:].islower()):
            plain += 1
            if plain > capped:
                return True
        at = low.find(fold, at + 1)
    return False


_CAMEL = re.compile(rf"(?<![./@#-])(?<!{WORD})[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![/@#])(?!{WORD})")


def _upper_inside(w: str) -> bool:
    """A name cased on purpose: a part (between hyphens) with a capital after its first letter
    and a lower-case letter (`SegFormer`, `MViTv2`, `MaX-DeepLab`), four letters at least; not
    an acronym in capitals, nor Title-Case words joined by hyphens (`End-to-End`)."""
    if len(w) < 4 or sum(c.isalpha() for c in w) < 4:
        return False
    return any(any(c.isupper() for c in part[1:]) and any(c.islower() for c in part) for part in w.split("-"))


_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() rejects (sre's \w is isalnum or '_')


def _fold(w: str) -> str:
    """Letters and digits only, case folded: `Max-Deeplab` and `MaX-DeepLab` fold alike."""
    return _NOT_ALNUM.sub("", w.casefold())


@lru_cache(maxsize=256)
def _venue(name: str) -> bool:
    """Whether the name is a venue's, whose spelling in a venue tag AL005 (venue-format) owns."""
    from ..venues import load_registry

    return load_registry().lookup(name) is not None


def _addresses(doc: Document) -> str:
    """The links' addresses, each as written once (a reference link's is in its definition,
    however often the link is used), one a line: where a name written is no prose."""
    text = doc.text
    spans = sorted({(k.url_start, k.url_end) for k in (*doc.links, *doc.definitions) if k.url_end > k.url_start})
    return "\n".join(text[a:b] for a, b in spans)


def _written_count(doc: Document, f: Finding) -> int:
    """How often the file writes the spelling a finding reports, anywhere (as the name's own
    spelling is counted): `Github` 107 times beside `GitHub` 115 times is a slip of the file's
    majority; `Matlab` 11 times beside `MATLAB` 8 is not."""
    if f.end_line != f.line or f.end_column <= f.column:
        return 0
    start = doc.offset(f.line, f.column)
    return doc.text.count(doc.text[start:start + f.end_column - f.column])


def _names_its_repository(doc: Document, labels: list[tuple[int, int, str]], f: Finding) -> bool:
    """The finding's word is a link label that writes its repository's name exactly as the
    repository does (`[[Nanoflow]](https://github.com/efeslab/Nanoflow)` beside the paper's
    NanoFlow): the code link names what it links. ``labels``: (start, end, URL), sorted."""
    at = doc.offset(f.line, f.column)
    i = bisect.bisect_right(labels, (at, float("inf"), "")) - 1
    if i < 0 or not labels[i][0] <= at < labels[i][1]:
        return False
    start, end, url = labels[i]
    m = REPO_URL.match(url)
    return bool(m) and doc.text[start:end].strip("[]*_` ") == m.group(2)


def _first_word_right(name: str, message: str) -> bool:
    """The spelling a message quotes writes the first word of a two-word ``name`` right
    (`GitHub actions`): only the plain-English second word differs (`Github Actions` is a
    misspelt GitHub, whatever the file's habit)."""
    m = re.search(r"not '(.*)'$", message)
    return m is not None and m.group(1).split()[0] == name.split()[0]


def _names_product(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at ``start`` names the file's product: before a noun of the
    trade (`chain ruby services`, `rails projects`, `a react component`) or closing a phrase
    after a preposition (`parallel processing for ruby.`, `a wrapper for react.`)."""
    if _REACT_NOUN.match(text, end) or _GEM_NOUN.match(text, end):
        return True
    return _REACT_AFTER.search(text, max(0, start - 12), start) is not None and _REACT_END.match(text, end) is not None


def _names_react(doc: Document, f: Finding) -> bool:
    """The lower-case `react` of ``f`` names the library: before a noun of the trade (`a react
    component`) or closing a phrase after a preposition (`a wrapper for react.`); not the verb
    (`components that react to input`)."""
    start = doc.line_starts[f.line - 1] + f.column - 1
    return _names_product(doc.text, start, start + len("react"))


# a word before a slash that is prose's, not a path's: capitalised (`HTML5`, `Webkit`)
_CAPITAL_WORD_END = re.compile(r"(?<![\w./-])[A-Z][A-Za-z0-9]*\Z")


def _identifier(text: str, start: int, end: int, lower: bool) -> bool:
    """The word is part of an identifier, a path, a domain, a handle or a file name. A slash
    between capitalised words is prose (`HTML/PDF/Powerpoint`, `Webkit/Safari`): a path or a
    repository is written in lower case."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if not lower:
        if before == "/" and start >= 2 and (text[start - 2].isalpha() and text[start - 2].isupper()
                                             or _CAPITAL_WORD_END.search(text, max(0, start - 20), start - 1)):
            before = " "  # `Webkit/Safari`, `HTML5/Javascript`: after a capitalised word
        if after == "/" and after2.isalpha() and after2.isupper():
            after = " "
    if "-" in (before, after) and _kind_label(text, start, end):
        return False  # `[[Code-Unofficial-Pytorch]](…)`: a link label's words joined by hyphens
    if after == "-" and before not in _BEFORE_IDENT and _PROSE_SUFFIX.match(text, end + 1):
        return False  # `Neo4J-based`, `Pytorch-powered`: a compound word of prose, not an identifier
    if before in _BEFORE_IDENT or after in _AFTER_IDENT:
        return True
    if after in ".:" and after2.isalnum():  # github.io, pytorch.org, file.yaml, torch:
        return True
    if lower and before == "'" and after == "'":
        return True
    return False


def _lead_in(text: str, start: int, end: int) -> bool:
    """An entry's "title" that is a few plain words ending in `:` before its links (`- Huggingface
    resources: [A](…), [B](…)`): the list's own words introducing the links, not a work's title."""
    title = text[start:end].strip()
    return ((title.endswith(":") or text[end:end + 1] == ":") and len(title.split()) <= 3 and text[start - 1:start] not in ("[", "*", "_", '"', "“")
            and "\n" not in title)


def _byline(doc: Document, start: int, end: int) -> bool:
    """The word is alone on its line in emphasis (`*huggingface* \\`): a byline naming an
    account by its handle, as the lines around it name others (`*ozanciga*`)."""
    text = doc.text
    mark = text[start - 1:start] if start else ""
    if mark not in ("*", "_") or text[end:end + 1] != mark:
        return False
    line = doc.position(start)[0]
    own = doc.line_text(line).strip().rstrip("\\").strip()
    return own.strip("*_") == text[start:end] and len(own) - len(text[start:end]) <= 4


_KIND_LABEL = re.compile(r"\[([A-Za-z]+(?:-[A-Za-z]+)+)\]")


def _kind_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a part of a bracketed label whose hyphen-joined words all name
    kinds of links (`[Code-Pytorch]`, `[Code-Unofficial-Pytorch]`): words of prose, joined as
    the file's label style, not an identifier such as `[pytorch-lightning]`."""
    a = text.rfind("[", max(0, start - 40), start)
    if a < 0:
        return False
    m = _KIND_LABEL.match(text, a)
    if m is None or m.end() < end:
        return False
    from ..vocabulary import KIND_WORDS

    return all(p.lower() in KIND_WORDS for p in m.group(1).split("-"))


def _languages_by_line(found: list[Finding]) -> Iterator[Finding]:
    """Languages written in lower case, one finding a line (`support english, chinese,
    japanese` is one slip to mend), naming every one and fixing them all."""
    by_line: dict[int, list[Finding]] = {}
    for f in sorted(found, key=lambda f: (f.line, f.column)):
        by_line.setdefault(f.line, []).append(f)
    for line_found in by_line.values():
        first = line_found[0]
        if len(line_found) > 1:
            names = list(dict.fromkeys(re.search(r"write '([^']+)'", f.message).group(1) for f in line_found))
            first.message = ("write the language" + ("s " if len(names) > 1 else " ")
                             + ", ".join(repr(n) for n in names) + " with a capital")
            edits = tuple(e for f in line_found if f.fix is not None for e in f.fix.edits)
            if edits:
                first.fix = Fix(edits, safe=all(f.fix.safe for f in line_found if f.fix is not None),
                                description="capitalise the languages")
        yield first


def _one_per_line(found: list[Finding]) -> list[Finding]:
    """Findings of one spelling, one a line (`both docker and docker-compose, a docker host`
    is one slip to mend): the first of a line carries the fix of every one on it."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.line == f.line:
            if prev.fix is not None and f.fix is not None:
                prev.fix = Fix((*prev.fix.edits, *f.fix.edits), safe=prev.fix.safe and f.fix.safe,
                               description=prev.fix.description)
            continue
        out.append(f)
    return out


def _cites(text: str, start: int, end: int) -> bool:
    """The entry's text before its links is a citation, `Authors, "Title", Venue`: only the
    quoted title is the authors' spelling (quotations are kept as written anyway); the names
    around it are the list's own prose."""
    m = _QUOTED.search(text, start, end)
    return m is not None and m.start() > start + 3


def _describes_repository(e) -> bool:
    """A title that is the link label of a code repository (`[RNN anomaly detector implemented
    in Pytorch](https://github.com/…)`) is the list's own words about the code, not a paper's
    title kept as its authors wrote it."""
    for k in e.links:
        if k.label_start <= e.title_start < k.label_end:
            m = REPO_URL.match(k.url or "")
            if m is None or _CJK.search(e.title or ""):
                return False
            # a label that is the repository's name in words (`Fast Human Pose Estimation Pytorch`
            # for Fast_Human_Pose_Estimation_Pytorch) keeps the project's own spelling
            title, repo = _squeezed(e.title or ""), _squeezed(m.group(2))
            return bool(title) and title not in repo
    return False


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _abstracts(text: str) -> Iterator[tuple[int, int]]:
    """The abstracts folded under `<summary>Abstract</summary>`, to their `</details>`: quoted
    from the paper (`Github Page: this https URL`), so spelt as its authors spelt them."""
    for m in _ABSTRACT.finditer(text):
        end = text.find("</details>", m.end(), m.end() + _ABSTRACT_MAX)
        if end != -1:
            yield m.end(), end


class _Skipper:
    """The parts of a document that are not prose: code, URLs, HTML, tags, reference definitions."""

    def __init__(self, doc: Document, titles: bool = True):
        """``titles=False`` reads titles and quotations too (where the line itself writes the
        name right, a title's copy of it is a slip, not the authors' choice)."""
        self.doc = doc
        self.titles = titles
        self.entry_starts: list[int] | None = None  # the entries' starts, on the first name in code
        spans: list[tuple[int, int]] = []
        titled: list[tuple[int, int]] = []
        described: list[tuple[int, int]] = []  # titles read as prose, where lower case is a noun's
        tags: list[tuple[int, int]] = []
        for k in doc.links:
            if k.kind in ("bare", "autolink", "html"):
                spans.append((k.start, k.end))
            elif k.kind == "image":  # alt text (`![Wechat](…badge…)`): not shown on the page
                spans.append((k.start, k.end))
            elif k.url_end > k.url_start:
                spans.append((k.url_start, k.url_end))
            elif k.kind == "reference" and k.end > k.label_end + 1:
                spans.append((k.label_end + 1, k.end))  # `[Kubernetes][kubernetes]`: the key is no prose
        for e in doc.entries:
            if e.tag is not None:
                tags.append((e.tag.start, e.tag.end))
            if e.title_start is not None and e.title_end is not None and len((e.title or "").split()) > 2 \
                    and not _lead_in(doc.text, e.title_start, e.title_end) and not links_subitem(e) \
                    and not _cites(doc.text, e.title_start, e.title_end):
                if _describes_repository(e):
                    described.append((e.title_start, e.title_end))
                    continue
                titled.append((e.title_start, e.title_end))  # a title is spelt as its authors spelt it
                # (a title of one or two words is a name: `[Github](https://github.com/org)`,
                # `[Gitlab CI](https://about.gitlab.com/…)` are checked; so
                # are the labels of a sub-item of links, `- [[Python Tensorflow]](…)`)
        if '"' in doc.text or "“" in doc.text:
            titled.extend((m.start(), m.end()) for m in _QUOTED.finditer(doc.text))
        text = doc.text
        if "<summary" in text:
            titled.extend(_abstracts(text))
        if "<" in text:
            spans.extend((m.start(), m.end()) for m in _HTML_TAG.finditer(text))
        if "]:" in text:
            for m in _REF_DEF.finditer(text):
                spans.append((m.start(), doc.line_end(doc.position(m.start())[0])))
        spans.sort()
        self.spans = SpanIndex(spans, presorted=True)
        self.titled = SpanIndex(titled)
        self.described = SpanIndex(described)
        self.tags = SpanIndex(tags)
        labels = [(k.label_start, k.label_end, k) for k in doc.links
                  if k.kind in ("inline", "reference", "image") and k.label_end > k.label_start]
        labels.sort(key=lambda x: x[0])
        self.labels = labels
        self.label_starts = [x[0] for x in labels]
        self.html_lines = {ln for a, b in doc.html_blocks for ln in range(a, b + 1)}
        self.heading_lines = {ln: h for h in doc.headings for ln in range(h.line, h.end_line + 1)}

    def skipped(self, start: int, end: int) -> bool:
        doc = self.doc
        line, _ = doc.position(start)
        if line in self.html_lines or ((doc.in_code(start) or doc.in_code(end - 1)) and not self._named_in_code(start, end)):
            return True
        return start in self.spans or (self.titles and start in self.titled)

    def _named_in_code(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a name set in an inline code span on its own or in a
        list of names (`` `Eslint` ``, `` `Javascript + JSDoc` ``), written with a capital: the
        span marks a tool's name, and a package id or a command is all lower case (`eslint`)."""
        doc = self.doc
        word = doc.text[start:end]
        if word == word.lower() or not word[:1].isupper():
            return False
        span = doc.code_span_at(start)
        if span is None or end > span[1]:
            return False  # a code block, or across a span's edge
        a, b = span
        if b - a > 90:
            return False  # a line of code, not a name or a list of names
        inner = doc.text[a:b].strip("`").strip()
        if word not in _CODE_NAMES.split(inner):
            return False
        if self.entry_starts is None:
            self.entry_starts = [e.start for e in doc.entries]
        i = bisect.bisect_right(self.entry_starts, start) - 1
        e = doc.entries[i] if i >= 0 else None
        # only in the description of a list's item (`- [tool](…) - … `Javascript + JSDoc``): in
        # prose, a table or a page about spelling, a code span quotes a word (`Github` for GitHub)
        return (e is not None and e.kind == "item" and start < e.end and bool(e.links)
                and e.links[0].start == e.start and start > e.links[0].end)

    def reading_titles(self) -> _Skipper:
        """The same map, with titles and quotations read as prose."""
        view = copy.copy(self)
        view.titles = False
        return view

    def label_at(self, start: int, end: int):
        """The innermost link whose label holds ``text[start:end]``."""
        k = bisect.bisect_right(self.label_starts, start) - 1
        while k >= 0:
            s, e, link = self.labels[k]
            if s <= start and end <= e:
                return link
            if start - s > 2000:
                break
            k -= 1
        return None

    def heading_at(self, line: int):
        return self.heading_lines.get(line)
