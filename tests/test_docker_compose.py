"""docker-compose.yml: exact image versions, the Kafka of the settings, Redis with a password."""

from __future__ import annotations

import re
from pathlib import Path

from streams.settings import Settings

COMPOSE = Path(__file__).resolve().parents[1] / "docker-compose.yml"


def images() -> dict[str, str]:
    """Image name -> tag (or digest) of every ``image:`` line."""
    found = re.findall(r"^\s+image:\s*(\S+)\s*$", COMPOSE.read_text(), flags=re.MULTILINE)
    return dict(re.split(r"[:@]", image, maxsplit=1) for image in found)


def test_every_image_is_pinned_to_an_exact_version_or_digest():
    pinned = re.compile(r"^(\d+\.\d+\.\d+(-[\w.-]+)?|sha256:[0-9a-f]{64})$")

    assert images()
    assert all(pinned.match(tag) for tag in images().values()), images()


def test_kafka_image_is_the_version_the_local_services_run():
    assert images()["apache/kafka"] == Settings().kafka_version


def test_redis_asks_for_a_required_password():
    text = COMPOSE.read_text()

    assert 'requirepass "$$REDISCLI_AUTH"' in text
    assert "REDISCLI_AUTH: ${GEOWIRE_REDIS_PASSWORD:?" in text
    assert "GEOWIRE_REDIS_PASSWORD: ${GEOWIRE_REDIS_PASSWORD:?" in text
    assert "--requirepass" not in text  # never on a command line
