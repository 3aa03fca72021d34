"""How AL015 reads an entry's text: where its prose ends (before licence notes, badges, trailing
links), its separator and final punctuation, and which first words keep their own lower case
(program names, credits). Pure string work, kept apart from the rule's vote."""

from __future__ import annotations

import re
import unicodedata

from ..document import Entry


SEP = re.compile(r"[ \t]*(--|[-–—:|])[ \t\u00a0]+|[ \t]*([:：])[ \t]*")  # "– " with a no-break space too


FINAL = set(".!?…。！？")


CLOSERS = set(")]\"'”’»›*_~ \t")


WORD = re.compile(r"[^\s]+")


# words that keep their own lower case at the start of a description
OWN_CASE = frozenset("""npm npx pnpm yarn pip pipx git gh vim neovim nvim emacs curl wget ssh systemd nginx
bash zsh fish sed awk grep jq yq make cmake cargo rustup go gofmt ls cd kubectl helm docker dotnet
ffmpeg x264 webpack vite esbuild rollup babel eslint prettier deno bun node gcc clang llvm
rsync tmux htop git-flow ipython jupyter conda mamba uv brew apt dnf pacman nix guix react vue
svelte tailwind sass less d3 three.js lodash moment express koa fastify axios jquery
pytorch tensorflow numpy scipy pandas sklearn scikit-learn matplotlib seaborn opencv spacy nltk
macos ios ipados tvos watchos visionos ebay iphone ipad imac et etc vs via ncurses""".split())


# The hyphen, the en dash and the em dash are told apart: in a list written with " - " an en dash
# is a departure (and in one written with " – " a hyphen is).
SEP_FAMILY = {"-": "-", "–": "–", "—": "—", "--": "-", ":": ":", "：": ":", "|": "|"}


# What may stand between the title link and the separator without being the description: an
# emoji shortcode (`:zap:`), an HTML comment or tag, a badge, a bracketed note that is not a link
# (`[2256⭐]`); emoji are skipped by `skip_prefix`.
PREFIX = re.compile(
    r"[ \t]*(?::[a-z0-9_+-]+:(?![^\s])|<!--.*?-->|<[^>\n]*>|!\[[^\]\n]*\]\([^)\s]*\)"
    r"|\[!\[[^\]\n]*\]\([^)\s]*\)\]\([^)\s]*\)|\[[^\[\]\n]*\](?![(\[:]))"
)


GLUED = re.compile(r"[ \t]+([-–—])(?=[^\W\d_])")  # "[Name](u) -Description"


LATER_DASH = re.compile(r"[ \t](?:--|[-–—])[ \t]")


# "[EN](u) | [中文](u) - ...", "[Docs](u) / [Mirror](u) - ...": a bar or a slash between two links
# joins versions of one name (languages, mirrors); it is not the name's separator
ALTERNATIVE = re.compile(r"[ \t]*[|/][ \t]*")


# what may follow a description's final punctuation: a bracketed note that is not a link (`[MIT]`,
# `[?]`), a link (`[website](u)`), a parenthesised remark, each maybe after "-", "/" or ","; a
# note or link may be in bold or italics (`A parser. **[Deprecated]**`), a link in brackets (`[[code](u)]`)
TAIL_TAG = re.compile(r"[ \t]*(?:[-–—/,][ \t]*)?(?:(\*\*|__|[*_])?\[[^\[\]\n]*\](?:\([^()\s]*\))?(?(1)\1)"
                      r"|\[\[[^\[\]\n]*\]\([^()\s]*\)\]|\([^()\n]*\))$")


LEAD_BRACKET = re.compile(r"\[[^\[\]\n]+\](?![(\[])")


# Words that start descriptions in most lists. A lower-case first word is reported only when it is
# one of these or a word the list itself capitalises at the start of another description: a word
# the list never starts a sentence with is more likely a name (mpd, ttyrec, scanf, libyaml).
COMMON_STARTS = frozenset("""a an the this these one some simple small tiny fast lightweight modern
minimal basic complete free open easy powerful full library framework tool toolkit package module
collection set list wrapper client server implementation interface engine plugin extension""".split())


# the first parts of compound words ("high-level", "cross-platform"); any other lower-case word
# with a hyphen is checked only when the list capitalises it whole elsewhere ("django-debug-toolbar"
# is a package's name)
COMPOUND_HEADS = frozenset("""high low cross multi self well open full real light non pre post zero
single general in out all""".split())


# a description that starts with "by" is a credit line ("by [Author](u)"), not a sentence
CREDIT = frozenset({"by"})


META_TAIL = re.compile(
    r"(?:\s+|`[^`\n]*`|<[^>\n]*>|!\[[^\]\n]*\]\([^)\s]*\)|\[!\[[^\]\n]*\]\([^)\s]*\)\]\([^)\s]*\))$"
)


PAREN_TAIL = re.compile(r"\([^()]*\)\W*$")


MARKUP = re.compile(r"[*_\[\]<>`\n]")


LINK_PAREN_TAIL = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\]\((?:[^()\n]|\([^()\n]*\))*\)\s*$")


# a word that cannot end a sentence: a code span after it is the sentence's own end
_CONTINUED = re.compile(r"(?i)(?<![\w-])(?:for|with|of|in|on|to|by|from|using|via|and|or|the|a|an|as|into|like|than|supports?)[ \t]*\Z")


