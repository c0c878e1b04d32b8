"""The local Redis server: Debian's ``redis-server``, installed with apt-get when missing."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from services.base import LocalService
from services.errors import ServiceError
from services.process import run

__all__ = ["RedisService"]

log = logging.getLogger(__name__)


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
        run(
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
