"""Every setting Lantern reads from the environment, in one place.

Each setting has a documented default so that ``make run`` works on a fresh
machine with nothing configured (SQLite file under ``var/``, in-memory lock
store).  Other modules import :func:`get_settings` instead of reading
``os.environ`` themselves; the README's "Settings" table mirrors this file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting has a value Lantern cannot use; the message says which and why."""


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}.") from None


def _positive(env: dict[str, str], name: str, default: int) -> int:
    value = _int(env, name, default)
    if value < 1:
        raise SettingsError(f"{name} must be at least 1.")
    return value


def _list(env: dict[str, str], name: str, default: str) -> tuple[str, ...]:
    raw = env.get(name, default)
    return tuple(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    """Lantern's configuration, read once from the environment."""

    data_dir: Path
    rasa_port: int
    server_port: int
    host: str
    database_url: str
    lock_store_url: str
    retention_days: int
    log_level: str
    cors_origins: tuple[str, ...]
    models_dir: Path = field(default=PROJECT_ROOT / "models")
    max_message_chars: int = 1000
    session_messages_per_minute: int = 20
    client_messages_per_minute: int = 120
    public_chat_url: str = ""
    public_url: str = ""
    staff_session_hours: int = 8
    staff_idle_minutes: int = 30
    staff_login_attempts: int = 5
    stale_after_days: int = 180

    @property
    def secure_cookies(self) -> bool:
        """Staff cookies are ``Secure`` unless the console is served over plain http (``make run`` on 127.0.0.1)."""
        return not self.lantern_url.startswith("http://")

    @property
    def action_endpoint_url(self) -> str:
        """Where the Rasa server calls the custom actions (the Lantern server)."""
        return f"http://127.0.0.1:{self.server_port}/webhook"

    @property
    def widget_url(self) -> str:
        """The widget channel's webhook on the Rasa server."""
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/widget/webhook"

    @property
    def lantern_url(self) -> str:
        """Where browsers reach the Lantern server (widget.js, demo page): ``LANTERN_PUBLIC_URL``, else local."""
        return (self.public_url or f"http://127.0.0.1:{self.server_port}").rstrip("/")

    @property
    def chat_url(self) -> str:
        """The widget channel's webhook as browsers reach it (``LANTERN_PUBLIC_CHAT_URL``, else local)."""
        return self.public_chat_url or self.widget_url


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from ``env`` (default: the process environment)."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("LANTERN_DATA_DIR", str(PROJECT_ROOT / "var"))).resolve()
    database_url = env.get("DATABASE_URL", "").strip() or f"sqlite:///{data_dir / 'lantern.db'}"
    retention_days = _positive(env, "LANTERN_RETENTION_DAYS", 30)
    return Settings(
        data_dir=data_dir,
        rasa_port=_int(env, "RASA_PORT", 5005),
        server_port=_int(env, "LANTERN_PORT", 5055),
        host=env.get("LANTERN_HOST", "127.0.0.1"),
        database_url=database_url,
        lock_store_url=env.get("LOCK_STORE_URL", "").strip(),
        retention_days=retention_days,
        log_level=env.get("LANTERN_LOG_LEVEL", "INFO").upper(),
        cors_origins=_list(env, "LANTERN_CORS_ORIGINS", "*"),
        models_dir=Path(env.get("LANTERN_MODELS_DIR", str(PROJECT_ROOT / "models"))).resolve(),
        max_message_chars=_positive(env, "LANTERN_MAX_MESSAGE_CHARS", 1000),
        session_messages_per_minute=_positive(env, "LANTERN_SESSION_MESSAGES_PER_MINUTE", 20),
        client_messages_per_minute=_positive(env, "LANTERN_CLIENT_MESSAGES_PER_MINUTE", 120),
        public_chat_url=env.get("LANTERN_PUBLIC_CHAT_URL", "").strip(),
        public_url=env.get("LANTERN_PUBLIC_URL", "").strip(),
        staff_session_hours=_positive(env, "LANTERN_STAFF_SESSION_HOURS", 8),
        staff_idle_minutes=_positive(env, "LANTERN_STAFF_IDLE_MINUTES", 30),
        staff_login_attempts=_positive(env, "LANTERN_STAFF_LOGIN_ATTEMPTS", 5),
        stale_after_days=_positive(env, "LANTERN_STALE_AFTER_DAYS", 180),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read on first use)."""
    return load_settings()
