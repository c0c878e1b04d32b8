"""The page of a real worker in headless Chromium: two workers have processed real articles and
bad messages, and the page shows the fleet as a person would read it: both workers and the
partitions each holds, the lag per partition, the dead letters by reason, the per-minute rates
and the chart of events by PLOVER type. When one worker stops, the page shows one worker
holding every partition."""

from __future__ import annotations

import pytest

from bench.corpus import news_articles
from tests.integration.browser import Chromium, chromium_binary
from tests.integration.conftest import fleet_workers, produce

pytestmark = pytest.mark.integration

ARTICLES = 30
BAD = 2

# What the page shows: the text of each table's cells, the chart's bars (their titles) and its
# legend, as the browser renders them.
SHOWN = """(() => {
  if (!document.getElementById("fleet-summary")) return null;  // another page, or none yet
  const rows = (id) => [...document.querySelectorAll(`#${id} tbody tr`)]
    .map((tr) => [...tr.cells].map((td) => td.innerText));
  return {
    summary: document.getElementById("fleet-summary").innerText,
    workers: rows("workers"), partitions: rows("partitions"),
    deadletters: rows("deadletters"), rates: rows("rates"),
    bars: [...document.querySelectorAll("#chart rect")].map((r) => r.textContent),
    legend: [...document.querySelectorAll("#legend span")].map((s) => s.innerText),
  };
})()"""


def column_sum(rows: list[list[str]], column: int) -> int:
    return sum(int(row[column]) for row in rows)


async def test_the_page_shows_the_fleet(pair, producer, tmp_path):
    chromium_binary()  # before starting workers: skip or fail at once without a browser
    one, two = pair
    one.launch()
    two.launch()
    one.wait_ready()
    two.wait_ready()
    produce(producer, one, news_articles(ARTICLES))
    for number in range(BAD):
        producer.send(one.settings.topic("articles").name, key=b"bad%d" % number, value=b"{")
    producer.flush(timeout=60)
    done = one.wait_for(
        lambda s: (
            s["fleet"]["total"]["articles_done"] == ARTICLES + BAD
            and s["fleet"]["lag_total"] == 0
            and len(fleet_workers(s)) == 2
        ),
        "both workers done and committed",
    )
    total = done["fleet"]["total"]
    names = sorted(fleet_workers(done))

    async with Chromium(tmp_path / "profile", one.log.with_name("chromium.log")) as browser:
        await browser.goto(one.settings.web_url)
        shown = await browser.wait_for(
            SHOWN,
            lambda page: (
                page["summary"] == "2 workers, lag 0"
                and page["rates"]
                and column_sum(page["rates"], 1) == ARTICLES + BAD
            ),
            "two workers and every article in the rates",
        )
        # the workers, each with its partitions, which together are all four
        assert sorted(row[0] for row in shown["workers"]) == names
        held = [row[1] for row in shown["workers"]]
        assert all(partitions != "none" for partitions in held)
        assert sorted(int(p) for cell in held for p in cell.split(", ")) == [0, 1, 2, 3]
        assert column_sum(shown["workers"], 2) == ARTICLES + BAD
        # the lag per partition: each held by one of the workers, nothing left
        assert [row[0] for row in shown["partitions"]] == ["0", "1", "2", "3"]
        assert {row[1] for row in shown["partitions"]} <= set(names)
        assert [row[4] for row in shown["partitions"]] == ["0"] * 4
        assert column_sum(shown["partitions"], 3) == ARTICLES + BAD
        # dead letters by reason, the rates per minute, the chart of events by type
        assert shown["deadletters"] == [["invalid_json", str(BAD)]]
        assert column_sum(shown["rates"], 2) == total["events_out"] > 0
        assert column_sum(shown["rates"], 3) == total["mentions_out"]
        types = sorted(done["fleet"]["events_by_type"])
        assert shown["legend"] == types
        assert sum(int(bar.rsplit(": ", 1)[1]) for bar in shown["bars"]) == total["events_out"]
        assert {bar.split(" ")[1].rstrip(":") for bar in shown["bars"]} == set(types)

        two.stop()  # a clean stop leaves the fleet at once; its partitions go to the other
        alone = await browser.wait_for(
            SHOWN,
            lambda page: (
                page["summary"] == "1 worker, lag 0"
                and len(page["workers"]) == 1
                and page["workers"][0][1] == "0, 1, 2, 3"
            ),
            "one worker holding every partition",
        )
        assert alone["workers"][0][0] == done["worker"]
        assert {row[1] for row in alone["partitions"]} == {done["worker"]}
