"""Document readers: a report file (text, markdown, HTML, LaTeX, PDF, JSON, YAML) as a `Document`.

`read_document` reads a path (or ``'-'`` with ``data``), checks its size, decodes
it and picks a reader by ``format``, extension or content; `read_text` reads an
in-memory string. Bad input only ever raises `InputError`, with a stable code:

    input.missing  input.unreadable  input.empty  input.binary  input.too_large
    input.encoding  input.pdf_encrypted  input.pdf_malformed  input.malformed
    input.format (a format name that is not one of `FORMATS`)

Every reader keeps one ``lines`` entry per source line (PDF: per line of the
extracted text; JSON/YAML: one per claim), joins words hyphenated across a line
end onto the first line, and returns tables as `Table` records with their rows
blanked in ``lines``. Superscripts are kept apart from the number before them
("88.4¹", "88.4†") and list items start with "• ".
"""

from __future__ import annotations

import html
import io
import json
import logging
import re
import unicodedata
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from checker._lazyre import lazy
from checker.errors import InputError
from checker.records import Document, Table

__all__ = ["FORMATS", "read_document", "read_text", "sniff_format", "table_lines"]

FORMATS = ("text", "markdown", "html", "latex", "pdf", "json", "yaml")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".tex": "latex",
    ".pdf": "pdf",
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
}

# ---------------------------------------------------------------- entry points


def read_document(
    path: str | Path,
    *,
    data: bytes | None = None,
    format: str | None = None,
    max_bytes: int = 50_000_000,
) -> Document:
    """Read a report from ``path`` (or from ``data``; ``path='-'`` names stdin).

    ``format`` overrides the extension; otherwise the extension decides, and
    files without a known one (and stdin) are sniffed from their content.
    """
    name = str(path)
    if format is not None and format not in FORMATS:
        raise InputError(
            f"unknown format {format!r} (expected one of: {', '.join(FORMATS)})",
            path=name,
            code="input.format",
        )
    if data is None:
        data = _read_bytes(Path(path), name, max_bytes)
    elif len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    fmt = format or (None if name == "-" else _EXTENSIONS.get(Path(name).suffix.lower()))
    if fmt == "pdf" or (format is None and _is_pdf(data)):
        return _read_pdf(data, name)
    if not data.strip():
        raise _empty(name)
    text = _decode(data, name)
    return read_text(text, name, fmt or sniff_format(text))


def read_text(text: str, path: str = "<text>", format: str = "text") -> Document:
    """Read an in-memory report in ``format`` (see `FORMATS`; ``'pdf'`` is not accepted)."""
    readers: dict[str, Callable[[str, str], Document]] = {
        "text": _read_plain,
        "markdown": _read_markdown,
        "html": _read_html,
        "latex": _read_latex,
        "json": _read_json,
        "yaml": _read_yaml,
    }
    if format not in readers:
        raise InputError(
            f"cannot read format {format!r} from text (expected one of: {', '.join(readers)})",
            path=path,
            code="input.format",
        )
    if not text.strip():
        raise _empty(path)
    doc = readers[format](text, path)
    if format not in ("json", "yaml") and not any(doc.lines) and not doc.tables:
        raise _empty(path)
    return doc


