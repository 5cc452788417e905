"""Start, watch and stop Lantern's two server processes (Rasa on 5005, Lantern on 5055).

Used by ``lantern run`` / ``lantern shell`` and by the end-to-end tests, so the
tests start the servers exactly as a user does.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from bot.settings import PROJECT_ROOT, Settings


def child_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for the child processes: the settings, spelled out for Rasa's endpoints.yml."""
    env = dict(os.environ if base is None else base)
    env.update(
        {
            "LANTERN_ACTION_ENDPOINT": settings.action_endpoint_url,
            "DATABASE_URL": settings.database_url,
            "LANTERN_DATA_DIR": str(settings.data_dir),
            "LANTERN_PORT": str(settings.server_port),
            "RASA_PORT": str(settings.rasa_port),
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "RASA_TELEMETRY_ENABLED": "false",
        }
    )
    return env


def server_command(settings: Settings) -> list[str]:
    return [
        sys.executable, "-m", "uvicorn", "bot.server:create_app", "--factory",
        "--host", settings.host, "--port", str(settings.server_port),
        "--no-access-log", "--ws", "none", "--log-level", settings.log_level.lower(),
    ]  # fmt: skip


def rasa_command(settings: Settings, model: Path) -> list[str]:
    return [
        sys.executable, "-m", "rasa", "run",
        "--model", str(model),
        "--interface", settings.host,
        "--port", str(settings.rasa_port),
        "--credentials", str(PROJECT_ROOT / "credentials.yml"),
        "--endpoints", str(PROJECT_ROOT / "endpoints.yml"),
        "--cors", *settings.cors_origins,
    ]  # fmt: skip


def start(command: Sequence[str], env: dict[str, str], output: IO[bytes] | None = None) -> subprocess.Popen[bytes]:
    """Start a child in its own process group so it can be stopped with all its children.

    ``output`` (a file) receives the child's stdout and stderr; by default they go to ours.
    """
    return subprocess.Popen(
        list(command), cwd=PROJECT_ROOT, env=env, start_new_session=True, stdout=output, stderr=output
    )


def stop(process: subprocess.Popen[bytes], timeout: float = 15) -> None:
    """Ask a child to stop (SIGINT, then SIGTERM, then SIGKILL)."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=timeout)
            return
        except subprocess.TimeoutExpired:
            continue


def wait_until_up(url: str, processes: Sequence[subprocess.Popen[bytes]], timeout: float = 300) -> None:
    """Wait until ``url`` answers 200; fail early if a process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"A Lantern process stopped while starting (exit code {process.returncode}).")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s.")