def prose_end(desc: str) -> int:
    """Where a description's prose ends: before trailing code spans (licence, language), badges,
    HTML and a parenthesised group of links (``([Demo](u), [Source Code](u))``)."""
    end = len(desc)
    while end:
        if desc[end - 1] not in "`>)" and not desc[end - 1].isspace():
            break  # every tail ends in white space, '`', '>' or ')': no regex search needed
        m = META_TAIL.search(desc, 0, end)
        if not m or m.start() == end:
            break
        if desc[m.start():end].lstrip().startswith("`") and _CONTINUED.search(desc, 0, m.start()):
            break  # `solution for `Javascript/Vue``: the code span ends the sentence, no tail to cut
        end = m.start()
    m = LINK_PAREN_TAIL.search(desc, 0, end) if desc[:end].rstrip().endswith(")") else None
    if m and desc[m.start() : end].startswith("(") and desc[m.start() + 1 : m.start() + 2] in "[!":
        end = m.start()
        while end and desc[end - 1] in " \t":
            end -= 1
    return end


def is_symbol(c: str) -> bool:
    cat = unicodedata.category(c)
    return cat in ("So", "Sk", "Mn", "Cf", "Co") or 0x1F000 <= ord(c) <= 0x1FAFF or c in "\ufe0f\u200d"


def trim_end(t: str) -> str:
    while t and (t[-1] in CLOSERS or is_symbol(t[-1])):
        t = t[:-1]
    return t


def ends_with_punctuation(text: str) -> str:
    """The description ends with punctuation, maybe followed by closing quotes, parentheses,
    emphasis, emoji, or a trailing parenthesised remark (``Fast. *(see [x](u))*``)."""
    t = trim_end(text.rstrip())
    if t and t[-1] in FINAL:
        return t[-1]
    m = PAREN_TAIL.search(text.rstrip())
    if m:
        before = trim_end(text[: m.start()].rstrip())
        if before and before[-1] in FINAL:
            return before[-1]
    return ""


def past_alternatives(text: str, pos: int, end: int, links) -> int:
    """Past the links joined to the title link by ``|`` or ``/`` (``[EN](u) | [中文](u)``), and
    what may follow each of them (see :func:`skip_prefix`): the separator comes after the last."""
    starts = None
    while True:
        m = ALTERNATIVE.match(text, pos, end)
        if not m:
            return pos
        if starts is None:
            starts = {k.start: k for k in links}
        link = starts.get(m.end())
        if link is None or link.is_image:
            return pos
        pos = skip_prefix(text, link.end, end)


def skip_prefix(text: str, pos: int, end: int) -> int:
    """Past what stands between a title link and its separator: emoji, shortcodes, badges,
    HTML comments, bracketed notes (`[Boost](u) :zap: - ...`, `[App](u) [2256⭐] - ...`)."""
    while pos < end:
        m = PREFIX.match(text, pos, end)
        if m:
            pos = m.end()
            continue
        q = pos
        while q < end and text[q] in " \t":
            q += 1
        if q < end and text[q] not in "|" and is_symbol(text[q]):
            pos = q + 1
            continue
        break
    return pos


def word_key(word: str) -> str:
    return word.strip("\"'“‘«(*_[`").rstrip(".,:;!?").casefold()


def first_word_exempt(word: str, entry: Entry) -> bool:
    core = word.strip("\"'“‘«(*_[`")
    if core != word or not core:
        return True  # starts with a quote, code, emphasis or a bracket
    if core[0] == "µ":
        return True  # µjson: the micro sign has no capital of its own (upper() gives Greek Mu)
    bare = core.rstrip(".,:;!?")
    if not bare.replace("-", "").isalpha() or bare.startswith("-") or bare.endswith("-") or "--" in bare:
        return True  # i18n, p2p, node.js, x86-64 (high-level is a word)
    if bare.casefold() in CREDIT:
        return True  # by [Author](u)
    if any(c.isupper() for c in bare[1:]):
        return True  # iOS, camelCase, jQuery
    if re.match(r"[dkmnpqtz]-[a-z]", bare):
        return True  # k-means, k-dimensional, n-gram, p-value, t-test, z-score: a variable keeps its case
    low = bare.casefold()
    if low in OWN_CASE or low.split("-", 1)[0] in OWN_CASE:
        return True  # npm, git-based
    if entry.title and low == entry.title.strip().casefold() and entry.title.strip()[:1].islower():
        return True  # "[ent](...) - ent is ..." names itself in its own case
    if len(low) >= 3 and any(_named_in(low, (k.url or "").casefold()) for k in entry.links):
        return True  # npm (npmjs.com), a tool named in its own URL
    return False


def _named_in(word: str, url: str) -> bool:
    """``word`` names what ``url`` points at. A word of no dictionary may be anywhere in it
    (npm in npmjs.com); an English word must be a whole host label or path segment ("make" in
    .../make), for an English word inside a longer name is the name's part, not the name ("parse"
    in mimetype_parser, "music" in flutter_music_player)."""
    if word not in url:
        return False
    from ..lexicon import is_english

    if not is_english(word):
        return True
    return word in re.split(r"[/.?#:]+", url)
