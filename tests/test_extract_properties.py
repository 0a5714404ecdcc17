"""Property tests: the extractor and the judge never raise on arbitrary input."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import judge_claims
from checker.errors import InputError
from checker.extract import extract_claims
from checker.readers import read_text

FRAGMENTS = st.sampled_from(
    [
        "Qwen2.5-Coder-7B-Instruct",
        "DeepSeek-Coder-Instruct 33B",
        "o1-mini",
        "It",
        "our 7B model",
        "the 70B base model",
        "HumanEval",
        "HumanEval+",
        "HumanEval Pro",
        "MBPP Pro",
        "pass@1",
        "pass@10",
        "(0-shot)",
        "greedy",
        "n=20",
        "88.4",
        "0.884",
        "59.6%",
        "100",
        "by 7.9 points",
        "+6.8 over",
        "from 96.2% to 76.2%",
        "outperforms",
        "the best",
        "respectively",
        "vs",
        "/",
        "|",
        "| --- |",
        "\t",
        "\n",
        ". ",
        ", ",
        ";",
        "(",
        ")",
        "**",
        "†",
        "- ",
        "(hereafter X)",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(FRAGMENTS, max_size=40).map(" ".join))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, fmt=st.sampled_from(["text", "markdown", "html", "latex", "json", "yaml"]))
def test_extract_and_judge_never_raise(ctx, text, fmt):
    try:
        doc = read_text(text, path="p", format=fmt)
    except InputError:
        return
    claims = extract_claims(doc, ctx.vocab)
    report = judge_claims(claims, ctx)
    assert len(report.verdicts) == len(claims)
    for v in report.verdicts:
        assert 0.0 <= v.confidence <= 1.0
        assert v.claim.span.line >= 1
        assert v.claim.value != v.claim.value or -100.0 <= v.claim.value <= 100.0


def test_screened_patterns_agree_with_their_regex():
    """A word screen only skips text the regex cannot match."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker import extract
    from checker._lazyre import ScreenedPattern

    screened = [p for p in vars(extract).values() if isinstance(p, ScreenedPattern)]
    assert len(screened) >= 5
    words = sorted({w for p in screened for w in p.words}) + [
        "The",
        "7B",
        "model",
        "by",
        "of",
        "is",
        "4-shot",
        "Ahead",
        "OUTPERFORMS",
        "lead",
        "than",
    ]
    text = st.lists(st.one_of(st.sampled_from(words), st.text(max_size=6)), max_size=12).map(
        " ".join
    )

    @settings(max_examples=400, deadline=None)
    @given(text)
    def agree(t):
        for p in screened:
            raw = re.compile(p._pattern, p._flags)
            assert [m.span() for m in p.finditer(t)] == [m.span() for m in raw.finditer(t)]
            assert bool(p.search(t)) == bool(raw.search(t))

    agree()


def test_tail_screened_patterns_agree_with_their_regex():
    """A last-character screen only skips text the regex cannot match."""
    import re

    from checker import extract
    from checker._lazyre import TailScreenedPattern

    screened = [p for p in vars(extract).values() if isinstance(p, TailScreenedPattern)]
    assert len(screened) >= 4
    words = [
        "Table", "Fig.", "et al.,", "v", "version", "n =", "T=", "top_p=", "top-p", "@", "#",
        "score:", "ranked", "No.", "step", "2024-", "3/", "$", "from", "FROM", "12.5", "88%",
        "to", "-", "–", "between", "and", "scores", "of", "achieves", "é", "K", "\u212a",
        "Apache", "MIT", "GPL", "BSD", "license:", "licence",
    ]  # fmt: skip
    text = st.lists(
        st.tuples(
            st.one_of(st.sampled_from(words), st.text(max_size=4)),
            st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0"]),
        ),
        max_size=8,
    ).map(lambda xs: "".join(w + s for w, s in xs))

    @settings(max_examples=600, deadline=None)
    @given(text)
    def agree(t):
        for p in screened:
            raw = re.compile(p._pattern, p._flags)
            found, expected = p.search(t), raw.search(t)
            assert (found and found.span()) == (expected and expected.span()), (p._pattern, t)

    agree()


