"""The local Kafka broker and Redis server behind ``geowire services up|down|status``.

Both run as plain processes on this machine, no Docker: Kafka 4.x as a single-node KRaft JVM whose
jars Maven resolves once from Maven Central (``streams/kafka/pom.xml``), Redis as the Debian
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

    ServiceError (RuntimeError)   a tool is missing, a port is taken, a service did not come up
"""

from __future__ import annotations

import base64
import fcntl
import logging
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from streams.settings import Settings

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

log = logging.getLogger(__name__)

Which = Callable[[str], str | None]
"""Finds an executable on PATH, like :func:`shutil.which`; injectable so tests can hide tools."""

KAFKA_FILES = Path(__file__).resolve().parent / "kafka"
POM = KAFKA_FILES / "pom.xml"
LOG4J2_CONFIG = KAFKA_FILES / "log4j2.properties"

_POLL_SECONDS = 0.2
_LOG_ROTATE_BYTES = 10 * 1024 * 1024


class ServiceError(RuntimeError):
    """A local service could not be installed, started or stopped; the message says what to do."""


@dataclass(frozen=True)
class ServiceStatus:
    """What ``geowire services status`` prints for one service."""

    name: str
    up: bool
    address: str
    pid: int | None
    """The process geowire started (from its pid file); None if none runs or someone else's."""

    def __str__(self) -> str:
        if self.up:
            state = f"up    pid {self.pid}" if self.pid else "up    (not started by geowire)"
        else:
            state = f"starting  pid {self.pid}" if self.pid else "down"
        return f"{self.name:<6} {self.address:<22} {state}"


