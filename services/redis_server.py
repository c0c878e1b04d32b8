"""The local Redis server: Debian's ``redis-server`` (apt-get installs it when missing), with a
password and append-only persistence."""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from services.base import LocalService
from services.errors import ServiceError
from services.process import run, write_private
from streams.security import redis_options

__all__ = ["RedisService"]

log = logging.getLogger(__name__)


class RedisService(LocalService):
    """Debian's ``redis-server``, daemonized with a password and append-only persistence.

    ``appendonly yes`` (fsync every second, and on SIGTERM) is what lets a stop/start or a
    30-second outage lose no key. The server always asks for a password: ``redis_password`` when
    set, else one generated on the first start and kept in ``redis_password_file`` (mode 0600),
    where every GeoWire client of these settings finds it. With ``redis_username`` set, that ACL
    user gets the password and Redis' default user is switched off. The password and the
    options travel in a mode-0600 config file, never on the command line (``ps`` shows those).
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

    @property
    def config_file(self) -> Path:
        return self.root / "redis.conf"

    def _owns(self, cmdline: str) -> bool:
        # A daemonized redis-server renames itself "redis-server <host>:<port>".
        words = cmdline.split()
        return (
            bool(words)
            and "redis-server" in words[0]
            and any(word.rsplit(":", 1)[-1] == str(self.port) for word in words[1:])
        )

    def is_up(self) -> bool:
        """Whether a Redis answers, even one that refuses these credentials: clients then fail
        with Redis' own "invalid password" error rather than a second server being started."""
        client = redis.Redis(
            **redis_options(self.settings),
            socket_timeout=1.0,
            socket_connect_timeout=1.0,
            retry=Retry(NoBackoff(), 0),  # a probe: redis-py 6+ otherwise retries for seconds
        )
        try:
            return bool(client.ping())
        except (redis.AuthenticationError, redis.ResponseError):
            return True
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
        run([apt, "update"], what="apt-get update failed", env=env, timeout=600)
        run(
            [apt, "install", "-y", "--no-install-recommends", "redis-server"],
            what="apt-get install redis-server failed",
            env=env,
            timeout=600,
        )
        if self.which("redis-server") is None:
            raise ServiceError("apt-get installed redis-server but it is still not on PATH")
        if self.is_up():
            self._stop_distribution_server()

    def _stop_distribution_server(self) -> None:
        """Stop the server Debian's package started on our port: it runs without a password and
        without append-only persistence, so geowire starts its own in its place."""
        log.info("stopping the redis-server Debian started on %s", self.address)
        systemctl = self.which("systemctl")
        if systemctl is not None and Path("/run/systemd/system").is_dir():
            run([systemctl, "disable", "--now", "redis-server"], what="systemctl failed")
        else:
            service = self.which("service") or "service"
            run([service, "redis-server", "stop"], what="`service redis-server stop` failed")
        if self.is_up():
            raise ServiceError(
                f"Debian's redis-server still answers on {self.address}: stop it "
                "(`systemctl disable --now redis-server`) or choose another redis_port"
            )

    def password(self) -> str:
        """The local server's password: the setting, else the generated one (made once)."""
        if self.settings.redis_password:
            return self.settings.redis_password
        path = self.settings.redis_password_file
        try:
            return path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        generated = secrets.token_urlsafe(32)
        write_private(path, generated + "\n")
        log.info("generated a password for Redis in %s (GeoWire's clients read it)", path)
        return generated

    def config(self) -> str:
        """The server's redis.conf: address, files, persistence and who may log in."""
        username, password = self.settings.redis_username, self.password()
        if username and username != "default":
            secret = _quoted(">" + password)
            login = ["user default off", f"user {username} on {secret} ~* &* +@all"]
        else:
            login = [f"requirepass {_quoted(password)}"]
        lines = [
            "# Generated by geowire (streams/services/redis_server.py) from Settings.",
            f"bind {self.host}",
            "protected-mode yes",
            f"port {self.port}",
            "daemonize yes",
            f"dir {self.root}",
            f"pidfile {self.pid_file}",
            f"logfile {self.log_file}",
            "appendonly yes",
            "appendfsync everysec",
            *login,
        ]
        return "\n".join(lines) + "\n"

    def _spawn(self) -> None:
        server = self.which("redis-server")
        if server is None:
            raise ServiceError("redis-server is not on PATH")
        self.root.chmod(0o700)  # the data and the config (with the password) are ours alone
        write_private(self.config_file, self.config())
        self.pid_file.unlink(missing_ok=True)
        run([server, str(self.config_file)], what="redis-server did not start")
        deadline = time.monotonic() + 5.0
        while not self.pid_file.is_file() and time.monotonic() < deadline:
            time.sleep(0.05)


def _quoted(value: str) -> str:
    """A redis.conf argument that may hold spaces, quotes or backslashes."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
