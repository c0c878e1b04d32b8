"""``make demo``: services up, worker with web view, sample articles in, events printed out."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import click

import services
from cli.clients import messages_from_path, produce
from cli.formatting import echo_topic
from streams.settings import Settings, settings_environment
from streams.topics import create_topics
from streams.webport import with_free_web_port

__all__ = ["run_demo", "start_worker", "wait_until_ready"]


def start_worker(settings: Settings, log_path: Path) -> subprocess.Popen:
    """The worker as a child process (``geowire worker``), its log in ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "cli", "worker"],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **settings_environment(settings)},
        )


def wait_until_ready(settings: Settings, worker: subprocess.Popen, timeout: float = 120) -> None:
    """Poll the worker's ``/ready`` until Kafka and Redis answer through it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise click.ClickException(f"the worker exited with code {worker.returncode}")
        try:
            with urllib.request.urlopen(settings.web_url + "ready", timeout=2) as response:
                if json.load(response).get("ready"):
                    return
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(0.5)
    raise click.ClickException(f"the worker was not ready within {timeout:.0f} s")


def run_demo(settings: Settings, source: Path) -> None:
    # the port chosen here, before the worker starts: the demo must poll and print the port the
    # worker serves on, not a taken one that may be another worker's
    settings = with_free_web_port(settings)
    services.services_up(settings)
    asyncio.run(create_topics(settings))
    log_path = settings.state_dir / "logs" / "worker.log"
    click.echo(f"starting the worker (log: {log_path}) ...")
    worker = start_worker(settings, log_path)
    try:
        wait_until_ready(settings, worker)
        click.echo(f"web view: {settings.web_url}")
        sent = asyncio.run(produce(settings, messages_from_path(source)))
        click.echo(f"produced {sent} articles from {source}; events (Ctrl-C to stop):")
        asyncio.run(echo_topic(settings, "events", from_beginning=True, follow=True))
    except KeyboardInterrupt:
        click.echo("\nstopping the worker; `geowire services down` stops Kafka and Redis")
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