class LocalService(ABC):
    """A server process on this machine that geowire installs, starts, watches and stops."""

    name: ClassVar[str]
    start_timeout: ClassVar[float]
    stop_timeout: ClassVar[float]

    def __init__(self, settings: Settings, *, which: Which = shutil.which) -> None:
        self.settings = settings
        self.which = which
        self.root = settings.state_dir.resolve() / self.name
        self._installed = False

    # -- what each service defines ---------------------------------------------------------
    @property
    @abstractmethod
    def host(self) -> str: ...

    @property
    @abstractmethod
    def port(self) -> int: ...

    @property
    def pid_file(self) -> Path:
        return self.root / f"{self.name}.pid"

    @property
    @abstractmethod
    def log_file(self) -> Path: ...

    @abstractmethod
    def _owns(self, cmdline: str) -> bool:
        """Whether a live process with this command line is ours (guards against pid reuse)."""

    @abstractmethod
    def ensure_installed(self) -> None:
        """Make the server runnable, installing what is missing; raise ServiceError if we can't."""

    @abstractmethod
    def is_up(self) -> bool:
        """Whether the address answers the service's own protocol (not merely a TCP accept)."""

    @abstractmethod
    def _spawn(self) -> None:
        """Launch the detached server process and leave its pid in :attr:`pid_file`."""

    # -- shared behaviour -------------------------------------------------------------------
    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def pid(self) -> int | None:
        """The pid of the server geowire started, if that process still runs."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        cmdline = _live_cmdline(pid)
        return pid if cmdline is not None and self._owns(cmdline) else None

    def _ensure_installed_once(self) -> None:
        if not self._installed:
            self.ensure_installed()
            self._installed = True

    def start(self, *, wait: bool = True, timeout: float | None = None) -> None:
        """Start the server unless it already answers; with ``wait``, return once it does.

        Idempotent: an answering port, or a process of ours still starting, is left alone.
        """
        with _locked(self.root):  # two `up` at once start one server
            if self.is_up():
                log.info("%s already answers on %s", self.name, self.address)
                return
            if self.pid() is None:
                if _port_open(self.host, self.port):
                    raise ServiceError(
                        f"{self.address} is taken by a process that does not answer as "
                        f"{self.name}: stop it or choose another port in the settings"
                    )
                self._ensure_installed_once()
                log.info("starting %s on %s", self.name, self.address)
                self._spawn()
        if wait:
            self.wait_until_up(timeout)

    def wait_until_up(self, timeout: float | None = None) -> None:
        """Block until the server answers; raise ServiceError (with its log's tail) if it dies."""
        timeout = self.start_timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while not self.is_up():
            if self.pid() is None:
                raise ServiceError(
                    f"{self.name} exited while starting; errors from {self.log_file}:\n"
                    + _tail(self.log_file)
                )
            if time.monotonic() > deadline:
                raise ServiceError(
                    f"{self.name} did not answer on {self.address} within {timeout:.0f} s; "
                    f"errors from {self.log_file}:\n" + _tail(self.log_file)
                )
            time.sleep(_POLL_SECONDS)

    def stop(self, timeout: float | None = None) -> None:
        """Stop the server geowire started: SIGTERM, wait, then SIGKILL. Idempotent.

        A server on the port that geowire did not start is left running.
        """
        pid = self.pid()
        if pid is not None:
            log.info("stopping %s (pid %d)", self.name, pid)
            _terminate(pid, self.stop_timeout if timeout is None else timeout)
        elif self.is_up():
            log.warning(
                "%s on %s was not started by geowire: left running", self.name, self.address
            )
        self.pid_file.unlink(missing_ok=True)

    def status(self) -> ServiceStatus:
        return ServiceStatus(name=self.name, up=self.is_up(), address=self.address, pid=self.pid())


class KafkaService(LocalService):
    """A single-node KRaft broker (broker and controller in one JVM) built from Maven Central jars.

    The data dir is formatted once and kept, so topics and committed offsets survive
    ``stop()``/``start()``; every start regenerates ``server.properties`` from the settings.
    """

    name = "kafka"
    start_timeout = 90.0
    stop_timeout = 30.0

    @property
    def host(self) -> str:
        return self.settings.kafka_host

    @property
    def port(self) -> int:
        return self.settings.kafka_port

    @property
    def libs_dir(self) -> Path:
        return self.root / f"libs-{self.settings.kafka_version}"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def properties_file(self) -> Path:
        return self.root / "server.properties"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    @property
    def cluster_id_file(self) -> Path:
        return self.root / "cluster.id"

    def _owns(self, cmdline: str) -> bool:
        return "kafka.Kafka" in cmdline and str(self.properties_file) in cmdline

    def is_up(self) -> bool:
        if not _port_open(self.host, self.port):
            return False
        try:
            return _kafka_broker_count(self.host, self.port) > 0
        except OSError:
            return False

    def ensure_installed(self) -> None:
        """Check Java 17+ and fetch the broker's jars with Maven (once per Kafka version)."""
        major = self.settings.kafka_version.split(".", 1)[0]
        if not major.isdigit() or int(major) < 4:
            raise ServiceError(
                f"kafka_version {self.settings.kafka_version!r} is not supported: GeoWire runs "
                f"a KRaft broker from the Kafka 4.x line (4.3.1 is tested)"
            )
        java = self._java()
        found = _java_major(java)
        if found is not None and found < 17:
            raise ServiceError(
                f"{java} is Java {found}; Kafka 4 needs Java 17 or newer "
                f"(apt-get install -y openjdk-17-jre-headless)"
            )
        if self._libs_complete():
            return
        mvn = self.which("mvn")
        if mvn is None:
            raise ServiceError(
                "Maven (mvn) is not on PATH: it is needed once to fetch the Kafka "
                f"{self.settings.kafka_version} jars from Maven Central into {self.libs_dir} "
                "(apt-get install -y maven)"
            )
        log.info("fetching Kafka %s jars with Maven (first run only)", self.settings.kafka_version)
        self.libs_dir.mkdir(parents=True, exist_ok=True)
        _run(
            [
                mvn,
                "-B",
                "-q",
                "-f",
                str(POM),
                "dependency:copy-dependencies",
                "-DincludeScope=runtime",
                f"-Dkafka.version={self.settings.kafka_version}",
                f"-DoutputDirectory={self.libs_dir}",
            ],
            what=f"Maven could not resolve Kafka {self.settings.kafka_version} (network? version?)",
            timeout=900,
        )
        jars = sorted(p.name for p in self.libs_dir.glob("*.jar"))
        if not any(j.startswith("kafka_2.13-") for j in jars):
            raise ServiceError(f"Maven finished but {self.libs_dir} holds no kafka_2.13 jar")
        (self.libs_dir / ".complete").write_text("\n".join(jars) + "\n")

    def _libs_complete(self) -> bool:
        return (self.libs_dir / ".complete").is_file()

    def _java(self) -> str:
        java = self.which("java")
        if java is None:
            raise ServiceError(
                "Java is not on PATH: the local Kafka broker is a JVM process and needs Java 17 "
                "or newer (apt-get install -y openjdk-17-jre-headless), or use docker-compose.yml"
            )
        return java

    def _jvm(self, java: str, *, heap: str) -> list[str]:
        return [
            java,
            f"-Xmx{heap}",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={LOG4J2_CONFIG}",
            f"-Dkafka.logs.dir={self.root}",
            "-cp",
            f"{self.libs_dir}/*",
        ]

    def cluster_id(self) -> str:
        """The cluster id, created on first use: 16 random bytes, URL-safe base64, no padding."""
        if self.cluster_id_file.is_file():
            return self.cluster_id_file.read_text().strip()
        value = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        self.cluster_id_file.write_text(value + "\n")
        return value

    def _spawn(self) -> None:
        java = self._java()
        controller = self.settings.kafka_controller_port
        if _port_open(self.host, controller):
            raise ServiceError(
                f"the Kafka controller port {self.host}:{controller} is taken: stop what holds it "
                f"or set another kafka_controller_port"
            )
        self.properties_file.write_text(
            kafka_server_properties(self.settings, data_dir=self.data_dir)
        )
        if not (self.data_dir / "meta.properties").is_file():
            log.info("formatting %s (first start only)", self.data_dir)
            _run(
                [
                    *self._jvm(java, heap="256m"),
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    self.cluster_id(),
                    "-c",
                    str(self.properties_file),
                    "--ignore-formatted",
                ],
                what=f"could not format the Kafka storage in {self.data_dir}",
            )
        _rotate(self.log_file)
        pid = _spawn_detached(
            [
                *self._jvm(java, heap=self.settings.kafka_heap),
                "kafka.Kafka",
                str(self.properties_file),
            ],
            log_file=self.log_file,
            cwd=self.root,
        )
        self.pid_file.write_text(f"{pid}\n")


class RedisService(LocalService):
    """Debian's ``redis-server``, daemonized with append-only persistence in the state dir.

    ``appendonly yes`` (fsync every second, and on SIGTERM) is what lets a stop/start or a
    30-second outage lose no key.
    """

    name = "redis"
    start_timeout = 20.0
    stop_timeout = 15.0

    @property
    def host(self) -> str:
        return self.settings.redis_host

    @property
    def port(self) -> int:
        return self.settings.redis_port

    @property
    def log_file(self) -> Path:
        return self.root / "redis.log"

    def _owns(self, cmdline: str) -> bool:
        # A daemonized redis-server renames itself "redis-server <host>:<port>".
        words = cmdline.split()
        return (
            bool(words)
            and "redis-server" in words[0]
            and any(word.rsplit(":", 1)[-1] == str(self.port) for word in words[1:])
        )

    def is_up(self) -> bool:
        client = redis.Redis(
            host=self.host,
            port=self.port,
            socket_timeout=1.0,
            socket_connect_timeout=1.0,
            retry=Retry(NoBackoff(), 0),  # a probe: redis-py 6+ otherwise retries for seconds
        )
        try:
            return bool(client.ping())
        except (redis.RedisError, OSError):
            return False
        finally:
            client.close()

    def ensure_installed(self) -> None:
        """Install Debian's redis-server with apt-get when it is missing (needs root)."""
        if self.which("redis-server") is not None:
            return
        apt = self.which("apt-get")
        if apt is None:
            raise ServiceError(
                "redis-server is not on PATH and apt-get is not available to install it: "
                "install Redis 6 or newer, or use docker-compose.yml"
            )
        if os.geteuid() != 0:
            raise ServiceError(
                "redis-server is not on PATH: install it with "
                "`sudo apt-get update && sudo apt-get install -y redis-server` "
                "(geowire installs it itself only when run as root)"
            )
        log.info("installing redis-server with apt-get")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run([apt, "update"], what="apt-get update failed", env=env, timeout=600)
        _run(
            [apt, "install", "-y", "--no-install-recommends", "redis-server"],
            what="apt-get install redis-server failed",
            env=env,
            timeout=600,
        )
        if self.which("redis-server") is None:
            raise ServiceError("apt-get installed redis-server but it is still not on PATH")
        if self.is_up():
            log.warning(
                "Debian started its own redis-server on %s; geowire will use it as is, without "
                "append-only persistence. `systemctl disable --now redis-server` lets geowire "
                "run its own.",
                self.address,
            )

    def _spawn(self) -> None:
        server = self.which("redis-server")
        if server is None:
            raise ServiceError("redis-server is not on PATH")
        self.pid_file.unlink(missing_ok=True)
        _run(
            [
                server,
                "--daemonize",
                "yes",
                "--bind",
                self.host,
                "--port",
                str(self.port),
                "--dir",
                str(self.root),
                "--pidfile",
                str(self.pid_file),
                "--logfile",
                str(self.log_file),
                "--appendonly",
                "yes",
                "--appendfsync",
                "everysec",
            ],
            what="redis-server did not start",
        )
        deadline = time.monotonic() + 5.0
        while not self.pid_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.05)