def test_word_screens_do_not_change_settings(monkeypatch):
    """setting_in and setting_cue_spans read the same settings with and without their screens."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker import vocab

    words = [
        "0-shot",
        "five shots",
        "greedy",
        "sampled",
        "T=0.2",
        "temperature of 0.8",
        "n=20",
        "20 samples",
        "CoT",
        "without chain-of-thought",
        "execution feedback",
        "v0.2",
        "2407-2409",
        "pass@10",
        "pass at 1",
        "Shot",
        "GREEDY",
        "Ｔ",
        "ſampled",
        "of",
        "=",
    ]
    text = st.lists(st.one_of(st.sampled_from(words), st.text(max_size=5)), max_size=10).map(
        " ".join
    )

    def unscreened(t):
        with monkeypatch.context() as m:
            m.setattr(vocab, "word_screen", lambda _t: lambda *_w: True)
            return vocab.setting_in.__wrapped__(t), vocab.setting_cue_spans.__wrapped__(t)

    @settings(max_examples=400, deadline=None)
    @given(text)
    def same(t):
        assert (vocab.setting_in(t), vocab.setting_cue_spans(t)) == unscreened(t)

    same()


NAME_TEXT = st.text(alphabet=st.sampled_from(list("aZ09_+.- \t-/()é")), max_size=40)


@given(NAME_TEXT)
@settings(max_examples=400, deadline=None)
def test_name_token_offsets_equal_the_regex(text):
    """Name words found on lowered ASCII text sit where a scan of the original finds them."""
    import re

    from checker.extract import _NAME_WORD, _NAME_WORD_LOWER, _token_spans

    if not text.isascii():
        return
    lower = text.lower()
    assert _NAME_WORD_LOWER.findall(lower) == _NAME_WORD.findall(lower)
    assert _token_spans(lower, _NAME_WORD_LOWER.findall(lower)) == [
        m.span() for m in re.finditer(_NAME_WORD.pattern, text)
    ]


@given(st.text(alphabet=st.sampled_from(list(" -_\t\n\u00a0\u2003a.")), max_size=4))
@settings(max_examples=400, deadline=None)
def test_run_gaps_equal_the_regex(gap):
    """The hand-written gap test accepts exactly what ``\\s?-\\s?|\\s|_`` fully matches."""
    import re

    from checker.extract import _joins

    assert _joins(gap) == bool(re.fullmatch(r"\s?-\s?|\s|_", gap))


def _alias_texts():
    from checker.vocab import default_benchmark_vocab

    aliases = sorted(default_benchmark_vocab().by_alias)

    def respaced(alias: str):  # each space of an alias kept, left out or made a hyphen
        gaps = st.lists(st.sampled_from([" ", "", "-"]), min_size=alias.count(" "))
        return gaps.map(
            lambda g: "".join(
                p + (g[i] if i < len(g) else "") for i, p in enumerate(alias.split(" "))
            )
        )

    piece = st.one_of(
        st.sampled_from(aliases).flatmap(
            lambda a: st.sampled_from([a, a.upper(), a.title(), a + "s"])
        ),
        st.sampled_from([a for a in aliases if " " in a]).flatmap(respaced),
        st.sampled_from(["code", "human", "eval", "hard", "x", "7B", "88.4", "é", "HE", "he"]),
    )
    sep = st.sampled_from([" ", "", "-", "_", "(", ")", "+", ".", "@", "/", "  ", " (+)"])
    return st.lists(st.tuples(piece, sep), max_size=8).map(lambda xs: "".join(p + s for p, s in xs))


@given(_alias_texts())
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_benchmark_word_screen_never_drops_a_mention(text):
    """The word-set test before the alias scan only skips text the scan finds nothing in."""
    from checker.vocab import build_benchmark_vocab, default_benchmark_vocab

    screened = default_benchmark_vocab()
    plain = build_benchmark_vocab(screened.registry)
    plain.__dict__["_first_words"] = None  # no screen: every text is scanned
    assert screened._first_words  # the screen is on for the real registry
    assert screened._find(text) == plain._find(text)


@given(
    st.lists(
        st.sampled_from(
            ["A", "b7", ".", "!", "?", ";", " ", "  ", "\n", "\n\n", "et al.", "(", "e.g."]
        ),
        max_size=30,
    ).map("".join)
)
@settings(max_examples=500, deadline=None)
def test_sentence_pieces_are_the_text_between_breaks(text):
    """Sentences are what ``re.split`` on the break pattern leaves, each at its own offset."""
    from checker.extract import _SENTENCE_END, _sentences

    pieces = [p for p in _SENTENCE_END.split(text) if p]
    got = _sentences(text)
    assert [p for _, p in got] == pieces
    assert all(text[i : i + len(p)] == p for i, p in got)


def test_the_window_screen_passes_every_window():
    """The paragraph screen before ``window_version`` never hides a date window."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from checker.extract import _may_window
    from checker.vocab import window_version

    parts = ["2407", "2409", "-", "–", "~", " ", "2023/9/1", "2024-04-01", "to", "v0.2", "x"]
    text = st.lists(st.one_of(st.sampled_from(parts), st.text(max_size=4)), max_size=10).map(
        "".join
    )

    @settings(max_examples=600, deadline=None)
    @given(text)
    def agree(t):
        found = window_version(t)
        if found is not None and not found.startswith("v") and found != "all-time":
            assert _may_window(t), t

    agree()
