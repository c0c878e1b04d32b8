"""The ``geowire`` command line: a thin layer over plain functions."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from base import GeoWireError
from schemas.errors import REASONS, TRANSIENT_REASONS
from streams.settings import Settings, SettingsError, load_settings

__all__ = ["main"]

OUTPUT_TOPICS = ("events", "mentions", "deadletter", "duplicates")
# extraction.dev_split.PARTS, spelled out: importing extraction loads spaCy (~0.8 s) for every
# command; a test keeps the two equal.
DEV_PARTS = ("read", "scored", "all")


class _Commands(click.Group):
    """Every command reports GeoWire's own errors (Kafka or Redis refusing the login, an
    unreachable broker) as one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except GeoWireError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Commands)
@click.pass_context
def main(ctx: click.Context) -> None:
    """GeoWire: news articles in, geopolitical events out, on Kafka."""
    try:
        ctx.obj = load_settings()
    except SettingsError as error:
        raise click.UsageError(str(error)) from error


@main.command()
@click.argument("action", type=click.Choice(["up", "down", "status"]))
@click.pass_obj
def services(settings: Settings, action: str) -> None:
    """Start, stop or show the local Kafka broker and Redis server."""
    import services as svc

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    run = {"up": svc.services_up, "down": svc.services_down, "status": svc.services_status}
    try:
        for status in run[action](settings):
            click.echo(str(status))
    except svc.ServiceError as error:
        raise click.ClickException(str(error)) from error


@main.command()
@click.argument("action", type=click.Choice(["create"]))
@click.pass_obj
def topics(settings: Settings, action: str) -> None:
    """Create GeoWire's topics on the broker (the worker also does this at start-up)."""
    from streams.topics import create_topics

    created = asyncio.run(create_topics(settings))
    click.echo(f"created: {', '.join(created)}" if created else "all topics exist")


@main.command()
@click.option("--loglevel", default="info", show_default=True)
@click.pass_obj
def worker(settings: Settings, loglevel: str) -> None:
    """Run the stream worker with its web view."""
    from cli.worker import run_worker
    from streams.webport import with_free_web_port

    run_worker(with_free_web_port(settings), loglevel)


@main.command()
@click.argument("source", type=click.Path(allow_dash=True, path_type=Path))
@click.pass_obj
def produce(settings: Settings, source: Path) -> None:
    """Send articles to Kafka: JSON lines (a file, a folder, or - for standard input), or plain
    text files as article bodies."""
    from cli.clients import messages_from_lines, messages_from_path
    from cli.clients import produce as send

    if str(source) == "-":
        messages = list(messages_from_lines(sys.stdin.buffer))
    elif source.exists():
        messages = list(messages_from_path(source))
    else:
        raise click.BadParameter(f"{source} does not exist", param_hint="SOURCE")
    with click.progressbar(length=len(messages), label="producing", file=sys.stderr) as bar:
        sent = asyncio.run(send(settings, messages, on_sent=lambda: bar.update(1)))
    click.echo(f"sent {sent} articles to {settings.topic('articles').name}", err=True)


@main.command()
@click.argument("topic", type=click.Choice(OUTPUT_TOPICS))
@click.option("--from-beginning", is_flag=True, help="Start at the oldest message.")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new messages.")
@click.option("--raw", is_flag=True, help="Print the JSON as it is on the topic.")
@click.pass_obj
def tail(settings: Settings, topic: str, from_beginning: bool, follow: bool, raw: bool) -> None:
    """Print the messages of an output topic."""
    from cli.formatting import echo_topic

    try:
        asyncio.run(echo_topic(settings, topic, from_beginning, follow, raw))
    except LookupError as error:
        raise click.ClickException(str(error)) from error
    except KeyboardInterrupt:
        pass


@main.command()
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    type=click.Choice(REASONS),
    help="Replay dead letters of this reason (repeatable). Default: the transient ones, "
    + ", ".join(sorted(TRANSIENT_REASONS))
    + ".",
)
@click.option("--since", type=click.DateTime(), help="Failed at or after (UTC).")
@click.option("--until", type=click.DateTime(), help="Failed before (UTC).")
@click.pass_obj
def replay(
    settings: Settings, reasons: tuple[str, ...], since: datetime | None, until: datetime | None
) -> None:
    """Send dead-lettered articles back to the articles topic, to be processed again."""
    from cli.replay import replay as run_replay

    report = asyncio.run(
        run_replay(settings, reasons or TRANSIENT_REASONS, _utc(since), _utc(until))
    )
    click.echo(
        f"replayed {report.replayed} dead letters to {settings.topic('articles').name}; "
        f"{report.truncated} kept only part of their original and were not sent; "
        f"{report.skipped} did not match",
        err=True,
    )


