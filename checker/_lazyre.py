"""Regular expressions compiled on first use, so importing a module with many of them is cheap.

Reading a plain-text report never touches the LaTeX or HTML patterns; compiling them at import
time would cost every run of ``claimcheck check`` tens of milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles when first used."""

    def __init__(self, pattern: str, flags: int = 0):
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # only called for missing attributes: keep the bound method so later calls go straight to it
        value = getattr(self._get(), name)
        self.__dict__[name] = value
        return value


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


class ScreenedPattern(LazyPattern):
    """A case-blind pattern every match of which contains one of ``words`` (lowercase).

    ASCII text without any of them is rejected by substring tests, which cost a fraction of a
    regex scan; other text (where case folding is not plain ``lower()``) goes to the regex.
    """

    def __init__(self, pattern: str, flags: int, words: tuple[str, ...]):
        super().__init__(pattern, flags)
        self.words = words
        self._screen: re.Pattern[str] | None = None

    def _may_match(self, text: str) -> bool:
        lower = _ascii_lower(text)
        if lower is None:
            return True
        if self._screen is None:  # one scan for all the words, in C
            self._screen = re.compile("|".join(map(re.escape, self.words)))
        return self._screen.search(lower) is not None

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._get().search(text, *args) if self._may_match(text) else None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._get().match(text, *args) if self._may_match(text) else None

    def finditer(self, text: str, *args: Any) -> Any:
        return self._get().finditer(text, *args) if self._may_match(text) else iter(())


class TailScreenedPattern(LazyPattern):
    """A pattern ending in ``\\s*$`` whose every match ends, before that trailing space, on one
    of ``tails`` (characters; lowercase when case-blind). ``search`` skips the regex when the
    text's last non-space character is an ASCII character outside ``tails``."""

    def __init__(self, pattern: str, flags: int, tails: str):
        super().__init__(pattern, flags)
        self.tails = tails
        self._fold = bool(flags & re.IGNORECASE)

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        last = text.rstrip()[-1:]
        if last.isascii() and (last.lower() if self._fold else last) not in self.tails:
            return None  # (blank text has an empty ``last``, which is "in" any string: scanned)
        return self._get().search(text, *args)


def tail_screened(pattern: str, flags: int, tails: str) -> TailScreenedPattern:
    return TailScreenedPattern(pattern, flags, tails)


_last: tuple[str, str | None] = ("", "")


def _ascii_lower(text: str) -> str | None:
    """``text.lower()`` for ASCII text, else None; the last answer is kept, since one sentence
    is screened by several patterns in a row."""
    global _last
    last = _last  # one read of the shared pair: another thread may replace it meanwhile
    if last[0] is not text:
        last = _last = (text, text.lower() if text.isascii() else None)
    return last[1]


def word_screen(text: str) -> Callable[..., bool]:
    """``has(*words)``: could a case-blind match holding one of ``words`` (lowercase) occur in
    ``text``? Exact for ASCII, where IGNORECASE folds as ``lower()`` does; other text may."""
    lower = _ascii_lower(text)
    if lower is None:
        return _anything
    return lambda *words: any(w in lower for w in words)


def _anything(*_words: str) -> bool:
    return True


def screened(pattern: str, flags: int, words: tuple[str, ...]) -> ScreenedPattern:
    return ScreenedPattern(pattern, flags, words)