def sniff_format(text: str) -> str:
    """Guess a format from text content: html, latex, markdown, json, or text."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(
        r"<(html|body|table)\b", head
    ):
        return "html"
    if re.search(r"\\(begin\{(tabular|document|table)|documentclass|section\*?\{)", text[:200_000]):
        return "latex"
    if head.startswith(("{", "[")):
        try:
            _claim_lines(json.loads(text), "<sniff>")
        except (ValueError, InputError, RecursionError, TypeError):
            pass
        else:
            return "json"
    if _MD_SEPARATOR.search(text[:200_000]):
        return "markdown"
    return "text"


def table_lines(doc: Document) -> tuple[str, ...]:
    """``doc.lines`` with each table row written back, cells joined by tabs.

    Header rows of a table go on the lines after ``table.line`` (one each, when
    those lines are free); body rows at their ``row_lines``.
    """
    lines = list(doc.lines)
    for table in doc.tables:
        for i, row in enumerate(table.header):
            at = table.line - 1 + i
            if 0 <= at < len(lines) and not lines[at]:
                lines[at] = "\t".join(row)
        for row, at in zip(table.rows, table.row_lines, strict=False):
            if 0 < at <= len(lines):
                cell_text = "\t".join(row)
                lines[at - 1] = f"{lines[at - 1]}\t{cell_text}" if lines[at - 1] else cell_text
    return tuple(lines)


# ---------------------------------------------------------------- bytes -> text


def _too_large(path: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"input is {size} bytes, over the {max_bytes}-byte limit (raise max_bytes to read it)",
        path=path,
        code="input.too_large",
    )


def _empty(path: str) -> InputError:
    return InputError("input is empty: nothing to read", path=path, code="input.empty")


def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError
        if size > max_bytes:
            raise _too_large(name, size, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=name, code="input.missing") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name, code="input.unreadable") from None
    except PermissionError:
        raise InputError("permission denied", path=name, code="input.unreadable") from None
    except (OSError, ValueError) as exc:  # e.g. ENAMETOOLONG, embedded NUL in the path
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise InputError(f"cannot read: {reason}", path=name, code="input.unreadable") from None
    if len(data) > max_bytes:  # grew since stat, or a pipe/device
        raise _too_large(name, len(data), max_bytes)
    return data


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


_CONTROL = lazy(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ANSI = lazy(r"\x1b\[[0-9;?]*[A-Za-z]")  # terminal colours in captured logs


def _decode(data: bytes, path: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252/latin-1 when it still looks like text."""
    binary = InputError("binary data, not a text report or PDF", path=path, code="input.binary")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                "cannot decode UTF-16 text; re-save it as UTF-8", path=path, code="input.encoding"
            ) from None
        if _too_many_controls(text):
            raise binary
        return text
    if b"\x00" in data:
        raise InputError(
            "binary data (NUL bytes), not a text report or PDF", path=path, code="input.binary"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if _too_many_controls(text):
            raise binary
        return text
    if _too_many_controls(data.decode("latin-1")):
        raise binary
    # Mostly valid UTF-8 with a few bad bytes: keep the UTF-8 and mark the bad bytes.
    lenient = data.decode("utf-8", "replace").removeprefix("\ufeff")
    bad = lenient.count("\ufffd")
    if sum(1 for ch in lenient if ch > "\x7f") - bad >= 10 * bad:
        return lenient
    high = sum(1 for b in data if b >= 0x80)
    if high > max(4, len(data) // 6):  # too much non-ASCII for a cp1252/latin-1 report
        raise InputError(
            "cannot decode text: not UTF-8 and not cp1252/latin-1; re-save it as UTF-8",
            path=path,
            code="input.encoding",
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def _too_many_controls(text: str) -> bool:
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


# ---------------------------------------------------------------- shared helpers

_SPACES = lazy(r"\s+")
_ODD_SPACES = lazy(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = lazy(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def _split_lines(text: str) -> list[str]:
    """Source lines (\\n, \\r\\n or \\r), control and zero-width characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    final_newline = text.endswith("\n")  # (a last line of control characters is still a line)
    text = text.replace("\f", "")
    plain = text.isascii()  # no soft hyphens, zero-width or odd spaces to handle
    if not plain:
        text = re.sub(r"[\u00ad\u2010](?=[ \t]*\n)", "-", text)
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    if not plain:
        text = _ZERO_WIDTH.sub("", text)
    lines = text.split("\n")
    if final_newline and lines and lines[-1] == "":
        lines.pop()
    if plain:
        return [line.rstrip() for line in lines]
    return [_ODD_SPACES.sub(" ", line).rstrip() for line in lines]


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# Fragments whose hyphen is part of the word ("self-invoking", "few-shot").
_KEEP_HYPHEN = frozenset(
    [
        "self",
        "non",
        "cross",
        "well",
        "co",
        "zero",
        "few",
        "one",
        "two",
        "three",
        "multi",
        "pre",
        "post",
        "state-of-the",
        "end-to-end",
        "long",
        "short",
        "high",
        "low",
        "open",
        "closed",
        "instruction",
        "chain",
        "code",
        "fine",
        "ex",
        "sub",
        "semi",
    ]
)
# words of model names that a line break splits inside ("in-" + "struct")
_SPLIT_NAME_WORDS = frozenset(["instruct", "chat", "base", "coder", "python", "preview", "turbo"])
_WORD_START = lazy(r"[^\W\d_]*")
_HYPHEN_END = lazy(r"(?<![^\W\d_])([^\W\d_]+(?:-[^\W\d_]+)*)-$")
_LOWER_START = lazy(r"^\s*[a-z]")
_UPPER_START = lazy(r"^\s*[A-Z][\w.+]*:?")
# lines a name does not run on into: "Table 3: Results", "Figure 2", "Section 4"
_CAPTION_WORDS = frozenset(["table", "tab", "figure", "fig", "section", "sec", "appendix"])
# the start of a name before a line break: "Qwen2.5-", "BigCodeBench-", "Human-" (a capital
# or a digit in it, and no space): "the well-" + "Known" is not one
_NAME_HYPHEN_END = lazy(r"(?<![\w.+-])(?=[\w.+-]*[A-Z0-9])[A-Za-z][\w.+]*(?:-[\w.+]+)*-$")


def _dehyphenate(
    lines: list[str], skip: Collection[int] = frozenset(), max_blank: int = 1
) -> tuple[list[str], frozenset[int]]:
    """Join "mod-" + "els ..." onto the first line; the continuation line becomes "".

    Up to ``max_blank`` blank lines may separate the two parts. Also returns the 1-based
    numbers of the blank lines inside a joined sentence: the emptied continuation lines and
    the blank lines before them.
    """
    out = list(lines)
    joined: set[int] = set()
    i = 0
    while i < len(out):
        line = out[i]
        if not line.endswith("-") or i in skip:
            i += 1
            continue
        m = _HYPHEN_END.search(line[-120:])
        j = i + 1
        while j < len(out) - 1 and j - i <= max_blank and not out[j].strip():
            j += 1  # blank lines in between (PDF dumps, page breaks)
        if j >= len(out) or j in skip:
            i += 1
            continue
        if (
            j == i + 1
            and (m is None or not _LOWER_START.match(out[j]))
            and (start := _UPPER_START.match(out[j])) is not None
            and start.group(0).rstrip(".:").lower() not in _CAPTION_WORDS
        ):
            name = _NAME_HYPHEN_END.search(line[-120:])
            if name:
                # "Qwen2.5-" + "Coder-32B", "BigCodeBench-" + "Complete", "Human-" + "Eval+":
                # a name split at one of its hyphens, which stays; the name moves down to the
                # line its figures are on
                fragment = name.group(0)
                out[i] = line[: len(line) - len(fragment)].rstrip()
                out[j] = fragment + out[j].lstrip()
                i += 1
                continue
        if m is None or not _LOWER_START.match(out[j]):
            i += 1
            continue
        fragment = m.group(1).lower()
        keep = "-" in fragment or fragment in _KEEP_HYPHEN
        if keep and "-" in fragment:
            # "Qwen2.5-Coder-32B-in-" + "struct": a name's word split, not "state-of-the-" + "art"
            tail = fragment.rsplit("-", 1)[1] + _WORD_START.match(out[j].lstrip()).group(0)
            keep = tail.lower() not in _SPLIT_NAME_WORDS
        head = out[i] if keep else out[i][:-1]
        out[i] = head + out[j].lstrip()
        out[j] = ""
        joined.update(range(i + 2, j + 2))
        # stay on line i: the joined line may end in another fragment
    return out, frozenset(joined)


def _is_numeric(cell: str) -> bool:
    """A cell holding a figure: digits and no letters ("88.4", "88.4 (84.1)", "-3.2%")."""
    return bool(re.search(r"\d", cell)) and not re.search(r"[^\W\d_]", cell.replace("×", ""))


def _looks_like_header(first: Sequence[str], body: Sequence[Sequence[str]]) -> bool:
    if not body or any(_is_numeric(c) for c in first) or not any(c.strip() for c in first):
        return False
    if any(_is_numeric(c) for row in body for c in row):
        return True
    return max(len(c) for c in first) <= 30 and any(
        max((len(c) for c in row), default=0) > 30 for row in body
    )


_CAPTION = lazy(r"^\s*(?:\*\*|__|_|\*)?(Table|Tab\.)\s*[\dIVX]+[.:]?", re.IGNORECASE)


def _nearby_caption(lines: Sequence[str], first: int, last: int) -> str:
    """A "Table N: ..." line just before or after rows ``first..last`` (0-based).

    One blank line may separate caption and table.
    """
    before = first - 2 if first >= 2 and not lines[first - 1].strip() else first - 1
    after = last + 2 if last + 2 < len(lines) and not lines[last + 1].strip() else last + 1
    for k in (before, after):
        if 0 <= k < len(lines) and _CAPTION.match(lines[k]):
            return _squash(lines[k])
    # a caption wrapped over up to four lines above ("Table 3: Base models, pass@1 (%), greedy
    # decod-" / "ing, 0-shot. ..."), its words joined back across the breaks
    top = before
    while top > 0 and before - top < 3 and lines[top - 1].strip():
        top -= 1
    if 0 <= top < before and _CAPTION.match(lines[top]):
        text = ""
        for line in lines[top : before + 1]:
            line = line.strip()
            if text.endswith("-") and line[:1].islower() and text[-2:-1].isalpha():
                text = text[:-1] + line
            else:
                text = f"{text} {line}" if text else line
        return _squash(text)
    return ""


# ---------------------------------------------------------------- plain-text tables

_MD_SEPARATOR = lazy(r"(?m)^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$")
_MD_SEPARATOR_LINE = lazy(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass(frozen=True, slots=True)
class _Block:
    """A table found in text lines: 0-based line indices, header and body rows."""

    start: int
    end: int  # inclusive
    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    row_idx: tuple[int, ...]


def _split_pipe_row(line: str) -> list[str]:
    """Cells of a markdown pipe row; ``\\|`` and pipes inside backticks do not split."""
    s = line.strip()
    if "\\" not in s and "`" not in s:  # nothing can keep a pipe from splitting
        cells = s.split("|")
        if s.startswith("|"):
            cells = cells[1:]
        if s.endswith("|") and cells:
            cells = cells[:-1]
        return [c.strip() for c in cells]
    cells: list[str] = []
    buf: list[str] = []
    in_code = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            buf.append("|")
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code:
            cells.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    cells.append("".join(buf))
    if s.startswith("|"):
        cells = cells[1:]
    if s.endswith("|") and not s.endswith("\\|") and cells:
        cells = cells[:-1]
    return [c.strip() for c in cells]


def _pipe_tables(lines: Sequence[str], clean: Callable[[str], str]) -> list[_Block]:
    blocks: list[_Block] = []
    i = 0
    n = len(lines)
    while i < n - 1:
        if (
            "|" in lines[i]
            and "|" in lines[i + 1]
            and _MD_SEPARATOR_LINE.match(lines[i + 1])
            and ("-" in lines[i + 1])
        ):
            header = tuple(clean(c) for c in _split_pipe_row(lines[i]))
            width = len(header)
            rows: list[tuple[str, ...]] = []
            idx: list[int] = []
            j = i + 2
            while j < n and lines[j].strip() and "|" in lines[j]:
                cells = [clean(c) for c in _split_pipe_row(lines[j])]
                cells += [""] * (width - len(cells))
                rows.append(tuple(cells))
                idx.append(j)
                j += 1
            blocks.append(_Block(i, j - 1, (header,), tuple(rows), tuple(idx)))
            i = j
        else:
            i += 1
    return blocks


def _tab_tables(lines: Sequence[str], taken: set[int]) -> list[_Block]:
    """2+ consecutive lines with the same number (>= 2) of tab-separated cells."""
    blocks: list[_Block] = []
    i = 0
    n = len(lines)
    while i < n:
        if i in taken or "\t" not in lines[i].strip():
            i += 1
            continue
        width = len(lines[i].strip().split("\t"))
        j = i
        while (
            j < n
            and j not in taken
            and "\t" in lines[j].strip()
            and (len(lines[j].strip().split("\t")) == width)
        ):
            j += 1
        if j - i >= 2:
            rows = [tuple(_squash(c) for c in lines[k].strip().split("\t")) for k in range(i, j)]
            blocks.append(_make_block(i, j - 1, rows, list(range(i, j))))
        i = max(j, i + 1)
    return blocks


def _csv_cells(line: str) -> list[str]:
    import csv

    try:
        return next(csv.reader([line.strip()]), [])
    except csv.Error:
        return []


_MAX_CSV_CELL = 60  # longer cells are prose with commas, not a CSV file


def _csv_tables(lines: Sequence[str], taken: set[int]) -> list[_Block]:
    """A CSV file pasted into a report: 3+ consecutive lines with the same number (>= 3) of
    comma-separated cells, under a header row of names ("model,feedback,humaneval_plus")."""
    blocks: list[_Block] = []
    i = 0
    n = len(lines)
    while i < n:
        if i in taken or lines[i].count(",") < 2:
            i += 1
            continue
        width = len(_csv_cells(lines[i]))
        j = i + 1
        while j < n and j not in taken and lines[j].count(",") >= 2:
            if len(_csv_cells(lines[j])) != width:
                break
            j += 1
        rows = [tuple(_squash(c) for c in _csv_cells(lines[k])) for k in range(i, j)]
        if (
            j - i >= 3
            and width >= 3
            and all(len(c) <= _MAX_CSV_CELL for row in rows for c in row)
            and _looks_like_header(rows[0], rows[1:])
        ):
            header = tuple(c.replace("_", " ") for c in rows[0])  # "humaneval_plus"
            blocks.append(_make_block(i, j - 1, [header, *rows[1:]], list(range(i, j))))
        i = max(j, i + 1)
    return blocks


def _make_block(start: int, end: int, rows: list[tuple[str, ...]], idx: list[int]) -> _Block:
    if _looks_like_header(rows[0], rows[1:]):
        return _Block(start, end, (rows[0],), tuple(rows[1:]), tuple(idx[1:]))
    return _Block(start, end, (), tuple(rows), tuple(idx))


_GAP = lazy(r"\S+(?: \S+)*")


def _aligned_cells(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of cells separated by 2+ spaces."""
    return [(m.start(), m.end(), m.group()) for m in _GAP.finditer(line.replace("\t", "    "))]


_WIDE_GAP = lazy(r"\t+| {3,}")
_RULE_LINE = lazy(r"\s*[-=_+|: ]*[-=_]{3,}[-=_+|: ]*\s*")


_TWO_GAP = re.compile(r"\t+|  +")


def _aligned_tables(lines: Sequence[str], taken: set[int]) -> list[_Block]:
    """Runs of 2+ lines split by wide gaps (3+ spaces or tabs) or aligned 2-space gaps.

    Guards against prose: every row needs the same number (>= 2) of cells, some
    body cell past the first column must be a figure, and 2-space gaps must line
    up (left or right cell edge within 2 characters) across the rows.
    """
    blocks: list[_Block] = []
    i = 0
    n = len(lines)

    def wide(k: int) -> list[str]:
        line = lines[k]
        if k in taken or not ("\t" in line or "   " in line) or not _WIDE_GAP.search(line.strip()):
            return []
        return [c.strip() for c in _WIDE_GAP.split(lines[k].strip())]

    while i < n:
        run_w = [wide(i)]
        idx = [i]
        j = i + 1
        if len(run_w[0]) >= 2 and j < n and j not in taken and _RULE_LINE.fullmatch(lines[j]):
            j += 1  # the rule under a header: "Model   HumanEval" over "-----------------"
        while len(run_w[0]) >= 2 and j < n:
            row = wide(j)
            if not row and len(run_w) >= 2 and _continues_first_cell(lines[j], run_w[-1][0]):
                # "Qwen2.5-Coder-7B-Instruct scores 18.2 on LiveCodeBench     v     0.33"
                # "  (2407-2411)."  : a claim cell wrapped onto an indented line
                first = run_w[-1][0]
                glue = "" if first.endswith("-") else " "  # "HumanEval-" + "Bash."
                run_w[-1] = [f"{first}{glue}{lines[j].strip()}", *run_w[-1][1:]]
                j += 1
                continue
            if (
                len(row) != len(run_w[0])
                and len(run_w) >= 2
                and j not in taken
                and "  " in lines[j]
            ):
                # a long cell leaves only two spaces before the next column: split there too,
                # when the cells are figures where the row above has them (not prose)
                two = [c.strip() for c in _TWO_GAP.split(lines[j].strip())]
                above = run_w[-1]
                if len(two) == len(above) and all(
                    _is_numeric(a) or not _is_numeric(b)
                    for a, b in zip(two[1:], above[1:], strict=True)
                ):
                    row = two
            if len(row) != len(run_w[0]):
                break
            run_w.append(row)
            idx.append(j)
            j += 1
        if len(run_w) >= 2 and any(_is_numeric(c) for row in run_w[1:] for c in row[1:]):
            rows = [tuple(_squash(c) for c in row) for row in run_w]
            blocks.append(_make_block(i, j - 1, rows, idx))
            i = j
            continue
        cells = _aligned_cells(lines[i]) if i not in taken and "  " in lines[i].strip() else []
        if len(cells) < 2:
            i += 1
            continue
        run = [cells]
        idx = [i]
        j = i + 1
        if j < n and j not in taken and _RULE_LINE.fullmatch(lines[j]):
            j += 1
        while j < n and j not in taken and "  " in lines[j].strip():
            nxt = _aligned_cells(lines[j])
            if len(nxt) != len(cells) or not _columns_align(run[0], nxt):
                break
            run.append(nxt)
            idx.append(j)
            j += 1
        texts = [tuple(c[2] for c in row) for row in run]
        if len(run) >= 2 and any(_is_numeric(c) for row in texts[1:] for c in row[1:]):
            blocks.append(_make_block(i, j - 1, texts, idx))
            i = j
        else:
            i += 1
    return blocks


def _continues_first_cell(line: str, first: str) -> bool:
    """A line of one cell under a row whose first cell, a sentence, is unfinished: indented,
    or a short end of the sentence ("problems.", "(2407-2409).")."""
    text = line.strip()
    return (
        bool(text)
        and (line[:1].isspace() or (len(text) <= 40 and text[-1:] in ".!?"))
        and _WIDE_GAP.search(text) is None
        and len(first.split()) >= 4
        and first[-1:] not in ".!?"
        and _CELL_FIGURE.search(first) is not None  # a claim's sentence, not a model's name
        and not (text[:1].isupper() and len(text.split()) >= 3)  # "All runs use 3-shot."
    )


_CELL_FIGURE = lazy(r"\d\.\d+(?![\w.])|\d%")


def _columns_align(a: Sequence[tuple[int, int, str]], b: Sequence[tuple[int, int, str]]) -> bool:
    return all(
        abs(x[0] - y[0]) <= 2 or abs(x[1] - y[1]) <= 2 for x, y in zip(a[1:], b[1:], strict=True)
    )


def _clean_block(b: _Block, clean: Callable[[str], str]) -> _Block:
    def rows(rs: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(clean(c) for c in r) for r in rs)

    return _Block(b.start, b.end, rows(b.header), rows(b.rows), b.row_idx)


def _tables_from_blocks(lines: list[str], blocks: Iterable[_Block]) -> list[Table]:
    """Blank each block's lines and turn it into a Table (1-based lines)."""
    tables = []
    for b in sorted(blocks, key=lambda b: b.start):
        caption = _nearby_caption(lines, b.start, b.end)
        tables.append(
            Table(
                header=b.header,
                rows=b.rows,
                line=b.start + 1,
                row_lines=tuple(k + 1 for k in b.row_idx),
                caption=caption,
            )
        )
        for k in range(b.start, b.end + 1):
            lines[k] = ""
    return tables


def _text_tables(lines: list[str], clean: Callable[[str], str]) -> list[Table]:
    blocks = _pipe_tables(lines, clean)
    taken = {k for b in blocks for k in range(b.start, b.end + 1)}
    tabbed = _tab_tables(lines, taken) + _csv_tables(lines, taken)
    blocks += tabbed
    taken |= {k for b in tabbed for k in range(b.start, b.end + 1)}
    blocks += _aligned_tables(lines, taken)
    return _tables_from_blocks(lines, blocks)


# ---------------------------------------------------------------- text


# ("3.2 DeepSeek-Coder 6.7B": a decimal point inside a size is not a sentence's end)
_NUMBERED_HEADING = lazy(
    r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-Z](?:[^.!?]|(?<=\d)\.(?=\d)){0,78})$"
)
_NAMED_HEADINGS = frozenset(
    [
        "abstract",
        "introduction",
        "background",
        "related",
        "work",
        "method",
        "methods",
        "methodology",
        "approach",
        "experiments",
        "experimental",
        "setup",
        "evaluation",
        "results",
        "discussion",
        "limitations",
        "conclusion",
        "conclusions",
        "references",
        "acknowledgements",
        "acknowledgments",
        "appendix",
        "bibliography",
    ]
)


def _text_sections(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Numbered ("3.1 Results") or well-known ("Abstract") headings standing on their own."""
    found = []
    for k, line in enumerate(lines):
        s = line.strip()
        if not s or len(s) > 80 or (k > 0 and lines[k - 1].strip()):
            continue
        if _NUMBERED_HEADING.match(s) or s.lower().rstrip(":") in _NAMED_HEADINGS:
            found.append((k + 1, s))
    return found


def _read_plain(text: str, path: str, fmt: str = "text") -> Document:
    lines = _split_lines(text)
    tables = _text_tables(lines, _squash)
    lines, joined = _dehyphenate(lines, max_blank=4 if fmt == "pdf" else 1)
    sections = tuple(_text_sections(lines))
    return Document(path, fmt, tuple(lines), tuple(tables), sections, joined=joined)


# ---------------------------------------------------------------- markdown

_MD_MARKUP = lazy(r"[*_`\[\]<>\\&~]")
# Spans are bounded ({1,500}) so that unclosed markers cannot make a line quadratic.
_MD_IMAGE = lazy(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_LINK = lazy(r"\[([^\]\n]{1,500})\]\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)")
_MD_REFLINK = lazy(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,500}\]")
_MD_AUTOLINK = lazy(r"<((?:https?|ftp|mailto):[^>\s]{1,2000})>")
_MD_CODE = lazy(r"(`+)(.{1,2000}?)\1")
_MD_STRONG = lazy(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_MD_EM_STAR = lazy(r"(?<![\w*\\])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*\\])\*(?![\w*])")
_MD_EM_UNDER = lazy(r"(?<![\w\\])_(?=[^\s_])(.{1,500}?)(?<=[^\s_\\])_(?!\w)")
_MD_STRIKE = lazy(r"~~(?=\S)(.{1,500}?)(?<=\S)~~")
_MD_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_MD_TAG = lazy(r"</?(?:b|i|em|strong|u|span|code|sub|br|small|mark)\b[^>]{0,500}>", re.IGNORECASE)
_MD_SUP = lazy(r"<sup>(.{0,500}?)</sup>", re.IGNORECASE)
_MD_FOOTREF = lazy(r"\[\^([^\]\s]{1,100})\]")
_MD_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
_MD_QUOTE = lazy(r"^ {0,3}(?:>\s?)+")
_MD_ITEM = lazy(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?")
_MD_ATX = lazy(r"^ {0,3}(#{1,6})(?:\s+|$)")
_MD_LINKDEF = lazy(r"^ {0,3}\[(?!\^)[^\]]+\]:\s+\S+")
_MD_SETEXT = lazy(r" {0,3}(=+|-+)\s*")  # the underline of a setext heading
_MD_RULE = lazy(r" {0,3}([-*_])( *\1){2,} *")
_MD_COMMENT = lazy(r"^ {0,3}<!--.*-->\s*$")


# What a line must hold for the pattern above to match it: tested in C before the regex runs
# (tests/test_reader_screens.py checks each against its pattern).
def _may_atx(line: str) -> bool:
    return "#" in line[:4]


def _may_setext(line: str) -> bool:
    return line.lstrip(" ")[:1] in ("=", "-")


def _may_linkdef(line: str) -> bool:
    return "]:" in line


def _may_rule(line: str) -> bool:
    return line.lstrip(" ")[:1] in ("-", "*", "_")


def _may_comment(line: str) -> bool:
    return "<!--" in line


def _md_inline(text: str) -> str:
    """Markdown inline markup removed: emphasis, code, links, escapes."""
    if not _MD_MARKUP.search(text):
        return text
    codes: list[str] = []

    def stash(m: re.Match[str]) -> str:
        codes.append(m.group(2).strip())
        return f"\ue000{len(codes) - 1}\ue000"

    s = _MD_CODE.sub(stash, text) if "`" in text else text
    if "[" in s:
        s = _MD_FOOTREF.sub(lambda m: _sup(m.group(1)), _MD_IMAGE.sub(r"\1", s))
        s = _MD_REFLINK.sub(r"\1", _MD_LINK.sub(r"\1", s))
    if "<" in s:
        s = _MD_AUTOLINK.sub(r"\1", s)
        s = _MD_TAG.sub("", _MD_SUP.sub(lambda m: _sup(m.group(1)), s))
    if "*" in s or "_" in s or "~" in s:
        for _ in range(3):  # nested emphasis: ***x***, **_x_**
            s2 = _MD_STRONG.sub(r"\2", s)
            s2 = _MD_STRIKE.sub(r"\1", _MD_EM_UNDER.sub(r"\1", _MD_EM_STAR.sub(r"\1", s2)))
            if s2 == s:
                break
            s = s2
    if "\\" in s:
        s = _MD_ESCAPE.sub(r"\1", s)
    if codes:
        s = re.sub("\ue000(\\d+)\ue000", lambda m: codes[int(m.group(1))], s)
    return html.unescape(s) if "&" in s else s


# the superscripts a <sup> digit or letter becomes: footnote marks, never part of a figure
SUPERSCRIPT_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
_SUPERSCRIPT = str.maketrans(
    "0123456789abcdefghijklmnoprstuvwxyz+-=()", SUPERSCRIPT_MARKS + "⁺⁻⁼⁽⁾"
)


def _sup(text: str) -> str:
    """A superscript kept as text but apart from the number it follows.

    Digits and most lowercase letters become Unicode superscripts ("88.4¹",
    which ``\\d`` does not match); symbols stay as they are ("88.4†"); anything
    else is marked with a caret ("^Q").
    """
    t = _squash(text)
    if not t or not t[0].isalnum():
        return t
    sup = t.translate(_SUPERSCRIPT)
    return sup if all(not (c.isascii() and c.isalnum()) for c in sup) else f"^{t}"


def _front_matter(lines: list[str], path: str) -> None:
    """Model-card metadata between ``---`` lines at the top, in place: its ``model-index``
    metrics become claim lines at their values' lines, and the rest of it is blanked (not
    prose). A ``---`` rule over prose (not a YAML mapping) is left alone."""
    if not lines or lines[0].strip() != "---":
        return
    end = next((k for k in range(1, min(len(lines), 5000)) if lines[k].strip() == "---"), None)
    if end is None:
        return
    import yaml

    meta = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(meta)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return  # not metadata: read as the document's text
    if not isinstance(data, dict):
        return
    found: dict[int, list[str]] = {}
    if _model_index(data) is not None:
        try:
            items, at = _model_index_lines(meta, path)
        except (yaml.YAMLError, RecursionError, ValueError, TypeError, InputError):
            items, at = [], []  # a model-index past reading: metadata, not prose
        for line, texts in zip(at, items, strict=True):
            found.setdefault(line, []).extend(texts)
    for k in range(end + 1):
        lines[k] = "; ".join(found.get(k, ()))  # meta line n is document line n + 1: index n


def _read_markdown(text: str, path: str) -> Document:
    lines = _split_lines(text)
    if lines and lines[0].startswith("---"):
        _front_matter(lines, path)
    # fenced code: kept verbatim, excluded from markup, tables and headings
    fenced: set[int] = set()
    fence: str | None = None
    for k, line in enumerate(lines):
        m = _MD_FENCE.match(line) if ("```" in line or "~~~" in line) else None
        if fence is None and m:
            fence = m.group(1)[0] * 3
            fenced.add(k)
            lines[k] = ""
        elif fence is not None:
            fenced.add(k)
            if line.strip().startswith(fence):
                fence = None
                lines[k] = ""
    free = [line if k not in fenced else "" for k, line in enumerate(lines)]
    blocks = _pipe_tables(free, _md_inline)
    taken = {k for b in blocks for k in range(b.start, b.end + 1)}
    # a CSV file, fenced ("```csv") or not, is a table; other fenced text is not read as one
    tabbed = _csv_tables(lines, taken)
    taken |= fenced
    tabbed += _tab_tables(lines, taken | {k for b in tabbed for k in range(b.start, b.end + 1)})
    taken |= {k for b in tabbed for k in range(b.start, b.end + 1)}
    blocks += [_clean_block(b, _md_inline) for b in tabbed + _aligned_tables(lines, taken)]
    sections: list[tuple[int, str]] = []
    levels: list[int] = []
    for k, line in enumerate(lines):
        if k in taken:
            continue
        m = _MD_ATX.match(line) if _may_atx(line) else None
        if m:
            heading = line[m.end() :].strip()
            closing = heading.rstrip("#")  # "## Results ##"
            if not closing or closing[-1].isspace():
                heading = closing.strip()
            lines[k] = _md_inline(heading)
            sections.append((k + 1, lines[k]))
            levels.append(len(m.group(1)))
            continue
        if (
            k + 1 < len(lines)
            and k + 1 not in taken
            and line.strip()
            and _may_setext(lines[k + 1])
            and _MD_SETEXT.fullmatch(lines[k + 1])
            and not line.lstrip().startswith(("-", "*", "+", ">", "|"))
        ):
            levels.append(1 if lines[k + 1].strip().startswith("=") else 2)
            lines[k] = _md_inline(line.strip())
            lines[k + 1] = ""
            taken.add(k + 1)
            sections.append((k + 1, lines[k]))
            continue
        if (_may_linkdef(line) and _MD_LINKDEF.match(line)) or (
            _may_rule(line) and _MD_RULE.fullmatch(line)
        ):
            lines[k] = ""
            continue
        if _may_comment(line) and _MD_COMMENT.match(line):
            lines[k] = ""
            continue
        stripped = _MD_QUOTE.sub("", line) if ">" in line else line  # blockquote markers
        # list items keep a "• " marker: each item is a statement of its own
        if stripped.lstrip()[:1] in ("-", "*", "+", *"0123456789"):
            stripped = _MD_ITEM.sub(r"\1• ", stripped)
        lines[k] = _md_inline(stripped).rstrip()
    tables = _tables_from_blocks(lines, blocks)
    tables = [
        Table(t.header, t.rows, t.line, t.row_lines, _md_inline(t.caption)) if t.caption else t
        for t in tables
    ]
    lines, joined = _dehyphenate(lines, skip=fenced)
    return Document(
        path, "markdown", tuple(lines), tuple(tables), tuple(sections), tuple(levels), joined
    )


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "head",
    ]
)
_DROP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "object", "iframe"])
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


@dataclass
class _HtmlTable:
    """A table being parsed: rows of (cells, is_header_row, line)."""

    line: int
    rows: list[tuple[list[tuple[str, int, int, bool]], bool, int]]
    caption: str = ""
    in_thead: bool = False
    row: list[tuple[str, int, int, bool]] | None = None
    row_line: int = 0
    cell: list[str] | None = None
    cell_span: tuple[int, int, bool] = (1, 1, False)
    in_caption: bool = False


class _HtmlReader(HTMLParser):
    """Collects text blocks (with their start line), headings and tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []
        self.continued: set[int] = set()  # indexes of blocks that continue the one before
        self.headings: list[tuple[int, str]] = []
        self.tables: list[Table] = []
        self.buf: list[str] = []
        self.buf_line = 0
        self.drop = 0
        self.drop_tag: list[str] = []
        self.pre = 0
        self.sup = 0
        self.sup_buf: list[str] = []
        self.heading: int | None = None
        self.stack: list[_HtmlTable] = []
        self.buf_caption: list[str] = []
        self.bullet = False  # the next block is a list item

    # text routing: into a table cell, a caption, or the current block
    def _sink(self) -> list[str]:
        if self.sup:
            return self.sup_buf
        if self.stack:
            t = self.stack[-1]
            if t.in_caption:
                return self.buf_caption
            if t.cell is not None:
                return t.cell
            return []  # stray text between cells
        return self.buf

    def _flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        if self.pre:
            for k, part in enumerate(text.split("\n")):
                if part.strip():
                    self.blocks.append((self.buf_line + k, part.rstrip()))
            return
        if "\n" in text and not self.bullet and self.heading is None:
            # a paragraph over several source lines keeps them, so claims carry their own line
            first = True
            for k, part in enumerate(text.split("\n")):
                if part := _squash(part):
                    if not first:
                        self.continued.add(len(self.blocks))
                    self.blocks.append((self.buf_line + k, part))
                    first = False
            return
        text = _squash(text)
        if text:
            if self.bullet:  # "• " as in markdown: a list item is a statement of its own
                text = f"• {text}"
                self.bullet = False
            self.blocks.append((self.buf_line, text))
            if self.heading is not None:
                self.headings.append((self.buf_line, text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if self.drop:
            if tag == self.drop_tag[-1] and tag not in _VOID_TAGS:
                self.drop += 1
            return
        if tag in _DROP_TAGS:
            self.drop = 1
            self.drop_tag.append(tag)
            return
        if tag == "sup":
            self.sup += 1
            return
        if tag == "table":
            if not self.stack:
                self._flush()
            self.stack.append(_HtmlTable(line, []))
            return
        if self.stack:
            self._table_start(tag, attrs, line)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.heading = line
            if tag == "pre":
                self.pre += 1
            if tag == "li":
                self.bullet = True
        if tag == "br":  # a line break inside a block, not a new block
            self._append(" ", line)
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self._append(alt, line)

    def _table_start(self, tag: str, attrs: list[tuple[str, str | None]], line: int) -> None:
        t = self.stack[-1]
        if tag == "caption":
            t.in_caption = True
            self.buf_caption = []
        elif tag == "thead":
            t.in_thead = True
        elif tag == "tr":
            self._end_row(t)
            t.row, t.row_line = [], line
        elif tag in ("td", "th"):
            self._end_cell(t)
            if t.row is None:
                t.row, t.row_line = [], line
            a = dict(attrs)
            t.cell = []
            t.cell_span = (_span(a.get("colspan")), _span(a.get("rowspan")), tag == "th")
        elif tag == "br" and t.cell is not None:
            t.cell.append(" ")

    def _end_cell(self, t: _HtmlTable) -> None:
        if t.cell is not None and t.row is not None:
            t.row.append((_squash("".join(t.cell)), *t.cell_span))
        t.cell = None

    def _end_row(self, t: _HtmlTable) -> None:
        self._end_cell(t)
        if t.row:
            header = t.in_thead or all(c[3] for c in t.row)
            t.rows.append((t.row, header, t.row_line))
        t.row = None

    def handle_endtag(self, tag: str) -> None:
        if self.drop:
            if tag == self.drop_tag[-1]:
                self.drop -= 1
                if not self.drop:
                    self.drop_tag.pop()
            return
        if tag == "sup":
            if self.sup:
                self.sup -= 1
                if not self.sup:
                    text = _squash("".join(self.sup_buf))
                    self.sup_buf = []
                    if text:
                        self._append(_sup(text), self.getpos()[0])
            return
        if self.stack:
            t = self.stack[-1]
            if tag == "table":
                self._end_row(t)
                self.stack.pop()
                self.tables.append(_build_html_table(t))
            elif tag == "caption":
                t.in_caption = False
                t.caption = _squash("".join(self.buf_caption))
            elif tag == "thead":
                self._end_row(t)
                t.in_thead = False
            elif tag == "tr":
                self._end_row(t)
            elif tag in ("td", "th"):
                self._end_cell(t)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.heading = None
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        self._append(data, self.getpos()[0])

    def _append(self, data: str, line: int) -> None:
        sink = self._sink()
        if sink is self.buf and not self.buf:
            if not data.strip():
                return
            # the block starts at the first non-blank character
            lead = data[: len(data) - len(data.lstrip())]
            self.buf_line = line + lead.count("\n")
            if not self.pre:
                data = data.lstrip()
        sink.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            t = self.stack.pop()
            self._end_row(t)
            self.tables.append(_build_html_table(t))
        self._flush()


def _span(value: str | None) -> int:
    if value is None:
        return 1
    try:
        n = int(str(value).strip())
    except ValueError:
        return 1
    return min(max(n, 1), 1000)


def _build_html_table(t: _HtmlTable) -> Table:
    """Lay out cells on a grid: colspan repeats the text, rowspan carries it down."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for cells, _, _ in t.rows:
        out: list[str] = []
        col = 0
        queue = list(cells)
        while queue or any(c >= col for c in pending):
            if col in pending:
                text, left = pending[col]
                out.append(text)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (text, left - 1)
                col += 1
                continue
            if not queue:
                break
            text, colspan, rowspan, _ = queue.pop(0)
            for _ in range(colspan):
                if rowspan > 1:
                    pending[col] = (text, rowspan - 1)
                out.append(text)
                col += 1
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    n_head = 0
    for _, is_header, _ in t.rows:
        if not is_header:
            break
        n_head += 1
    if n_head == len(t.rows):  # all <th>: first row only
        n_head = min(1, len(t.rows) - 1)
    lines = [line for _, _, line in t.rows]
    return Table(
        header=tuple(tuple(r) for r in grid[:n_head]),
        rows=tuple(tuple(r) for r in grid[n_head:]),
        line=lines[0] if lines else t.line,
        row_lines=tuple(lines[n_head:]),
        caption=t.caption,
    )


_HTML_STRAY_LT = lazy(r"<(?=[^<>]*(?:<|\Z))")


def _defuse_html(text: str) -> str:
    """Escape a ``<`` that never closes, and unterminated comments.

    html.parser rescans to the end of the input for each of them, which makes
    broken pages quadratic; as text they read the way a browser shows them.
    """
    text = _HTML_STRAY_LT.sub("&lt;", text)
    last = text.rfind("-->")
    head, tail = (text[: last + 3], text[last + 3 :]) if last >= 0 else ("", text)
    return head + tail.replace("<!--", "&lt;!--")


def _read_html(text: str, path: str) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    n_lines = len(_split_lines(text)) or 1
    parser = _HtmlReader()
    try:
        parser.feed(_defuse_html(text))
        parser.close()
    except AssertionError as exc:  # html.parser's way of giving up, e.g. on "<![foo]>"
        detail = _squash(str(exc))[:120] or type(exc).__name__
        raise InputError(f"malformed HTML: {detail}", path=path, code="input.malformed") from None
    lines = [""] * n_lines
    continues_at: set[int] = set()  # lines holding the later lines of a paragraph
    for i, (line, block) in enumerate(parser.blocks):
        k = min(max(line, 1), n_lines) - 1
        if i not in parser.continued and k >= 2 and k - 1 in continues_at and lines[k - 2]:
            # a paragraph right on the line after another's last: that last line joins the one
            # before it, so a blank line still parts the two paragraphs
            lines[k - 2] = f"{lines[k - 2]} {lines[k - 1]}"
            lines[k - 1] = ""
            continues_at.discard(k - 1)
        if i in parser.continued:
            continues_at.add(k)
        if lines[k]:  # blocks sharing a source line (minified HTML, list items)
            sep = " " if lines[k][-1] in ".!?:;," else "; "
            lines[k] = f"{lines[k]}{sep}{block}"
        else:
            lines[k] = block
    sections: dict[int, str] = {}
    for line, heading in parser.headings:
        sections[line] = f"{sections[line]} {heading}" if line in sections else heading
    tables = sorted((t for t in parser.tables if t.rows or t.header), key=lambda t: t.line)
    return Document(path, "html", tuple(lines), tuple(tables), tuple(sorted(sections.items())))


# ---------------------------------------------------------------- JSON / YAML

_TEXT_KEYS = ("text", "claim", "sentence")


_LIST_KEYS = ("claims", "results", "runs", "items", "entries", "data")
_VALUE_KEYS = ("value", "score", "result", "accuracy")
_SETTING_KEYS = (
    "shots",
    "decoding",
    "n",
    "n_samples",
    "temperature",
    "cot",
    "version",
    "dataset_version",
    "window",
    "feedback",
    "setting",
)
_PASS_KEY = re.compile(r"^pass@\d+$", re.IGNORECASE)


def _setting_words(item: dict) -> list[str]:
    """Setting fields of a structured claim as words the extractor reads ("0-shot", "n=20")."""
    words = []
    nested = item.get("setting") if isinstance(item.get("setting"), dict) else {}
    merged = {**nested, **{k: v for k, v in item.items() if k != "setting"}}
    if isinstance(merged.get("shots"), int):
        words.append(f"{merged['shots']}-shot")
    if merged.get("decoding") in ("greedy", "sampled", "sampling"):
        words.append(str(merged["decoding"]))
    n = merged.get("n_samples", merged.get("n"))
    if isinstance(n, int):
        words.append(f"sampled n={n}")
    if isinstance(merged.get("temperature"), (int, float)):
        words.append(f"T={merged['temperature']}")
    if merged.get("cot") is True:
        words.append("CoT")
    elif merged.get("cot") is False:
        words.append("without CoT")
    for key in ("version", "dataset_version", "window"):
        if isinstance(merged.get(key), str):
            version = merged[key]
            if version.lower().replace("-", " ").split() == ["all", "time"]:
                words.append("all-time window")
            else:
                # a bare window ("2407-2411") reads as one only beside its benchmark's name
                words.append(f"window {version}" if version[:1].isdigit() else version)
    if isinstance(merged.get("feedback"), str):
        words.append(f"{merged['feedback']} feedback")
    return words


# other spellings of a structured claim's fields, as claim lists in the wild write them
_FIELD_SPELLINGS = {
    "model": ("model_name", "name", "model_id"),
    "benchmark": ("task", "bench", "dataset", "benchmark_name"),
    "shots": ("n_shot", "n_shots", "num_fewshot", "num_shots", "fewshot", "few_shot"),
    "cot": ("chain_of_thought",),
    "n_samples": ("num_samples",),
}


def _canonical_fields(item: dict) -> dict:
    """``item`` with its fields under the names read here ({"model_name": ...} -> "model")."""
    out = dict(item)
    for field, spellings in _FIELD_SPELLINGS.items():
        if field not in out:
            spelled = next((k for k in spellings if k in out), None)
            if spelled is not None:
                out[field] = out.pop(spelled)
    return out


def _structured_lines(item: dict, shared: dict) -> list[str]:
    """Lines for a structured result: {model, benchmark, value|score|pass@k} or
    {model, <benchmark>: {pass@1: ...}}."""
    item = _canonical_fields(item)
    model = item.get("model")
    if not isinstance(model, str) or not model:
        return []
    # the run's setting, field by field under the item's own: {"shots": 0} + {"cot": true}
    own = item.get("setting") if isinstance(item.get("setting"), dict) else {}
    settings = _setting_words({**item, "setting": {**shared.get("setting", {}), **own}})

    def suffix(metric: str | None) -> str:
        words = [m for m in (metric,) if m] + settings
        return f" ({', '.join(words)})" if words else ""

    bench = item.get("benchmark")
    if isinstance(bench, str) and bench:
        for key in _VALUE_KEYS:
            if isinstance(item.get(key), (int, float, str)) and str(item[key]) != "":
                metric = item.get("metric") if isinstance(item.get("metric"), str) else None
                return [f"{model}: {item[key]} on {bench}{suffix(metric)}"]
        passes = [k for k in item if _PASS_KEY.match(k) and isinstance(item[k], (int, float))]
        return [f"{model}: {item[k]} on {bench}{suffix(k)}" for k in passes]
    lines = []
    for key, sub in item.items():
        if key in ("model", "metric", *_SETTING_KEYS) or not isinstance(sub, dict):
            continue
        name = key.replace("_", " ")
        for metric, value in sub.items():
            if _PASS_KEY.match(str(metric)) and isinstance(value, (int, float)):
                lines.append(f"{model}: {value} on {name}{suffix(metric)}")
    return lines


_RUN_KEYS = ("run", "meta", "metadata", "config")


def _run_group(item: Any) -> list | None:
    """The claims of a run that groups them: {"name": ..., "setting": {...}, "claims": [...]}."""
    if not isinstance(item, dict) or "model" in item:
        return None
    return next((item[k] for k in _LIST_KEYS if isinstance(item.get(k), list)), None)


def _run_claims(item: Any) -> list:
    """A run group's claims, each under the run's setting and metric (its own first); any
    other item as it is."""
    claims = _run_group(item)
    if claims is None:
        return [item]
    run_setting = item.get("setting") if isinstance(item.get("setting"), dict) else {}
    metric = item.get("metric") if isinstance(item.get("metric"), str) else None
    out = []
    for claim in claims:
        if isinstance(claim, dict) and "model" in claim:
            own = claim.get("setting") if isinstance(claim.get("setting"), dict) else {}
            claim = {**claim, "setting": {**run_setting, **own}}
            if metric and not isinstance(claim.get("metric"), str):
                claim["metric"] = metric
        out.append(claim)
    return out


def _claim_list(data: Any, path: str) -> tuple[list, dict]:
    """The list of claims in ``data`` and the settings shared by all of them."""
    shared: dict = {}
    if isinstance(data, dict):
        # {"setting": ...} at the top, or in a run header: {"run": {"setting": ...}}
        for holder in (data, *(data.get(k) for k in _RUN_KEYS)):
            if isinstance(holder, dict) and isinstance(holder.get("setting"), dict):
                shared = {"setting": holder["setting"]}
                break
        key = next((k for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        if key is not None:
            data = data[key]
    if isinstance(data, list) and any(_run_group(item) is not None for item in data):
        data = [claim for item in data for claim in _run_claims(item)]
    if not isinstance(data, list):
        raise InputError(
            'not a claim list: expected a list of strings, of objects with "text", '
            'or {"claims": [...]}',
            path=path,
            code="input.malformed",
        )
    return data, shared


def _claim_items(data: Any, path: str) -> list[list[str]]:
    """Claim texts per item of a list of strings/objects or {"claims": [...]} (or "results",
    "runs")."""
    items, shared = _claim_list(data, path)
    out = []
    for n, item in enumerate(items, 1):
        if isinstance(item, str):
            out.append([_squash(item)])
            continue
        if isinstance(item, dict):
            text = next((item[k] for k in _TEXT_KEYS if isinstance(item.get(k), str)), None)
            if text is not None:
                out.append([_squash(text)])
                continue
            structured = _structured_lines(item, shared)
            if structured:
                out.append([_squash(x) for x in structured])
                continue
        raise InputError(
            f'claim {n}: expected a string, an object with "text", '
            "or an object with model, benchmark and value",
            path=path,
            code="input.malformed",
        )
    return out


def _claim_lines(data: Any, path: str) -> list[str]:
    return [line for item in _claim_items(data, path) for line in item]


def _run_claim_nodes(node: Any) -> list:
    """The claim nodes of a run group's node (see ``_run_group``), else the node itself."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return [node]
    keys = {getattr(k, "value", None): v for k, v in node.value}
    if "model" in keys:
        return [node]
    inner = next((keys[k] for k in _LIST_KEYS if isinstance(keys.get(k), yaml.SequenceNode)), None)
    return list(inner.value) if inner is not None else [node]


def _yaml_item_lines(text: str, n_items: int) -> list[int] | None:
    """The source line of each claim of a YAML claim list: its value's line ("score: 47.6"),
    else the item's first line (None when the list cannot be found again)."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    seq = root
    if isinstance(root, yaml.MappingNode):
        seq = next(
            (
                v
                for k, v in root.value
                if getattr(k, "value", None) in _LIST_KEYS and isinstance(v, yaml.SequenceNode)
            ),
            None,
        )
    if not isinstance(seq, yaml.SequenceNode):
        return None
    nodes = [claim for node in seq.value for claim in _run_claim_nodes(node)]
    if len(nodes) != n_items:
        return None
    lines = []
    for node in nodes:
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for k, _ in node.value:
                key = str(getattr(k, "value", ""))
                if key in _VALUE_KEYS or _PASS_KEY.match(key):
                    line = k.start_mark.line + 1
                    break
        lines.append(line)
    return lines


_WINDOW_CONFIG = re.compile(r"^(?:\d{4}-\d{4}|v\d+(?:\.\d+)*|all[-_ ]?time)$", re.IGNORECASE)


def _model_index(data: Any) -> list | None:
    """The ``model-index`` list of Hugging Face model-card metadata, if ``data`` has one."""
    if isinstance(data, dict) and isinstance(data.get("model-index"), list):
        return data["model-index"]
    return None


_MAX_METRICS = 10_000  # a model card lists dozens; more is an alias bomb, not a card


def _model_index_lines(text: str, path: str) -> tuple[list[list[str]], list[int]]:
    """Claim texts of a Hugging Face ``model-index`` (one per metric: "Qwen2.5-Coder-7B:
    0.616 on HumanEval (pass@1, greedy, 0-shot)") and the line of each metric's ``value``,
    read from the YAML node tree so each claim keeps its own line. Entries, results and
    metrics of the wrong shape are skipped."""
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    loader = yaml.SafeLoader("")

    def get(node: Any, key: str) -> Any:
        if isinstance(node, yaml.MappingNode):
            return next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        return None

    def items_of(node: Any) -> list:
        return node.value if isinstance(node, yaml.SequenceNode) else []

    def plain(node: Any) -> Any:
        return loader.construct_object(node, deep=True) if node is not None else None

    items: list[list[str]] = []
    lines: list[int] = []
    for entry in items_of(get(root, "model-index")):
        name = (
            plain(get(entry, "name")) if isinstance(get(entry, "name"), yaml.ScalarNode) else None
        )
        if not isinstance(name, str) or not name:
            continue
        for result in items_of(get(entry, "results")):
            dataset = get(result, "dataset")
            dataset = plain(dataset) if isinstance(dataset, yaml.MappingNode) else None
            if not isinstance(dataset, dict) or not isinstance(dataset.get("name"), str):
                continue
            version = next(
                (
                    str(dataset[k])
                    for k in ("config", "revision", "split")
                    if _WINDOW_CONFIG.match(str(dataset.get(k, "")))
                ),
                None,
            )
            for node in items_of(get(result, "metrics")):
                value_node = get(node, "value")
                if not isinstance(node, yaml.MappingNode) or not isinstance(
                    value_node, yaml.ScalarNode
                ):
                    continue
                metric = plain(node)
                value = metric.get("value")
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                if len(items) >= _MAX_METRICS:
                    raise InputError(
                        f"model-index has more than {_MAX_METRICS:,} metric values",
                        path=path,
                        code="input.too_large",
                    )
                words = [str(metric[k]) for k in ("type", "name") if isinstance(metric.get(k), str)]
                args = metric.get("args") if isinstance(metric.get("args"), dict) else {}
                shots = args.get("num_fewshot")
                if isinstance(shots, int) and not isinstance(shots, bool):
                    words.append(f"{shots}-shot")
                if version is not None:
                    words.append(f"window {version}" if version[:1].isdigit() else version)
                suffix = f" ({', '.join(dict.fromkeys(words))})" if words else ""
                items.append([_squash(f"{name}: {value} on {dataset['name']}{suffix}")])
                lines.append(value_node.start_mark.line + 1)
    return items, lines


def _read_json(text: str, path: str) -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            path=path,
            code="input.malformed",
        ) from None
    except (RecursionError, ValueError) as exc:
        raise InputError(
            f"malformed JSON ({type(exc).__name__})", path=path, code="input.malformed"
        ) from None
    if _model_index(data) is not None:
        return _model_index_document(path, "json", text)
    items = _claim_items(data, path)
    if not items:
        raise InputError("claim list is empty", path=path, code="input.empty")
    # JSON is YAML's flow style: the YAML composer finds each item's line (pure Python, so
    # only for lists of a size people edit by hand)
    at = _yaml_item_lines(text, len(items)) if len(text) <= _LINE_LOOKUP_LIMIT else None
    return _claims_document(path, "json", text, items, at)


def _read_yaml(text: str, path: str) -> Document:
    import yaml  # lazy: only claim files need it

    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        where = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        problem = _squash(str(exc.problem or exc.context or "syntax error"))
        raise InputError(
            f"malformed YAML: {problem}{where}",
            path=path,
            code="input.malformed",
        ) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise InputError(
            f"malformed YAML ({type(exc).__name__})", path=path, code="input.malformed"
        ) from None
    if _model_index(data) is not None:
        return _model_index_document(path, "yaml", text)
    items = _claim_items(data, path)
    if not items:
        raise InputError("claim list is empty", path=path, code="input.empty")
    return _claims_document(path, "yaml", text, items, _yaml_item_lines(text, len(items)))


def _model_index_document(path: str, fmt: str, text: str) -> Document:
    import yaml

    try:
        items, at = _model_index_lines(text, path)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise InputError(
            f"malformed model-index ({type(exc).__name__})", path=path, code="input.malformed"
        ) from None
    if not items:
        raise InputError("model-index has no metric values", path=path, code="input.empty")
    return _claims_document(path, fmt, text, items, at)


_LINE_LOOKUP_LIMIT = 2_000_000  # characters


def _claims_document(
    path: str, fmt: str, text: str, items: list[list[str]], at: list[int] | None
) -> Document:
    """A claim list as a document: each claim on its own source line, so reports and CI
    annotations point at it."""
    if at is None or len(set(at)) < len(at):
        # lines unknown, or claims sharing one (compact JSON): one claim per line, so no
        # claim reads as part of its neighbour's sentence
        return Document(path, fmt, tuple(line for item in items for line in item))
    lines = [""] * max(max(at), len(_split_lines(text)))
    for line, texts in zip(at, items, strict=True):
        lines[line - 1] = "; ".join([lines[line - 1], *texts] if lines[line - 1] else texts)
    return Document(path, fmt, tuple(lines))


# ---------------------------------------------------------------- LaTeX

_LATEX_SYMBOLS = {
    "dagger": "†",
    "ddagger": "‡",
    "textdagger": "†",
    "textdaggerdbl": "‡",
    "S": "§",
    "P": "¶",
    "pm": "±",
    "mp": "∓",
    "times": "×",
    "sim": "~",
    "approx": "≈",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "uparrow": "↑",
    "downarrow": "↓",
    "rightarrow": "→",
    "to": "→",
    "leftarrow": "←",
    "checkmark": "✓",
    "cmark": "✓",
    "xmark": "✗",
    "ast": "*",
    "star": "*",
    "bigstar": "★",
    "cdot": "·",
    "bullet": "•",
    "textbullet": "•",
    "ldots": "...",
    "dots": "...",
    "cdots": "...",
    "textasciitilde": "~",
    "textbackslash": "\\",
    "textbar": "|",
    "textless": "<",
    "textgreater": ">",
    "circ": "°",
    "degree": "°",
    "textdegree": "°",
    "infty": "∞",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "Delta": "Δ",
    "epsilon": "ε",
    "lambda": "λ",
    "mu": "μ",
    "sigma": "σ",
    "tau": "τ",
    "theta": "θ",
    "textendash": "–",
    "textemdash": "—",
    "textpercent": "%",
    "copyright": "©",
    "textregistered": "®",
    "texttrademark": "™",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "%": "%",
    "&": "&",
    "_": "_",
    "#": "#",
    "$": "$",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "quad": " ",
    "qquad": " ",
    "enspace": " ",
    "thinspace": " ",
    "newline": " ",
    "linebreak": " ",
    "\\": " ",
    "tabularnewline": " ",
    "/": "",
    "-": "",
    "@": "",
    "slash": "/",
}
# Wrappers whose (last) argument is kept: \textbf{88.4} -> 88.4
_LATEX_KEEP = frozenset(
    [
        "textbf",
        "emph",
        "underline",
        "textit",
        "texttt",
        "textsc",
        "textrm",
        "textsf",
        "textmd",
        "textup",
        "textsl",
        "textnormal",
        "mathbf",
        "mathrm",
        "mathit",
        "mathsf",
        "mathtt",
        "mathcal",
        "mathbb",
        "boldsymbol",
        "bm",
        "text",
        "mbox",
        "hbox",
        "fbox",
        "uline",
        "uwave",
        "ul",
        "sout",
        "makecell",
        "shortstack",
        "tnote",
        "operatorname",
        "mathnormal",
        "underbar",
        "ensuremath",
        "url",
        "nolinkurl",
        "footnote",
        "textcolor",
        "colorbox",
        "href",
        "hyperref",
        "emph",
    ]
)
# Commands dropped with their arguments: \cite{x}, \label{x}
_LATEX_DROP = {
    **dict.fromkeys(
        [
            "cite",
            "citep",
            "citet",
            "citealp",
            "citealt",
            "citeauthor",
            "citeyear",
            "citenum",
            "parencite",
            "textcite",
            "autocite",
            "ref",
            "eqref",
            "autoref",
            "cref",
            "Cref",
            "pageref",
            "nameref",
            "label",
            "vspace",
            "hspace",
            "vskip",
            "includegraphics",
            "bibliography",
            "bibliographystyle",
            "input",
            "include",
            "pagestyle",
            "thispagestyle",
            "cellcolor",
            "rowcolor",
            "columncolor",
            "arrayrulecolor",
            "cline",
            "footnotemark",
            "addlinespace",
            "phantom",
            "hphantom",
            "vphantom",
            "rule",
            "usepackage",
            "documentclass",
            "color",
            "setcounter",
            "addtocounter",
            "newcolumntype",
            "captionsetup",
        ],
        1,
    ),
    "setlength": 2,
    "specialrule": 3,
    "cmidrule": 1,
    "newcommand": 2,
    "renewcommand": 2,
    "providecommand": 2,
    "definecolor": 3,
}
# Commands whose last of n arguments is kept: \textcolor{red}{88.4} -> 88.4
_LATEX_KEEP_LAST = {
    "textcolor": 2,
    "colorbox": 2,
    "href": 2,
    "multicolumn": 3,
    "raisebox": 2,
    "scalebox": 2,
    "resizebox": 3,
}
# in order of depth: a heading's level is its place here, from 1
_LATEX_SECTIONS = (
    "part",
    "chapter",
    "section",
    "subsection",
    "subsubsection",
    "paragraph",
    "subparagraph",
)
_LATEX_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    '"': "\u0308",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
}
_LATEX_TABULARS = ("tabular", "tabular*", "tabularx", "tabulary", "longtable", "array")
_CONTROL_WORD = lazy(r"\\([A-Za-z]+)\*?|\\(.)", re.DOTALL)
_RULES = lazy(
    r"\\(?:hline|toprule|midrule|bottomrule|hhline|firsthline|lasthline|endhead|endfirsthead|"
    r"endfoot|endlastfoot|morecmidrules)\b"
    r"|\\(?:cmidrule|cline|specialrule|addlinespace|arrayrulecolor)(?:\([^)]*\))?(?:\[[^\]]*\])?"
    r"(?:\{[^{}]*\})*"
)


def _group(s: str, i: int, open_: str = "{", close: str = "}") -> tuple[str, int] | None:
    """The content of the balanced group opening at ``s[i]`` and the index after it."""
    if i >= len(s) or s[i] != open_:
        return None
    depth = 0
    j = i
    while j < len(s):
        ch = s[j]
        if ch == "\\":
            j += 2
            continue
        if ch == open_:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return s[i + 1 : j], j + 1
        j += 1
    return s[i + 1 :], len(s)  # unbalanced: take the rest


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def _args(s: str, i: int, n: int) -> tuple[list[str], int]:
    """Up to ``n`` mandatory arguments after ``s[i]``; optional [..] and (..) groups skipped."""
    out: list[str] = []
    while len(out) < n:
        j = _skip_space(s, i)
        if j < len(s) and s[j] in "[(":
            g = _group(s, j, s[j], "]" if s[j] == "[" else ")")
            if g is None:  # pragma: no cover - _group handles any opener
                break
            i = g[1]
            continue
        if j < len(s) and s[j] == "*":
            i = j + 1
            continue
        g = _group(s, j)
        if g is None:
            break
        out.append(g[0])
        i = g[1]
    return out, i


def _newlines(s: str) -> str:
    return "\n" * s.count("\n")


_LATEX_SPECIAL = lazy(r"[\\$^_~{}\-`']")


def _latex_inline(s: str, macros: dict[str, str] | None = None, depth: int = 0) -> str:
    """LaTeX markup to text, keeping every newline (so line numbers stay true)."""
    if depth > 20:
        return _newlines(s)
    macros = macros or {}
    out: list[str] = []
    i = 0
    n = len(s)
    while i < n:
        special = _LATEX_SPECIAL.search(s, i)
        if special is None:
            out.append(s[i:])
            break
        if special.start() > i:  # plain text up to the next special character
            out.append(s[i : special.start()])
            i = special.start()
        ch = s[i]
        if ch == "\\" and i + 1 < n:
            m = _CONTROL_WORD.match(s, i)
            assert m is not None
            name = m.group(1) or m.group(2)
            j = m.end()
            if m.group(2) is not None and name in _LATEX_ACCENTS and j < n:
                g = _group(s, j) if s[j] == "{" else (s[j], j + 1)
                if g is not None:
                    base = _latex_inline(g[0], macros, depth + 1).strip()
                    out.append(
                        unicodedata.normalize("NFC", base[:1] + _LATEX_ACCENTS[name]) + base[1:]
                    )
                    i = g[1]
                    continue
            if name in macros:
                out.append(_latex_inline(macros[name], macros, depth + 5))
                i = j
            elif name in _LATEX_SYMBOLS:
                out.append(_LATEX_SYMBOLS[name])
                i = j
                if m.group(1) and s[i : i + 2] == "{}":
                    i += 2
            elif name in _LATEX_SECTIONS or name in ("caption", "title", "author", "item"):
                if name == "item":  # "• " as in markdown lists; an [label] is dropped
                    k = _skip_space(s, j)
                    g = _group(s, k, "[", "]") if s[k : k + 1] == "[" else None
                    i = g[1] if g else j
                    out.append("• ")
                    continue
                args, i = _args(s, j, 1)
                out.append(_latex_inline(args[0], macros, depth + 1) if args else "")
            elif name in _LATEX_KEEP_LAST:
                args, i = _args(s, j, _LATEX_KEEP_LAST[name])
                if args:
                    out.append("".join(_newlines(a) for a in args[:-1]))
                    out.append(_latex_inline(args[-1], macros, depth + 1))
            elif name == "multirow":
                _, text, i = _multirow(s, j)
                out.append(_latex_inline(text, macros, depth + 1))
            elif name == "footnote":
                args, i = _args(s, j, 1)
                if args:
                    out.append(f" ({_latex_inline(args[0], macros, depth + 1).strip()})")
            elif name in ("url", "nolinkurl"):
                args, i = _args(s, j, 1)
                out.extend(args[:1])
            elif name == "verb" and j < n:
                eol = s.find("\n", j)
                end = s.find(s[j], j + 1, n if eol < 0 else eol)
                if end < 0:
                    i = j
                else:
                    out.append(s[j + 1 : end])
                    i = end + 1
            elif name in ("textsuperscript", "tnote"):
                args, i = _args(s, j, 1)
                if args:
                    out.append(_sup(_latex_inline(args[0], macros, depth + 1)))
            elif name in _LATEX_DROP:
                if name.startswith(("cite", "ref", "eqref", "autoref", "cref", "Cref")):
                    while out and not out[-1].rstrip(" "):
                        out.pop()  # "HumanEval~\cite{x}," -> "HumanEval,"
                    if out:
                        out[-1] = out[-1].rstrip(" ")
                args, i = _args(s, j, _LATEX_DROP[name])
                out.append("".join(_newlines(a) for a in args))
            elif name in _LATEX_KEEP:
                args, i = _args(s, j, 1)
                if args:
                    out.append(_latex_inline(args[0], macros, depth + 1))
            elif name in ("begin", "end"):
                args, i = _args(s, j, 1)
                if i < n and s[i] == "[" and args and args[0] not in _LATEX_TABULARS:
                    g = _group(s, i, "[", "]")
                    i = g[1] if g else i
                if args and name == "begin" and args[0] in ("tabular*", "tabularx", "tabulary"):
                    more, i = _args(s, i, 2)
                    out.append("".join(_newlines(a) for a in more))
                elif args and name == "begin" and args[0] in _LATEX_TABULARS:
                    more, i = _args(s, i, 1)
                    out.append("".join(_newlines(a) for a in more))
            else:
                # unknown command: drop it, keep a following {argument}'s text
                i = j
                k = _skip_space(s, i)
                if k < n and s[k] == "{":
                    g = _group(s, k)
                    if g:
                        out.append(_latex_inline(g[0], macros, depth + 1))
                        i = g[1]
            continue
        if ch == "$":
            k = i + 2 if s.startswith("$$", i) else i + 1
            end = s.find(s[i:k], k)
            if end < 0:
                out.append("$")
                i += 1
                continue
            out.append(_latex_math(s[k:end], macros, depth))
            i = end + (k - i)
            continue
        if ch in "^_" and i + 1 < n:
            g = _group(s, i + 1) if s[i + 1] == "{" else None
            cw = _CONTROL_WORD.match(s, i + 1) if s[i + 1] == "\\" else None
            if g:
                body, i = g
            elif cw:
                body, i = cw.group(), cw.end()
            else:
                body, i = s[i + 1], i + 2
            text = _latex_inline(body, macros, depth + 1)
            out.append(_sup(text) if ch == "^" and text.strip() else text)
            continue
        if ch == "~":
            out.append(" ")
        elif ch in "{}":
            pass
        elif ch == "-" and s.startswith("---", i):
            out.append("—")
            i += 3
            continue
        elif ch == "-" and s.startswith("--", i):
            out.append("–")
            i += 2
            continue
        elif s.startswith(("``", "''"), i):
            out.append('"')
            i += 2
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _multirow(s: str, i: int) -> tuple[int, str, int]:
    """(rows, text, end) of the arguments of ``\\multirow`` starting at ``s[i]``.

    Handles ``{n}{width}{text}``, ``{n}*{text}`` and optional ``[..]`` arguments.
    """
    first, k = _args(s, i, 1)
    k = _skip_space(s, k)
    if s[k : k + 1] == "*":
        rest, end = _args(s, k + 1, 1)
    else:
        rest, end = _args(s, k, 2)
    if not first or not rest:
        return 1, "", end
    try:
        rows = int(first[0].strip())
    except ValueError:
        rows = 1
    return rows, rest[-1], end


def _latex_math(body: str, macros: dict[str, str], depth: int) -> str:
    """Inline math as text: $88.4$ -> 88.4, $^\\dagger$ -> †, $\\pm 0.3$ -> ±0.3."""
    text = _latex_inline(body, macros, depth + 1)
    return text.replace("^", "") if re.fullmatch(r"\s*\^[^\w\s]+\s*", text) else text


_LATEX_COMMENT = lazy(r"\\verb\*?([^A-Za-z\s*])[^\n]*?\1|\\[\\%]|%[^\n]*")


def _strip_latex_comments(text: str) -> str:
    """Drop ``%`` comments, keeping ``\\%`` and ``\\verb|..%..|``."""
    return _LATEX_COMMENT.sub(lambda m: "" if m.group().startswith("%") else m.group(), text)


def _latex_macros(preamble: str) -> dict[str, str]:
    """Simple argument-free \\newcommand / \\def macros: \\newcommand{\\ours}{CodeX}."""
    macros: dict[str, str] = {}
    for m in re.finditer(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*(?=\{)", preamble):
        g = _group(preamble, m.end())
        if g and "#" not in g[0]:
            macros[m.group(1)] = g[0]
    for m in re.finditer(r"\\def\s*\\([A-Za-z]+)\s*(?=\{)", preamble):
        g = _group(preamble, m.end())
        if g and "#" not in g[0]:
            macros[m.group(1)] = g[0]
    return macros


_BEGIN_TABULAR = lazy(r"\\begin\s*\{(tabular\*?|tabularx|tabulary|longtable|array)\}")


_TABLE_ENV = lazy(r"\\(begin|end)\s*\{(table\*?|longtable|wraptable|sidewaystable)\}")
_CAPTION_CMD = lazy(r"\\caption\s*(?:\[[^\]]*\])?\s*\{")


def _latex_tables(text: str, macros: dict[str, str]) -> tuple[str, list[Table]]:
    """Find tabular environments; return the text with them blanked and their Tables."""
    tables: list[Table] = []
    pieces: list[str] = []
    newlines = [k for k, ch in enumerate(text) if ch == "\n"]
    envs = list(_TABLE_ENV.finditer(text))
    begins = [e for e in envs if e.group(1) == "begin"]
    begin_starts = [b.start() for b in begins]
    ends = [e.start() for e in envs if e.group(1) == "end"]
    pos = 0
    for m in _BEGIN_TABULAR.finditer(text):
        if m.start() < pos:
            continue  # nested in a table we already read
        env = m.group(1)
        n_specs = 2 if env in ("tabular*", "tabularx", "tabulary") else 1
        _, body_start = _args(text, m.end(), n_specs)
        end_m = re.compile(r"\\end\s*\{" + re.escape(env) + r"\}").search(text, body_start)
        body_end = end_m.start() if end_m else len(text)
        stop = end_m.end() if end_m else len(text)
        first_line = bisect_left(newlines, body_start) + 1
        table = _latex_tabular(text[body_start:body_end], first_line, macros)
        # caption: in the enclosing table environment, else inside the tabular (longtable)
        k = bisect_right(begin_starts, m.start()) - 1
        lo, hi = m.start(), stop
        if k >= 0:
            j = bisect_left(ends, begins[k].end())
            close = ends[j] if j < len(ends) else len(text)
            if close >= stop:
                lo, hi = begins[k].end(), close
        cap = _CAPTION_CMD.search(text, lo, hi)
        caption = _latex_caption_text(text, cap, macros) if cap else ""
        if table.rows or table.header:
            tables.append(Table(table.header, table.rows, table.line, table.row_lines, caption))
        pieces.append(text[pos : m.start()])
        pieces.append(_newlines(text[m.start() : stop]))
        pos = stop
    pieces.append(text[pos:])
    return "".join(pieces), tables


def _latex_caption_text(text: str, m: re.Match[str], macros: dict[str, str]) -> str:
    g = _group(text, m.end() - 1)
    return _squash(_latex_inline(g[0], macros).replace("\n", " ")) if g else ""


_SPLIT_SPECIAL = lazy(r"[\\{}&]")


def _split_unescaped(s: str, sep: str) -> list[str]:
    """Split on ``sep`` (``&`` or ``\\\\``) outside braces and not escaped by a backslash."""
    parts: list[str] = []
    buf: list[str] = []
    depth = 0
    i = 0
    n = len(s)
    while i < n:
        m = _SPLIT_SPECIAL.search(s, i)
        if m is None:
            buf.append(s[i:])
            break
        buf.append(s[i : m.start()])
        i = m.start()
        ch = s[i]
        if ch == "\\" and i + 1 < n:
            if sep == "\\\\" and s[i + 1] == "\\" and depth == 0:
                parts.append("".join(buf))
                buf = []
                i += 2
                if i < n and s[i] == "*":
                    i += 1
                j = _skip_space(s, i)
                if j < n and s[j] == "[":  # \\[2pt]
                    g = _group(s, j, "[", "]")
                    i = g[1] if g else i
                continue
            buf.append(s[i : i + 2])
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        if sep == "&" and ch == "&" and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return parts


def _latex_tabular(body: str, first_line: int, macros: dict[str, str]) -> Table:
    """Rows from a tabular body: \\multicolumn expanded, \\multirow carried down."""
    body = re.sub(r"\\tabularnewline\b", r"\\\\", body)
    for m in reversed(list(re.finditer(r"\\caption\s*(?:\[[^\]]*\])?\s*(?=\{)", body))):
        g = _group(body, m.end())  # longtable: the caption is a row of its own
        if g:
            tail = re.match(r"\s*(\\\\)?", body[g[1] :])
            stop = g[1] + (tail.end() if tail else 0)
            body = body[: m.start()] + _newlines(body[m.start() : stop]) + body[stop:]
    raw_rows = _split_unescaped(body, "\\\\")
    grid: list[list[str]] = []
    lines: list[int] = []
    rule_after: list[bool] = []  # a \midrule/\hline follows this row
    midrule_after: list[bool] = []
    carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows left)
    offset = 0
    for raw in raw_rows:
        lead_rule = _RULES.search(raw)
        row_start = offset
        offset += len(raw) + 2
        if lead_rule and grid and not _RULES.sub("", raw[: lead_rule.start()]).strip():
            rule_after[-1] = True
            if re.search(r"\\(midrule|hline|cmidrule)", raw):
                midrule_after[-1] = midrule_after[-1] or "\\midrule" in raw or "\\hline" in raw
        content = _RULES.sub(lambda r: _newlines(r.group()), raw)
        if not content.strip():
            continue
        lead = len(content) - len(content.lstrip())
        line = first_line + body.count("\n", 0, row_start) + content[:lead].count("\n")
        cells: list[str] = []
        spans: list[int] = []
        for cell in _split_unescaped(content, "&"):
            n = 1
            rows = 1
            # also when wrapped: \cellcolor{..}\multicolumn{..}, \textbf{\multirow{..}}
            mc = re.search(r"\\multicolumn(?![A-Za-z])\s*", cell)
            if mc:
                args, end = _args(cell, mc.end(), 3)
                if len(args) == 3:
                    n = _span(args[0])
                    cell = cell[: mc.start()] + args[2] + cell[end:]
            mr = re.search(r"\\multirow(?![A-Za-z])\s*", cell)
            if mr:
                rows, text, end = _multirow(cell, mr.end())
                cell = cell[: mr.start()] + text + cell[end:]
            text = _squash(_latex_inline(cell, macros).replace("\n", " "))
            cells.extend([text] * n)
            spans.extend([rows] * n)
        # apply carried \multirow text into empty cells of this row
        for col, (text, left) in list(carry.items()):
            if col < len(cells) and not cells[col]:
                cells[col] = text
            if left <= 1:
                del carry[col]
            else:
                carry[col] = (text, left - 1)
        for col, rows in enumerate(spans):
            if rows > 1:
                carry[col] = (cells[col], rows - 1)
            elif rows < -1:  # \multirow{-2}: text written in the last row, fill upwards
                for back in range(1, min(-rows, len(grid) + 1)):
                    prev = grid[-back]
                    if col < len(prev) and not prev[col]:
                        prev[col] = cells[col]
        grid.append(cells)
        lines.append(line)
        rule_after.append(False)
        midrule_after.append(False)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    n_head = 0
    if any(midrule_after[:-1]):
        n_head = midrule_after.index(True) + 1
        if n_head > 4:
            n_head = 0
    if not n_head and len(grid) > 1 and _looks_like_header(grid[0], grid[1:]):
        n_head = 1
    return Table(
        header=tuple(tuple(r) for r in grid[:n_head]),
        rows=tuple(tuple(r) for r in grid[n_head:]),
        line=lines[0] if lines else first_line,
        row_lines=tuple(lines[n_head:]),
    )


def _read_latex(text: str, path: str) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    n_source = text.count("\n") + (0 if text.endswith("\n") else 1)
    text = _strip_latex_comments(text)
    begin = re.search(r"\\begin\s*\{document\}", text)
    preamble = text[: begin.start()] if begin else ""
    macros = _latex_macros(preamble or text)
    if begin:
        text = _newlines(text[: begin.end()]) + text[begin.end() :]
    end = re.search(r"\\end\s*\{document\}", text)
    if end:
        text = text[: end.start()] + _newlines(text[end.start() :])
    for env in ("comment", "thebibliography", "tikzpicture"):
        text = re.sub(
            r"\\begin\s*\{" + env + r"\}.*?(\\end\s*\{" + env + r"\}|\Z)",
            lambda m: _newlines(m.group()),
            text,
            flags=re.DOTALL,
        )
    # verbatim-like environments: keep their text raw
    verbatim: dict[str, str] = {}

    def stash(m: re.Match[str]) -> str:
        keys = []
        for raw in m.group(2).split("\n"):  # one placeholder per line keeps numbering
            keys.append(f"\x00{len(verbatim)}\x00")
            verbatim[keys[-1]] = raw
        return _newlines(m.group(1)) + "\n".join(keys) + _newlines(m.group(3))

    text = re.sub(
        r"(\\begin\s*\{(?:verbatim|lstlisting|minted)\}(?:\[[^\]]*\])?(?:\{[^}]*\})?)(.*?)"
        r"(\\end\s*\{(?:verbatim|lstlisting|minted)\}|\Z)",
        stash,
        text,
        flags=re.DOTALL,
    )
    text, tables = _latex_tables(text, macros)
    sections: list[tuple[int, str]] = []
    levels: list[int] = []
    newlines = [k for k, ch in enumerate(text) if ch == "\n"]
    for m in re.finditer(
        r"\\(" + "|".join(_LATEX_SECTIONS) + r")\*?\s*(?:\[[^\]]*\])?\s*(?=\{)", text
    ):
        g = _group(text, m.end())
        if g:
            title = _squash(_latex_inline(g[0], macros).replace("\n", " "))
            if title:
                sections.append((bisect_left(newlines, m.start()) + 1, title))
                levels.append(_LATEX_SECTIONS.index(m.group(1)) + 1)
    plain = _latex_inline(text, macros)
    if verbatim:
        plain = re.sub("\x00\\d+\x00", lambda m: verbatim.get(m.group(), ""), plain)
    lines = [_squash(line) for line in _split_lines(plain)]
    lines += [""] * (n_source - len(lines))
    lines = lines[:n_source]
    title = re.search(r"\\title\s*(?:\[[^\]]*\])?\s*(?=\{)", preamble)
    g = _group(preamble, title.end()) if title else None
    if title and g:  # the preamble is blanked, but the title may name the models
        lines[preamble.count("\n", 0, title.start())] = _squash(_latex_inline(g[0], macros))
    lines, joined = _dehyphenate(lines)
    return Document(
        path, "latex", tuple(lines), tuple(tables), tuple(sections), tuple(levels), joined
    )


_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


@contextmanager
def _quiet(logger: str) -> Iterator[None]:
    """Silence a library's log records and warnings (only the CLI may print)."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.setLevel(level)


def _read_pdf(data: bytes, path: str) -> Document:
    """PDF text via pypdf, page texts joined by newlines, then read as plain text."""
    if not _is_pdf(data):
        raise InputError("malformed PDF: no %PDF- header", path=path, code="input.pdf_malformed")
    encrypted = InputError(
        "PDF is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)",
        path=path,
        code="input.pdf_encrypted",
    )
    try:
        with _quiet("pypdf"):
            pages, layouts = _pdf_pages(data)
    except _Encrypted:
        raise encrypted from None
    except Exception as exc:  # pypdf raises many types (and some bare ones) on bad files
        if type(exc).__name__ in ("FileNotDecryptedError", "DependencyError"):
            raise encrypted from None
        raise InputError(
            "malformed PDF: cannot be parsed; re-export it or give its text instead",
            path=path,
            code="input.pdf_malformed",
        ) from exc
    text = "\n".join(_drop_page_furniture(pages)).translate(_LIGATURES)
    if not text.strip():
        raise InputError(
            "PDF has no extractable text (scanned images?)", path=path, code="input.empty"
        )
    return _add_layout_tables(_read_plain(text, path, "pdf"), layouts)


def _add_layout_tables(doc: Document, layouts: Sequence[str]) -> Document:
    """Tables found in pypdf's layout-mode text, placed on the plain-text lines.

    Layout mode keeps column gaps that plain extraction reduces to one space. A
    table found there counts only if each of its rows is, spaces aside, a line
    of ``doc.lines`` (in order): that keeps line numbers true and rules out
    two-column prose, whose layout lines mix both columns.
    """
    lines = list(doc.lines)
    where: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if line.strip():
            where.setdefault(_squash(line), []).append(k)
    found: list[Table] = []
    cursor = 0
    for layout in layouts:
        rows = [row for row in layout.translate(_LIGATURES).split("\n") if row.strip()]
        for block in _aligned_tables(rows, set()):
            targets: list[int] = []
            at = cursor
            for k in range(block.start, block.end + 1):
                hit = next((x for x in where.get(_squash(rows[k]), ()) if x >= at), None)
                if hit is None or lines[hit] == "":
                    break
                targets.append(hit)
                at = hit + 1
            else:
                cursor = at
                row_lines = tuple(targets[k - block.start] + 1 for k in block.row_idx)
                caption = _nearby_caption(lines, targets[0], targets[-1])
                found.append(Table(block.header, block.rows, targets[0] + 1, row_lines, caption))
                for x in targets:
                    lines[x] = ""
    if not found:
        return doc
    tables = tuple(sorted((*doc.tables, *found), key=lambda t: t.line))
    return replace(doc, lines=tuple(lines), tables=tables)


_PAGE_NUMBER = lazy(r"(?i)^\W*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\W*$")


def _drop_page_furniture(pages: list[str]) -> list[str]:
    """Blank page numbers and running headers/footers at page edges (lines stay).

    A page-edge line is furniture when it is only a page number, or when the
    same text is at the edge of at least half of the pages (3 pages or more).
    Blanking them lets paragraphs and hyphenated words join across pages.
    """
    split = [p.rstrip("\n").split("\n") for p in pages]

    def edges(lines: list[str]) -> list[int]:
        filled = [k for k, line in enumerate(lines) if line.strip()]
        return sorted({filled[0], filled[-1]}) if filled else []

    counts: dict[str, int] = {}
    for lines in split:
        for k in edges(lines):
            key = re.sub(r"\d+", "#", lines[k].strip())
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, c in counts.items() if len(pages) >= 3 and c * 2 >= len(pages)}
    for lines in split:
        for k in edges(lines):
            line = lines[k].strip()
            if _PAGE_NUMBER.match(line) or re.sub(r"\d+", "#", line) in repeated:
                lines[k] = ""
    return ["\n".join(lines) for lines in split]


class _Encrypted(Exception):
    """The PDF needs a password other than the empty one."""


_FIGURES = lazy(r"(?<![\w.])\d+(?:\.\d+)?")


def _pdf_pages(data: bytes) -> tuple[list[str], list[str]]:
    """Plain text of each page, and layout-mode text of pages that may hold a table."""
    from pypdf import PdfReader  # lazy: only PDFs need it

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise _Encrypted
    pages = []
    layouts = []
    for page in reader.pages:
        text = page.extract_text() or ""
        pages.append(text)
        # a table needs two lines with two figures each; only then pay for layout mode
        if sum(len(_FIGURES.findall(line)) >= 2 for line in text.split("\n")) >= 2:
            try:
                layouts.append(page.extract_text(extraction_mode="layout") or "")
            except Exception:  # layout mode is a bonus: older pypdf, odd fonts
                layouts.append("")
    return pages, layouts