def kafka_server_properties(settings: Settings, *, data_dir: Path) -> str:
    """The ``server.properties`` of a single-node KRaft broker, from the settings.

    One process is broker and controller; every replication factor and ISR is 1; topics are never
    auto-created, because GeoWire creates its topics explicitly with their partition counts.
    """
    host, port = settings.kafka_host, settings.kafka_port
    controller = settings.kafka_controller_port
    values: dict[str, object] = {
        "process.roles": "broker,controller",
        "node.id": 1,
        # With a static voter set, the storage is formatted without --standalone.
        "controller.quorum.voters": f"1@{host}:{controller}",
        "listeners": f"PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller}",
        "advertised.listeners": f"PLAINTEXT://{host}:{port}",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": data_dir.resolve(),
        "num.partitions": 4,
        "default.replication.factor": 1,
        "min.insync.replicas": 1,
        "auto.create.topics.enable": "false",
        "offsets.topic.replication.factor": 1,
        # 50 by default: fewer partitions make the first consumer group and restarts faster.
        "offsets.topic.num.partitions": 10,
        "transaction.state.log.replication.factor": 1,
        "transaction.state.log.min.isr": 1,
        "transaction.state.log.num.partitions": 10,
        "share.coordinator.state.topic.replication.factor": 1,
        "share.coordinator.state.topic.min.isr": 1,
        "group.initial.rebalance.delay.ms": 0,
        # The 128 MiB default does not fit beside the rest in a small heap: start-up fails.
        "log.cleaner.dedupe.buffer.size": 32 * 1024 * 1024,
        "log.retention.hours": 168,
        "log.segment.bytes": 256 * 1024 * 1024,
    }
    lines = ["# Generated by geowire (streams/services.py) from Settings on every start."]
    lines += [f"{key}={value}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


def _services(settings: Settings, which: Which) -> list[LocalService]:
    return [KafkaService(settings, which=which), RedisService(settings, which=which)]


def services_up(
    settings: Settings, *, timeout: float | None = None, which: Which = shutil.which
) -> list[ServiceStatus]:
    """Install what is missing, start Kafka and Redis, and return once both answer. Idempotent.

    Both tool checks run before anything starts, so a missing tool leaves nothing half-started.
    """
    services = _services(settings, which)
    pending = [service for service in services if not service.is_up()]
    for service in pending:
        service._ensure_installed_once()
    for service in pending:
        service.start(wait=False)
    for service in pending:
        service.wait_until_up(timeout)
    return [service.status() for service in services]


def services_down(settings: Settings, *, which: Which = shutil.which) -> list[ServiceStatus]:
    """Stop the Kafka and Redis processes geowire started. Idempotent."""
    services = _services(settings, which)
    for service in services:
        service.stop()
    return [service.status() for service in services]


def services_status(settings: Settings, *, which: Which = shutil.which) -> list[ServiceStatus]:
    """Whether each service answers, on which address, and the pid geowire started it with."""
    return [service.status() for service in _services(settings, which)]


# -- processes ----------------------------------------------------------------------------------


def _spawn_detached(command: list[str], *, log_file: Path, cwd: Path) -> int:
    """Start ``command`` in its own session, output appended to ``log_file``; return its pid.

    A throwaway ``sh`` backgrounds the command and exits, so the server is not our child: it
    outlives this process, and stopping it later never leaves a zombie behind in the caller.
    """
    script = 'log=$1; shift; "$@" </dev/null >>"$log" 2>&1 & echo $!'
    result = subprocess.run(
        ["/bin/sh", "-c", script, "sh", str(log_file), *command],
        cwd=cwd,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        start_new_session=True,
    )
    return int(result.stdout.strip())


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` across processes until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _live_cmdline(pid: int) -> str | None:
    """The command line of a running (not zombie) process, or None."""
    proc = Path("/proc") / str(pid)
    try:
        stat = (proc / "stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] in {"Z", "X"}:
            return None
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (OSError, IndexError):
        return None


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM, wait up to ``timeout`` for the process to end, then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if _live_cmdline(pid) is None:
                return
            time.sleep(0.1)
        if sig == signal.SIGTERM:
            log.warning("pid %d ignored SIGTERM for %.0f s: sending SIGKILL", pid, timeout)
    raise ServiceError(f"pid {pid} is still running after SIGKILL")


def _run(
    command: list[str],
    *,
    what: str,
    timeout: float = 120.0,
    env: dict[str, str] | None = None,
) -> None:
    """Run a setup command quietly; on failure raise ServiceError with the end of its output."""
    try:
        result = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired as error:
        raise ServiceError(f"{what}: `{command[0]}` took more than {timeout:.0f} s") from error
    except OSError as error:
        raise ServiceError(f"{what}: {error}") from error
    if result.returncode != 0:
        tail = "\n".join(result.stdout.strip().splitlines()[-20:])
        raise ServiceError(f"{what} (exit code {result.returncode}):\n{tail}")


def _java_major(java: str) -> int | None:
    """The major version ``java -version`` reports (8 for "1.8.0"), or None if unreadable."""
    try:
        output = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30
        ).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if match is None:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def _rotate(path: Path) -> None:
    """Keep one previous log once the current one grows past 10 MiB."""
    if path.is_file() and path.stat().st_size > _LOG_ROTATE_BYTES:
        path.replace(path.with_name(path.name + ".1"))


def _tail(path: Path, lines: int = 8) -> str:
    """The last error lines of a server log (the last lines if none), for error messages."""
    try:
        recent = path.read_text(errors="replace").splitlines()[-400:]
    except OSError:
        return "(no log)"
    errors = [line for line in recent if re.search(r"ERROR|FATAL|Exception\b|# ", line)]
    return "\n".join((errors or recent)[-lines:])


# -- probes -------------------------------------------------------------------------------------


def _port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


_METADATA_KEY, _METADATA_VERSION, _CORRELATION_ID = 3, 4, 7001


def _kafka_broker_count(host: str, port: int, timeout: float = 2.0) -> int:
    """Send a Metadata request (v4, all topics) and return how many live brokers it lists.

    A broker lists itself only once it serves requests, which is the readiness we want. The
    request is written by hand so the probe stays synchronous and silent: callable inside a
    running event loop (tests stop and start the broker mid-stream) and free of the client
    libraries' connection-error logging while the broker is still starting. Kafka 4.x serves
    Metadata v4 to v13.
    """
    client_id = b"geowire-services"
    request = (
        struct.pack(">hhih", _METADATA_KEY, _METADATA_VERSION, _CORRELATION_ID, len(client_id))
        + client_id
        + struct.pack(">ib", -1, 0)  # topics: null (all), allow_auto_topic_creation: false
    )
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(struct.pack(">i", len(request)) + request)
        _size, correlation_id, _throttle_ms, brokers = struct.unpack(">iiii", _recv(sock, 16))
    if correlation_id != _CORRELATION_ID:
        raise OSError(f"unexpected Kafka response from {host}:{port}")
    return brokers


def _recv(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise OSError("connection closed by the broker")
        data += chunk
    return data
