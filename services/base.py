"""What every local service shares: its status line and the install/start/wait/stop cycle."""

from __future__ import annotations

import logging
import shutil
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from services.errors import ServiceError
from services.probes import port_open
from services.process import live_cmdline, locked, tail, terminate
from streams.settings import Settings

__all__ = ["LocalService", "ServiceStatus", "Which"]

log = logging.getLogger(__name__)

Which = Callable[[str], str | None]
"""Finds an executable on PATH, like :func:`shutil.which`; injectable so tests can hide tools."""

_POLL_SECONDS = 0.2


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
        cmdline = live_cmdline(pid)
        return pid if cmdline is not None and self._owns(cmdline) else None

    def ensure_installed_once(self) -> None:
        """:meth:`ensure_installed`, at most once per object."""
        if not self._installed:
            self.ensure_installed()
            self._installed = True

    def start(self, *, wait: bool = True, timeout: float | None = None) -> None:
        """Start the server unless it already answers; with ``wait``, return once it does.

        Idempotent: an answering port, or a process of ours still starting, is left alone.
        """
        with locked(self.root):  # two `up` at once start one server
            if self.is_up():
                log.info("%s already answers on %s", self.name, self.address)
                return
            if self.pid() is None:
                if port_open(self.host, self.port):
                    raise ServiceError(
                        f"{self.address} is taken by a process that does not answer as "
                        f"{self.name}: stop it or choose another port in the settings"
                    )
                self.ensure_installed_once()
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
                    + tail(self.log_file)
                )
            if time.monotonic() > deadline:
                raise ServiceError(
                    f"{self.name} did not answer on {self.address} within {timeout:.0f} s; "
                    f"errors from {self.log_file}:\n" + tail(self.log_file)
                )
            time.sleep(_POLL_SECONDS)

    def stop(self, timeout: float | None = None) -> None:
        """Stop the server geowire started: SIGTERM, wait, then SIGKILL. Idempotent.

        A server on the port that geowire did not start is left running.
        """
        pid = self.pid()
        if pid is not None:
            log.info("stopping %s (pid %d)", self.name, pid)
            terminate(pid, self.stop_timeout if timeout is None else timeout)
        elif self.is_up():
            log.warning(
                "%s on %s was not started by geowire: left running", self.name, self.address
            )
        self.pid_file.unlink(missing_ok=True)

    def status(self) -> ServiceStatus:
        return ServiceStatus(name=self.name, up=self.is_up(), address=self.address, pid=self.pid())
