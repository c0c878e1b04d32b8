"""Process and file helpers of the local services: detached spawns, pid checks, locks, logs."""

from __future__ import annotations

import fcntl
import logging
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from services.errors import ServiceError

__all__ = [
    "live_cmdline",
    "locked",
    "rotate",
    "run",
    "spawn_detached",
    "tail",
    "terminate",
    "write_private",
]

log = logging.getLogger(__name__)

_LOG_ROTATE_BYTES = 10 * 1024 * 1024


def spawn_detached(command: list[str], *, log_file: Path, cwd: Path) -> int:
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
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` across processes until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def live_cmdline(pid: int) -> str | None:
    """The command line of a running (not zombie) process, or None."""
    proc = Path("/proc") / str(pid)
    try:
        stat = (proc / "stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] in {"Z", "X"}:
            return None
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (OSError, IndexError):
        return None


def terminate(pid: int, timeout: float) -> None:
    """SIGTERM, wait up to ``timeout`` for the process to end, then SIGKILL."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if live_cmdline(pid) is None:
                return
            time.sleep(0.1)
        if sig == signal.SIGTERM:
            log.warning("pid %d ignored SIGTERM for %.0f s: sending SIGKILL", pid, timeout)
    raise ServiceError(f"pid {pid} is still running after SIGKILL")


def run(
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


def rotate(path: Path) -> None:
    """Keep one previous log once the current one grows past 10 MiB."""
    if path.is_file() and path.stat().st_size > _LOG_ROTATE_BYTES:
        path.replace(path.with_name(path.name + ".1"))


def tail(path: Path, lines: int = 8) -> str:
    """The last error lines of a server log (the last lines if none), for error messages."""
    try:
        recent = path.read_text(errors="replace").splitlines()[-400:]
    except OSError:
        return "(no log)"
    errors = [line for line in recent if re.search(r"ERROR|FATAL|Exception\b|# ", line)]
    return "\n".join((errors or recent)[-lines:])


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a file only its owner can read: mode 0600 from its creation on, for
    files that hold a password."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # a file that existed keeps its old mode through O_CREAT
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
