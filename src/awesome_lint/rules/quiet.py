"""What a rule found nothing in (or worked out from a piece's text), remembered from one
document to the next.

The language server lints a buffer again after every keystroke, with the same rule objects, and
nearly every link and entry is as it was. A rule whose check of a piece depends only on a key
it can name (the piece's text, never its place) records the keys that gave no finding and skips
them next time; keys that give findings are always checked again, so messages, places and fixes
are made fresh. Only the current and the previous document's keys are kept: memory stays that
of one document however long the session. Only a rule object the server marks
(``keep_across_documents``) keeps them between documents: on the command line each file is
linted once, and keeping a large list's keys would only raise its peak memory.
"""

from __future__ import annotations


class QuietKeys:
    """Keys whose check found nothing, in the current document and the one before it."""

    __slots__ = ("previous", "current", "skipped")

    def __init__(self) -> None:
        self.previous: set = set()
        self.current: set = set()
        self.skipped = 0  # checks saved, for tests

    def next_document(self) -> None:
        """Begin a new document: the keys not seen again in the last one are forgotten."""
        self.previous, self.current = self.current, set()

    def __contains__(self, key) -> bool:
        if key in self.current:
            self.skipped += 1
            return True
        if key in self.previous:
            self.current.add(key)
            self.skipped += 1
            return True
        return False

    def add(self, key) -> None:
        self.current.add(key)


def quiet_keys(rule) -> QuietKeys:
    """The rule object's own :class:`QuietKeys`, made on first use and begun anew per document."""
    if not getattr(rule, "keep_across_documents", False):
        return QuietKeys()  # this document only
    keys = rule.__dict__.get("_quiet_keys")
    if keys is None:
        keys = rule._quiet_keys = QuietKeys()
    keys.next_document()
    return keys


class KeptAnswers:
    """Answers worked out from a key alone (an entry's text), for the current document and the
    one before it: like :class:`QuietKeys`, with a value per key."""

    __slots__ = ("previous", "current", "reused")

    def __init__(self) -> None:
        self.previous: dict = {}
        self.current: dict = {}
        self.reused = 0  # answers not worked out again, for tests

    def next_document(self) -> None:
        self.previous, self.current = self.current, {}

    def get(self, key):
        """The kept answer, or None."""
        found = self.current.get(key)
        if found is None:
            found = self.previous.get(key)
            if found is None:
                return None
            self.current[key] = found
        self.reused += 1
        return found

    def put(self, key, answer) -> None:
        self.current[key] = answer


def kept_answers(rule, name: str = "_kept_answers") -> KeptAnswers:
    """The rule object's own :class:`KeptAnswers` under ``name``, begun anew per document."""
    if not getattr(rule, "keep_across_documents", False):
        return KeptAnswers()  # this document only
    kept = rule.__dict__.get(name)
    if kept is None:
        kept = KeptAnswers()
        setattr(rule, name, kept)
    kept.next_document()
    return kept


def item_key(entry) -> tuple | None:
    """What a list item's own reading depends on: its text, where its title lies in it, and its
    links' URLs (a reference link's comes from its definition). None for a table row, whose
    reading depends on its table's header too."""
    if entry.kind != "item":
        return None
    s = entry.start
    return (entry.text, -1 if entry.title_start is None else entry.title_start - s,
            -1 if entry.title_end is None else entry.title_end - s, tuple(k.url for k in entry.links))