def _utc(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


@main.command()
@click.argument("source", type=click.File("rb"))
@click.option("--output", "-o", type=click.File("w"), default="-", show_default=True)
@click.pass_obj
def extract(settings: Settings, source, output) -> None:
    """Extract events offline (no Kafka, no Redis) from Article JSON lines; one line out per
    article: {"id": ..., "events": [Event JSON, ...]}."""
    from cli.offline import extract_lines

    failures = 0
    for result in extract_lines(settings, source):
        if result.error:
            failures += 1
            click.echo(f"line {result.line}: {result.error}", err=True)
        else:
            output.write(json.dumps(result.output, ensure_ascii=False) + "\n")
    if failures:
        raise click.ClickException(f"{failures} line(s) could not be extracted")


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--part",
    "chosen",
    type=click.Choice(DEV_PARTS),
    help="Score one part of the dev file: read (engineers may look at it), scored (never "
    "looked at), all. Default: read, then scored.",
)
@click.option(
    "--articles",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Article JSON lines of article-level gold (default: articles.jsonl beside GOLD).",
)
@click.option(
    "--details",
    is_flag=True,
    help="Article gold, read part only: also list every false and missed event.",
)
@click.pass_obj
def evaluate(
    settings: Settings, gold: Path, chosen: str | None, articles: Path | None, details: bool
) -> None:
    """Score the extractor against a gold file: PLOVER sentences (shared/data/plover_gold) or
    article-level gold (shared/data/real_de_dev/gold.jsonl), told apart by their records."""
    from cli.offline import settings_extractor
    from extraction.article_evaluation import (
        evaluate_articles,
        format_article_report,
        format_findings,
    )
    from extraction.evaluation import evaluate as score
    from extraction.evaluation import format_report, gold_kind

    try:
        kind = gold_kind(gold)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="GOLD") from error
    if details and (chosen != "read" or kind != "articles"):
        raise click.UsageError(
            "--details lists errors of article gold's read part only: "
            "add --part read (the scored part is never looked at)"
        )
    extractor = settings_extractor(settings)  # scores what the worker publishes
    for part in [chosen] if chosen else ["read", "scored"]:
        click.echo(f"== {gold} ({kind}), part: {part}")
        if kind == "articles":
            try:
                report = evaluate_articles(gold, articles, extractor, part)
            except (OSError, ValueError) as error:
                raise click.ClickException(str(error)) from error
            click.echo(format_article_report(report))
            if details:
                click.echo(format_findings(report))
        else:
            click.echo(format_report(score(gold, extractor, part)))


@main.group()
def syntax() -> None:
    """GeoWire's own syntax pipelines (tagger, lemmatizer, parser)."""


@syntax.command(name="eval")
@click.argument("conllu", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", help="A spaCy pipeline (name or path) instead of the shipped one.")
@click.option("--limit", type=int, help="Score only the first N sentences.")
def syntax_eval(conllu: Path, model: str | None, limit: int | None) -> None:
    """Print UPOS and lemma accuracy, UAS, LAS and sentence-boundary F1 on a gold CoNLL-U file,
    for the pipeline of the file's language."""
    import spacy

    from extraction.errors import SyntaxModelError
    from extraction.syntax_eval import evaluate_conllu, format_scores

    try:
        nlp = spacy.load(model) if model else None
        click.echo(format_scores(evaluate_conllu(conllu, nlp, limit)))
    except (SyntaxModelError, OSError) as error:
        raise click.ClickException(str(error)) from error


@main.command()
@click.argument(
    "source", type=click.Path(exists=True, path_type=Path), default="samples/articles.jsonl"
)
@click.pass_obj
def demo(settings: Settings, source: Path) -> None:
    """Start the services and the worker, produce the sample articles, print events until Ctrl-C."""
    from cli.demo import run_demo

    run_demo(settings, source)
