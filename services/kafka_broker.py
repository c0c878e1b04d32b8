"""The local Kafka broker: a KRaft JVM whose jars Maven resolves from ``services/kafka/pom.xml``."""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import secrets
import subprocess
import uuid
from pathlib import Path

from services.base import LocalService
from services.errors import ServiceError
from services.kafka_properties import kafka_server_properties
from services.probes import kafka_answers_api_versions, kafka_broker_count, port_open
from services.process import rotate, run, spawn_detached, write_private
from streams.security import kafka_ssl_context
from streams.settings import Settings

__all__ = [
    "KAFKA_FILES",
    "LOG4J2_CONFIG",
    "POM",
    "KafkaService",
    "new_cluster_id",
    "scram_credential",
]

log = logging.getLogger(__name__)

KAFKA_FILES = Path(__file__).resolve().parent / "kafka"
POM = KAFKA_FILES / "pom.xml"
LOG4J2_CONFIG = KAFKA_FILES / "log4j2.properties"


def new_cluster_id() -> str:
    """A random cluster id as Kafka's own ``Uuid.randomUuid`` makes it: never one that starts
    with "-", which ``kafka-storage format --cluster-id`` would read as an option (1 in 64)."""
    while True:
        value = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not value.startswith("-"):
            return value


class KafkaService(LocalService):
    """A single-node KRaft broker (broker and controller in one JVM) built from Maven Central jars.

    The data dir is formatted once and kept, so topics and committed offsets survive
    ``stop()``/``start()``; every start regenerates ``server.properties`` from the settings
    (mode 0600: with SASL it holds the broker's own login). With a SASL
    ``kafka_security_protocol`` the SASL user of the settings is created when the data dir is
    formatted, so switching an existing local broker to SASL needs a new ``state_dir``.
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
    def keystore_file(self) -> Path:
        """The broker's key and certificate chain in one PEM file, as Kafka reads them."""
        return self.root / "keystore.pem"

    @property
    def cluster_id_file(self) -> Path:
        return self.root / "cluster.id"

    def _owns(self, cmdline: str) -> bool:
        return "kafka.Kafka" in cmdline and str(self.properties_file) in cmdline

    def is_up(self) -> bool:
        if not port_open(self.host, self.port):
            return False
        tls = kafka_ssl_context(self.settings)
        try:
            if self.settings.kafka_sasl:  # Metadata needs a login there; ApiVersions does not
                return kafka_answers_api_versions(self.host, self.port, tls=tls)
            return kafka_broker_count(self.host, self.port, tls=tls) > 0
        except OSError:  # ssl.SSLError included
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
        run(
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
        value = new_cluster_id()
        self.cluster_id_file.write_text(value + "\n")
        return value

    def _write_keystore(self) -> Path | None:
        """Join the settings' server key and certificate for Kafka (mode 0600), if TLS is on."""
        if not (self.settings.kafka_tls and self.settings.kafka_server_tls_cert_file):
            return None
        try:
            key = Path(self.settings.kafka_server_tls_key_file).read_text()
            chain = Path(self.settings.kafka_server_tls_cert_file).read_text()
        except OSError as error:
            raise ServiceError(f"cannot read the broker's certificate or key: {error}") from error
        write_private(self.keystore_file, key.rstrip() + "\n" + chain)
        return self.keystore_file

    def _scram_users(self) -> list[str]:
        """The format options that create the SASL user of the settings, if SASL is on."""
        return ["--add-scram", scram_credential(self.settings)] if self.settings.kafka_sasl else []

    def _spawn(self) -> None:
        java = self._java()
        controller = self.settings.kafka_controller_port
        if port_open(self.host, controller):
            raise ServiceError(
                f"the Kafka controller port {self.host}:{controller} is taken: stop what holds it "
                f"or set another kafka_controller_port"
            )
        keystore = self._write_keystore()
        write_private(
            self.properties_file,
            kafka_server_properties(self.settings, data_dir=self.data_dir, keystore=keystore),
        )
        if not (self.data_dir / "meta.properties").is_file():
            log.info("formatting %s (first start only)", self.data_dir)
            run(
                [
                    *self._jvm(java, heap="256m"),
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    self.cluster_id(),
                    "-c",
                    str(self.properties_file),
                    "--ignore-formatted",
                    *self._scram_users(),
                ],
                what=f"could not format the Kafka storage in {self.data_dir}",
            )
        rotate(self.log_file)
        pid = spawn_detached(
            [
                *self._jvm(java, heap=self.settings.kafka_heap),
                "kafka.Kafka",
                str(self.properties_file),
            ],
            log_file=self.log_file,
            cwd=self.root,
        )
        self.pid_file.write_text(f"{pid}\n")


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


def scram_credential(settings: Settings, iterations: int = 8192) -> str:
    """The SASL user as ``kafka-storage format --add-scram`` takes it: salted, so the password
    itself never appears on a command line (where ``ps`` would show it)."""
    algorithm = settings.kafka_sasl_mechanism.removeprefix("SCRAM-").replace("-", "").lower()
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac(
        algorithm, settings.kafka_sasl_password.encode("utf-8"), salt, iterations
    )
    return (
        f"{settings.kafka_sasl_mechanism}=[name={settings.kafka_sasl_username},"
        f'iterations={iterations},salt="{base64.b64encode(salt).decode()}",'
        f'saltedpassword="{base64.b64encode(salted).decode()}"]'
    )
