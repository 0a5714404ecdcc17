import pytest

from checker.match import compare_settings, metric_relation, values_agree
from checker.records import Reference, Setting


def ref(value_text: str, **setting) -> Reference:
    return Reference(
        "m",
        "m",
        "humaneval",
        "pass@1",
        float(value_text),
        value_text,
        Setting(**setting),
        "s",
        "T1",
    )


@pytest.mark.parametrize(
    "claim,decimals,published,agree",
    [
        (59.6, 1, "59.63", True),  # claim precision covers the reference
        (60.0, 0, "59.6", True),  # "60" allows 59.5-60.5
        (59.7, 1, "59.63", False),
        (59.70, 2, "59.73", False),  # "59.70" is stricter than "59.7"
        (59.7, 1, "59.73", True),
        (64.9, 1, "64.8", False),  # touching intervals do not agree
        (88.4, 1, "88.4", True),
        (88.4, 1, "0.884", True),  # a fraction in the source is the same scale
    ],
)
def test_tolerance_from_printed_precision(claim, decimals, published, agree):
    r = ref(published)
    if published.startswith("0."):
        r = Reference("m", "m", "humaneval", "pass@1", 88.4, published, Setting(), "s", "T1")
    assert values_agree(claim, decimals, r) is agree


def test_metric_relation():
    assert metric_relation("pass@1", "pass@1") == "same"
    assert metric_relation(None, "pass@1") == "assumed"
    assert metric_relation("pass@1", "unstated") == "assumed"
    assert metric_relation("pass@10", "pass@1") == "different"
    assert metric_relation(None, "pass@10") == "different"


def test_settings_conflict_and_unstated():
    c = compare_settings(Setting(shots=0), Setting(shots=1, decoding="greedy"))
    assert c.conflicts == ("shots",)
    c = compare_settings(Setting(), Setting(shots=1))
    assert c.compatible and c.claim_unstated == ("shots",)
    # a feedback row never stands for a plain claim, and vice versa
    assert not compare_settings(Setting(), Setting(feedback="execution")).compatible
    assert not compare_settings(Setting(feedback="execution"), Setting()).compatible


def test_a_row_silent_on_cot_is_a_plain_run():
    # a "no CoT" claim and a row that prints no CoT column agree on CoT ...
    c = compare_settings(Setting(shots=1, cot=False), Setting(shots=1))
    assert (c.compatible, c.ref_unstated, c.claim_unstated) == (True, (), ())
    # ... but a CoT claim is not stated by such a row
    assert compare_settings(Setting(cot=True), Setting()).ref_unstated == ("cot",)
    assert not compare_settings(Setting(cot=False), Setting(cot=True)).compatible


def test_interval_index_finds_the_same_rows_as_a_scan(ctx):
    """RefStore.agreeing (bisect over printed intervals) equals filtering near_value."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    store = ctx.store

    @settings(max_examples=300, deadline=None)
    @given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=-1, max_value=3))
    def same(thousandths, decimals):
        value = round(thousandths / 1000, max(decimals, 0))
        scanned = [r for r in store.near_value(value) if values_agree(value, decimals, r)]
        assert store.agreeing(value, decimals) == scanned

    same()
    assert store.agreeing(96.2, 1)  # o1-mini's HumanEval figure is in the data
