from checker.granularity import check, fits, power


def test_greedy_pass1_on_164():
    assert check(76.2, "76.2", 1, 164).code == "granularity.consistent"
    assert "125/164" in check(76.2, "76.2", 1, 164).message
    finding = check(96.2, "96.2", 1, 164)
    assert finding.code == "granularity.impossible"
    assert "157/164" in finding.message and "158/164" in finding.message
    assert check(30.0, "30.0", 1, 164).code == "granularity.impossible"


def test_truncation_only_fit_is_reported():
    assert check(59.7, "59.7", 1, 164).code == "granularity.truncated"


def test_no_power_cases():
    assert check(65.7, "65.7", 1, 164, sampled=True, n_samples=20).code == "granularity.no_power"
    assert check(65.7, "65.7", 1, None).code == "granularity.no_power"
    assert check(50.0, "50.0", 1, 1140).code == "granularity.no_power"


def test_power_matches_published_fractions():
    # field notes: 16.5% of one-decimal values are reachable on 164 problems
    assert round(1 - power(1, 164), 3) == 0.165
    assert fits("50.0", 1, 50.0, 164) == [] or all(f.n == 164 for f in fits("50.0", 1, 50.0, 164))
    assert [f.k for f in fits("50.0", 1, 50.0, 378)] == [189]
