"""Headless Chromium driven over the DevTools protocol on a pipe (no package needed): open a page, list the requests
the page itself makes, and take a screenshot. Chromium's own background requests are not the page's, and are not
listed."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--remote-debugging-pipe"]


def chromium() -> str | None:
    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)


def _above(fd: int, lowest: int) -> int:
    """``fd`` moved to a descriptor above ``lowest``, the old one closed."""
    import fcntl

    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, lowest + 1)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium and one page in it."""

    def __init__(self, executable: str, timeout: float = 60):
        self.timeout, self.next_id, self.events = timeout, 0, []
        to_browser, self._send_fd = os.pipe()
        self._read_fd, from_browser = os.pipe()
        to_browser, from_browser = (_above(fd, 9) for fd in (to_browser, from_browser))  # never 3 or 4 themselves
        self.profile = tempfile.mkdtemp(prefix="ipr-stats-chromium-")

        # Chromium reads the protocol on descriptor 3 and writes it on 4: a small Python puts the pipes there, then runs it
        place = "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); os.execv(sys.argv[3], sys.argv[3:])"
        self.process = subprocess.Popen([sys.executable, "-c", place, str(to_browser), str(from_browser), executable, *FLAGS,
                                         f"--user-data-dir={self.profile}", "about:blank"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        pass_fds=(to_browser, from_browser))
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        try:
            target = self.call("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        except BaseException:
            self.close()
            raise

    def _read(self) -> dict:
        import select

        while b"\0" not in self._buffer:
            if not select.select([self._read_fd], [], [], self.timeout)[0]:
                raise TimeoutError(f"Chromium said nothing for {self.timeout} s")
            chunk = os.read(self._read_fd, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params, **({"sessionId": session} if session else {})}
        os.write(self._send_fd, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def open(self, url: str, width: int = 1280, height: int = 1600) -> None:
        """Load ``url`` in the page and wait for its load event."""
        s = self.session
        self.call("Network.enable", s)
        self.call("Page.enable", s)
        self.call("Emulation.setDeviceMetricsOverride", s, width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.call("Page.navigate", s, url=url)
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(url)
            self.events.append(self._read())

    def requests(self) -> list[str]:
        """The address of every request the page made."""
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def screenshot(self) -> bytes:
        return base64.b64decode(self.call("Page.captureScreenshot", self.session, format="png")["data"])

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        for fd in (self._send_fd, self._read_fd):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)
