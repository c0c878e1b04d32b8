"""Per-minute rates from cumulative counters sampled at heartbeats."""

from __future__ import annotations

from streams.rates import MinuteRates, minute_of, sum_minutes

T0 = 1_800_000_000.0  # a minute boundary: 30,000,000 minutes since the epoch


def test_growth_counts_in_the_minute_of_the_sample():
    rates = MinuteRates(kept=3)
    rates.observe(T0 + 10, {"articles": 5, "events": 2})
    rates.observe(T0 + 50, {"articles": 8, "events": 2})
    rates.observe(T0 + 70, {"articles": 20, "events": 9, "type:PROTEST": 4})

    minutes = rates.minutes(T0 + 70)

    assert [m["minute"] for m in minutes] == [minute_of(T0) - 1, minute_of(T0), minute_of(T0) + 1]
    assert minutes[0]["counts"] == {}  # idle minutes are there, as zero
    assert minutes[1]["counts"] == {"articles": 8, "events": 2}
    assert minutes[2]["counts"] == {"articles": 12, "events": 7, "type:PROTEST": 4}


def test_old_minutes_are_forgotten():
    rates = MinuteRates(kept=2)
    rates.observe(T0, {"articles": 1})
    rates.observe(T0 + 300, {"articles": 3})

    assert [m["counts"] for m in rates.minutes(T0 + 300)] == [{}, {"articles": 2}]
    assert all(m["counts"] == {} for m in rates.minutes(T0 + 600))


def test_workers_add_up_minute_by_minute():
    one, two = MinuteRates(kept=2), MinuteRates(kept=2)
    one.observe(T0 + 5, {"articles": 3})
    two.observe(T0 + 6, {"articles": 4, "events": 1})
    two.observe(T0 + 65, {"articles": 5, "events": 1})

    added = sum_minutes([one.minutes(T0 + 65), two.minutes(T0 + 65)])

    assert added == [
        {"minute": minute_of(T0), "counts": {"articles": 7, "events": 1}},
        {"minute": minute_of(T0) + 1, "counts": {"articles": 1}},
    ]
