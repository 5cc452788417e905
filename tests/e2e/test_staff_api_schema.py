"""Property-based test of the staff JSON API with schemathesis, against the real server and its own OpenAPI schema.

schemathesis cannot live in Lantern's virtual environment (it needs a newer
jsonschema/pytest than Rasa pins), so it runs as a command-line tool from its
own environment, ``.venv-schemathesis``, installed from
``tests/schemathesis/requirements.lock`` (built here when missing or older
than the lock file; ``make e2e`` may build it first, same stamp file).

The API changes the directory (drafts, publishing, retiring, imports), so the
run goes to a separate Lantern server started here on a free port with its
own temporary SQLite database: the shared end-to-end servers never see it.
Checks: no 5xx, and every response matches the schema the server publishes.
The number of examples is bounded and the seed fixed, so a run is repeatable.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from bot import processes
from bot.directory.db import make_engine, prepare
from bot.settings import PROJECT_ROOT, load_settings
from bot.staff import accounts
from bot.staff.audit import SYSTEM
from tests.e2e.conftest import _free_port

pytestmark = pytest.mark.stack

TOOL_VENV = PROJECT_ROOT / ".venv-schemathesis"
LOCK_FILE = PROJECT_ROOT / "tests" / "schemathesis" / "requirements.lock"
STAMP = TOOL_VENV / ".installed"
ST = TOOL_VENV / "bin" / "st"
CHECKS = "not_a_server_error,response_schema_conformance"
MAX_EXAMPLES = 25
SEED = 2026


def schemathesis_cli() -> Path:
    """The ``st`` command of the tool environment, installed from the lock file if missing or out of date."""
    if ST.exists() and STAMP.exists() and STAMP.stat().st_mtime >= LOCK_FILE.stat().st_mtime:
        return ST
    if not (TOOL_VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(TOOL_VENV)], check=True)
    installed = subprocess.run(
        [str(TOOL_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", "-r", str(LOCK_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if installed.returncode != 0:
        pytest.fail(f"Could not install schemathesis from {LOCK_FILE}:\n{installed.stdout}{installed.stderr}")
    STAMP.touch()
    return ST


@pytest.fixture(scope="module")
def api_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A Lantern server of its own (no Rasa needed), its temporary database seeded, and an admin token."""
    data_dir = tmp_path_factory.mktemp("lantern-api-schema")
    settings = load_settings(
        {"LANTERN_DATA_DIR": str(data_dir), "LANTERN_PORT": str(_free_port()), "RASA_PORT": str(_free_port())}
    )
    prepare(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with Session(engine, future=True) as session, session.begin():
            account = accounts.create_account(
                session, SYSTEM, "schema-admin@example.org", "a long enough password", "admin"
            )
            _, token = accounts.create_token(session, SYSTEM, account.id, "schemathesis", "admin")
    finally:
        engine.dispose()
    log_path = data_dir / "server.log"
    with log_path.open("wb") as log:
        server = processes.start(processes.server_command(settings), processes.child_env(settings), log)
        try:
            processes.wait_until_up(f"http://127.0.0.1:{settings.server_port}/health", [server])
            yield {"url": f"http://127.0.0.1:{settings.server_port}", "token": token, "log": log_path, "dir": data_dir}
        finally:
            processes.stop(server)


def _get_json(url: str, token: str) -> Any:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())


def _server_log_tail(path: Path, lines: int = 80) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def test_the_api_never_fails_with_a_5xx_and_answers_as_its_schema_says(api_server: dict[str, Any]) -> None:
    st = schemathesis_cli()
    command = [
        str(st), "run", f"{api_server['url']}/api/openapi.json",
        "-H", f"Authorization: Bearer {api_server['token']}",
        "--checks", CHECKS,
        "--max-examples", str(MAX_EXAMPLES),
        "--seed", str(SEED),
        "--workers", "1",
        "--generation-database", "none",
        "--request-timeout", "30",
        "--no-color",
    ]  # fmt: skip
    # Run in a scratch directory: no schemathesis.toml or example database from elsewhere is picked up.
    finished = subprocess.run(command, cwd=api_server["dir"], capture_output=True, text=True, timeout=900, check=False)
    output = finished.stdout + finished.stderr
    print(output)
    report = f"schemathesis output:\n{output}\n--- Lantern server log (end) ---\n{_server_log_tail(api_server['log'])}"
    assert finished.returncode == 0, f"schemathesis found problems (exit code {finished.returncode}).\n{report}"
    assert "Unresolvable references" not in output, f"the served schema has $refs that point nowhere.\n{report}"


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


def test_the_openapi_document_is_complete_on_every_request(api_server: dict[str, Any]) -> None:
    """Clients fetch the schema whenever they like: the second answer must be as complete as the first."""
    url = f"{api_server['url']}/api/openapi.json"
    documents = [_get_json(url, api_server["token"]) for _ in range(3)]
    for number, document in enumerate(documents, start=1):
        defined = {f"#/components/schemas/{name}" for name in document["components"]["schemas"]}
        dangling = sorted(_refs(document) - defined)
        assert not dangling, f"request {number} to /api/openapi.json: $refs with no schema: {dangling}"
    assert documents[0] == documents[1] == documents[2], "/api/openapi.json changes from one request to the next"


def _post(url: str, token: str, body: bytes, content_type: str) -> int:
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Authorization": f"Bearer {token}", "Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_a_csv_with_old_mac_line_endings_is_not_a_server_error(api_server: dict[str, Any]) -> None:
    """Found by schemathesis (seed 99, 300 examples): a bare carriage return in a CSV import gave a 500.

    Excel for Mac's "CSV (Macintosh)" ends lines with a carriage return alone, so this is the export
    of Lantern's own directory as such a file: it must import (or be refused with a 4xx), never crash.
    """
    request = urllib.request.Request(
        f"{api_server['url']}/api/export?country=GB", headers={"Authorization": f"Bearer {api_server['token']}"}
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        exported = answer.read().decode("utf-8")
    mac = exported.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8")
    status = _post(f"{api_server['url']}/api/import?country=GB", api_server["token"], mac, "text/csv")
    log = _server_log_tail(api_server["log"])
    assert status < 500, f"POST /api/import?country=GB (dry run) with CR line endings answered {status}\n{log}"
