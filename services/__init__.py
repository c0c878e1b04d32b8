"""The local Kafka broker and Redis server behind ``geowire services up|down|status``.

Both run as plain processes on this machine, no Docker: Kafka 4.x as a single-node KRaft JVM whose
jars Maven resolves once from Maven Central (``services/kafka/pom.xml``), Redis as the Debian
``redis-server``. Everything they write stays under ``settings.state_dir`` (gitignored)::

    <state_dir>/kafka/libs-<version>/    the broker's jars; ``.complete`` once Maven succeeded
    <state_dir>/kafka/data/              its log dirs, kept across restarts (topics survive)
    <state_dir>/kafka/cluster.id         the KRaft cluster id the data dir was formatted with
    <state_dir>/kafka/server.properties  generated from Settings on every start
    <state_dir>/kafka/server.log         the broker's output; kafka.pid
    <state_dir>/redis/                   append-only files, dump.rdb, redis.log, redis.pid

Both processes are detached (their own session; Redis daemonizes itself), so they outlive the
command or the test that started them; ``stop()`` finds them again through their pid files.
A port that already answers the right protocol counts as up, whoever started the process.

Errors::

    ServiceError (GeoWireError)   a tool is missing, a port is taken, a service did not come up
"""

from __future__ import annotations

from services.base import LocalService, ServiceStatus, Which
from services.control import services_down, services_status, services_up
from services.errors import ServiceError
from services.kafka_broker import KafkaService
from services.kafka_properties import kafka_server_properties
from services.redis_server import RedisService

__all__ = [
    "KafkaService",
    "LocalService",
    "RedisService",
    "ServiceError",
    "ServiceStatus",
    "Which",
    "kafka_server_properties",
    "services_down",
    "services_status",
    "services_up",
]
