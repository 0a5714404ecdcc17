"""The markdown reader's cheap pre-tests never hide a line its patterns would match."""

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import readers as r

SCREENS = {
    "atx": (r._MD_ATX.match, r._may_atx),
    "linkdef": (r._MD_LINKDEF.match, r._may_linkdef),
    "comment": (r._MD_COMMENT.match, r._may_comment),
    "setext": (r._MD_SETEXT.fullmatch, r._may_setext),
    "rule": (r._MD_RULE.fullmatch, r._may_rule),
}
LINES = st.text(alphabet=" \t#=-*_[]^:!<>`|\\ab1.", max_size=14)


def _split_pipe_row_by_chars(line: str) -> list[str]:
    """The reader's character loop, applied to every row (the oracle for its fast path)."""
    s = line.strip()
    cells, buf, in_code, i = [], [], False, 0
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


@settings(max_examples=3000, deadline=None)
@given(LINES)
def test_pipe_rows_split_as_by_the_character_loop(line: str) -> None:
    assert r._split_pipe_row(line) == _split_pipe_row_by_chars(line)


@settings(max_examples=3000, deadline=None)
@given(LINES, LINES)
def test_line_screens_keep_every_match(line: str, below: str) -> None:
    for matches, screen in SCREENS.values():
        if matches(line):
            assert screen(line), line
    if r._MD_SETEXT.fullmatch(below):
        assert r._may_setext(below)


def _matching(pattern) -> st.SearchStrategy[str]:
    """Lines the pattern matches at their start, anything after (no newline)."""
    return st.from_regex(f"(?:{pattern._pattern})[^\\n]{{0,6}}", fullmatch=True).filter(
        lambda s: "\n" not in s
    )


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        _matching(r._MD_ATX).map(lambda s: ("atx", s)),
        _matching(r._MD_LINKDEF).map(lambda s: ("linkdef", s)),
        _matching(r._MD_COMMENT).map(lambda s: ("comment", s)),
        st.from_regex(r._MD_SETEXT._pattern, fullmatch=True).map(lambda s: ("setext", s)),
        st.from_regex(r._MD_RULE._pattern, fullmatch=True).map(lambda s: ("rule", s)),
    )
)
def test_screens_pass_lines_made_to_match(case: tuple[str, str]) -> None:
    kind, line = case
    matches, screen = SCREENS[kind]
    if matches(line):
        assert screen(line), line


def test_screened_markdown_still_reads_headings_rules_and_comments() -> None:
    doc = r.read_text(
        "   ## Results ##\nTitle\n  ===\n[ref]: http://x\n - - -\n<!-- hidden -->\n| a | b |\n|---|---|\n| x | 1 |\n",
        format="markdown",
    )
    assert [s for _, s in doc.sections] == ["Results", "Title"]
    assert not any("hidden" in line or "http" in line or "- -" in line for line in doc.lines)
    assert doc.tables[0].rows == (("x", "1"),)
