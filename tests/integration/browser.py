"""Debian's ``chromium``, headless, driven over the DevTools protocol (aiohttp's websocket
client): a test loads a page, then polls what the page shows until it holds what it waits for.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest

__all__ = ["Chromium", "chromium_binary"]


def chromium_binary() -> str:
    """The browser; missing, the test skips on a developer's machine and fails in CI."""
    found = shutil.which("chromium")
    if found is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


class Chromium:
    """One headless browser with one page; ``async with`` starts and ends it."""

    def __init__(self, profile: Path, log: Path) -> None:
        self._profile = profile
        self._log = log
        self._process: subprocess.Popen | None = None
        self._session: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    async def __aenter__(self) -> Chromium:
        arguments = [
            chromium_binary(),
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",  # the port it takes is in DevToolsActivePort
            f"--user-data-dir={self._profile}",
            "about:blank",
        ]
        if os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root
        self._log.parent.mkdir(parents=True, exist_ok=True)
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(arguments, stdout=log, stderr=subprocess.STDOUT)
        port = await self._devtools_port(timeout=60)
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json()
        page = next(target for target in targets if target["type"] == "page")
        self._socket = await self._session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._session is not None:
            await self._session.close()
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=30)

    async def goto(self, url: str) -> None:
        """Load ``url`` and wait until the page has loaded (its scripts then fill it in)."""
        await self.call("Page.navigate", url=url)
        await self.wait_for(
            "document.readyState === 'complete' && location.href",
            lambda href: href == url,
            f"{url} loaded",
        )

    async def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        reply = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in reply:
            raise AssertionError(f"the page's script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    async def wait_for(
        self, expression: str, check: Callable[[Any], bool], what: str, timeout: float = 60
    ) -> Any:
        """Evaluate ``expression`` until ``check`` holds for its value; returns that value."""
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if check(value):
                return value
            assert time.monotonic() < deadline, f"the page never showed {what}: {value}"
            await asyncio.sleep(0.2)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        """One DevTools command and its result (events that arrive meanwhile are skipped)."""
        assert self._socket is not None
        number = next(self._ids)
        await self._socket.send_str(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(await self._socket.receive_str(timeout=30))
            if message.get("id") == number:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    async def _devtools_port(self, timeout: float) -> int:
        active = self._profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (active.exists() and active.read_text().strip()):
            assert self._process is not None and self._process.poll() is None, self._log.read_text(
                errors="replace"
            )[-2000:]
            assert time.monotonic() < deadline, "chromium did not open its DevTools port"
            await asyncio.sleep(0.1)
        return int(active.read_text().splitlines()[0])
