"""The staff console: who may do what, sign-in, sessions, CSRF, and the draft → diff → publish path."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.store import DirectoryCache
from bot.staff import audit
from bot.staff.models import ROLES, AuditEntry
from tests.staff_helpers import PASSWORD, Staff, csrf_of, make_staff, sign_in, sqlite_url

NEW_NUMBER = "0808 800 5000"


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[Staff]:
    made = make_staff(sqlite_url(tmp_path))
    yield made
    made.engine.dispose()


#: Every console route, the least role it needs, and a request body for POSTs.
ROUTES: list[tuple[str, str, str]] = [
    ("GET", "/admin", "viewer"),
    ("GET", "/admin/directory", "viewer"),
    ("GET", "/admin/countries/GB", "viewer"),
    ("GET", "/admin/countries/global", "viewer"),
    ("GET", "/admin/services/childline-gb", "viewer"),
    ("GET", "/admin/drafts", "viewer"),
    ("GET", "/admin/drafts/999", "viewer"),
    ("POST", "/admin/account/tokens/999/revoke", "viewer"),
    ("GET", "/admin/verification", "viewer"),
    ("GET", "/admin/transfer", "viewer"),
    ("GET", "/admin/export.csv", "viewer"),
    ("GET", "/admin/export.yaml", "viewer"),
    ("GET", "/admin/preview", "viewer"),
    ("GET", "/admin/answers", "viewer"),
    ("GET", "/admin/insight", "viewer"),
    ("GET", "/admin/account", "viewer"),
    ("POST", "/admin/services/childline-gb/report", "viewer"),
    ("POST", "/admin/account/tokens", "viewer"),
    ("POST", "/admin/account/password", "viewer"),
    ("GET", "/admin/services/childline-gb/edit", "editor"),
    ("POST", "/admin/services/childline-gb/edit", "editor"),
    ("GET", "/admin/services/new", "editor"),
    ("POST", "/admin/services/new", "editor"),
    ("GET", "/admin/countries/GB/edit", "editor"),
    ("POST", "/admin/countries/GB/edit", "editor"),
    ("GET", "/admin/countries/new", "editor"),
    ("POST", "/admin/countries/new", "editor"),
    ("POST", "/admin/drafts/999/discard", "editor"),
    ("POST", "/admin/import", "editor"),
    ("POST", "/admin/import/apply", "editor"),
    ("POST", "/admin/drafts/999/publish", "publisher"),
    ("POST", "/admin/services/childline-gb/verify", "publisher"),
    ("POST", "/admin/services/childline-gb/retire", "publisher"),
    ("GET", "/admin/audit", "admin"),
    ("GET", "/admin/audit.csv", "admin"),
    ("GET", "/admin/accounts", "admin"),
    ("POST", "/admin/accounts", "admin"),
    ("POST", "/admin/accounts/1", "admin"),
]


def test_the_route_table_covers_every_console_route(staff: Staff) -> None:
    from bot.staff.web import console_routes

    declared = {
        (method, route.path)  # type: ignore[attr-defined]
        for route in console_routes()
        if hasattr(route, "methods") and route.methods  # type: ignore[attr-defined]
        for method in route.methods  # type: ignore[attr-defined]
        if method in ("GET", "POST") and not route.path.startswith("/admin/sign-")  # type: ignore[attr-defined]
    }
    tested = {
        (
            method,
            re.sub(
                r"/(GB|global|childline-gb|999|1)(?=/|$)|(?<=/export)\.(csv|yaml)$",
                lambda m: "/{x}" if m.group(1) else ".{x}",
                path,
            ),
        )
        for method, path, _ in ROUTES
    }
    normalised = {(m, re.sub(r"\{[^}]+\}", "{x}", p)) for m, p in declared}
    assert normalised <= tested, f"untested routes: {sorted(normalised - tested)}"


@pytest.fixture(scope="module")
def signed_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str | None, tuple[object, str]]]:
    """One staff database for the role matrix, with a signed-in browser (and its CSRF token) per role."""
    made = make_staff(sqlite_url(tmp_path_factory.mktemp("matrix")))
    clients: dict[str | None, tuple[object, str]] = {None: (made.client(), "x")}
    for role in ROLES:
        client = made.client(role)
        clients[role] = (client, csrf_of(client))
    yield clients
    made.engine.dispose()


@pytest.mark.parametrize(("method", "path", "needed"), ROUTES)
def test_every_console_route_refuses_strangers_and_lower_roles(
    signed_in: dict[str | None, tuple[object, str]], method: str, path: str, needed: str
) -> None:
    stranger = signed_in[None][0]
    response = stranger.request(method, path, data={"csrf": "x"} if method == "POST" else None)  # type: ignore[attr-defined]
    assert response.status_code == 303 and response.headers["location"].startswith("/admin/sign-in")
    for role in ROLES:
        client, csrf = signed_in[role]
        data = {"csrf": csrf} if method == "POST" else None
        response = client.request(method, path, data=data)  # type: ignore[attr-defined]
        allowed = ROLES.index(role) >= ROLES.index(needed)
        if allowed:
            assert response.status_code not in (401, 403), (role, method, path, response.status_code)
            assert not response.headers.get("location", "").startswith("/admin/sign-in?"), (role, path)
        else:
            assert response.status_code == 403, (role, method, path, response.status_code)


def _edit_form(client: object, service_id: str) -> dict[str, str]:
    page = client.get(f"/admin/services/{service_id}/edit").text  # type: ignore[attr-defined]
    fields = {k: v for k, v in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)}
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options)
        fields[name] = chosen.group(1) if chosen else ""
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        fields[name] = text
    return fields


def test_a_publisher_changes_childlines_number_sees_the_diff_publishes_and_the_bot_uses_it(staff: Staff) -> None:
    cache = DirectoryCache(staff.engine)
    assert [c.value for c in cache.get().country("GB").services[0].contacts] == ["0800 1111"]  # type: ignore[union-attr]
    publisher = staff.client("publisher")
    form = _edit_form(publisher, "childline-gb")
    assert form["contact_value_0"] == "0800 1111"
    saved = publisher.post("/admin/services/childline-gb/edit", data=dict(form, contact_value_0=NEW_NUMBER))
    assert saved.status_code == 303
    draft_page = publisher.get(saved.headers["location"])
    assert re.search(
        r"contacts\[0\]\.value</th><td class=\"before\">0800 1111</td><td class=\"after\">0808 800 5000",
        draft_page.text,
    )
    assert [c.value for c in cache.get().country("GB").services[0].contacts] == ["0800 1111"], "a draft is not live"
    draft_id = saved.headers["location"].split("?")[0].rsplit("/", 1)[1]
    published = publisher.post(f"/admin/drafts/{draft_id}/publish", data={"csrf": csrf_of(publisher)})
    assert published.status_code == 303
    assert [c.value for c in cache.get().country("GB").services[0].contacts] == [NEW_NUMBER]
    with Session(staff.engine, future=True) as session:
        entry = audit.entries(session, entity_id="childline-gb")[0]
    assert (entry.action, entry.actor) == ("publish", "publisher@example.org")
    assert entry.before["contacts"][0]["value"] == "0800 1111" and entry.after["contacts"][0]["value"] == NEW_NUMBER
    admin_view = staff.client("admin").get("/admin/audit?entity_id=childline-gb").text
    assert "0800 1111" in admin_view and NEW_NUMBER in admin_view


def test_an_editor_saves_a_draft_but_cannot_publish_it(staff: Staff) -> None:
    editor = staff.client("editor")
    form = _edit_form(editor, "childline-gb")
    saved = editor.post("/admin/services/childline-gb/edit", data=dict(form, contact_value_0=NEW_NUMBER))
    draft_id = saved.headers["location"].split("?")[0].rsplit("/", 1)[1]
    refused = editor.post(f"/admin/drafts/{draft_id}/publish", data={"csrf": csrf_of(editor)})
    assert refused.status_code == 403
    assert "Publish</button>" not in editor.get(f"/admin/drafts/{draft_id}").text


def test_an_invalid_number_is_refused_at_the_form_and_nothing_is_saved(staff: Staff) -> None:
    editor = staff.client("editor")
    form = _edit_form(editor, "childline-gb")
    response = editor.post("/admin/services/childline-gb/edit", data=dict(form, contact_value_0="0800 1112"))
    assert response.status_code == 422
    assert "is not a valid number for GB" in response.text
    assert "No open drafts" in editor.get("/admin/drafts").text


def test_the_form_checks_timezones_overlapping_hours_urls_and_sources(staff: Staff) -> None:
    editor = staff.client("editor")
    form = _edit_form(editor, "childline-gb")
    bad = dict(
        form,
        schedule="mon 09:00-17:00; mon 16:00-18:00",
        timezone="Mars/Olympus",
        website="not a url",
        sources="",
    )
    text = editor.post("/admin/services/childline-gb/edit", data=bad).text
    for reason in ("unknown timezone", "opening hours overlap", "is not a URL", "source"):
        assert reason in text


def test_a_form_without_the_csrf_token_is_refused(staff: Staff) -> None:
    editor = staff.client("editor")
    form = _edit_form(editor, "childline-gb")
    form.pop("csrf")
    assert editor.post("/admin/services/childline-gb/edit", data=form).status_code == 403
    other = staff.client("admin")
    assert editor.post("/admin/services/childline-gb/edit", data=dict(form, csrf=csrf_of(other))).status_code == 403


def test_sessions_end_after_idle_time_and_at_their_absolute_expiry(
    staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    viewer = staff.client("viewer")
    assert viewer.get("/admin").status_code == 200
    start = audit.now()
    monkeypatch.setattr(audit, "now", lambda: start + dt.timedelta(minutes=31))
    assert viewer.get("/admin").headers["location"].startswith("/admin/sign-in")
    monkeypatch.undo()
    viewer, start = staff.client("viewer"), audit.now()
    for minutes in range(25, 8 * 60, 25):
        monkeypatch.setattr(audit, "now", lambda m=minutes: start + dt.timedelta(minutes=m))
        assert viewer.get("/admin").status_code == 200
    monkeypatch.setattr(audit, "now", lambda: start + dt.timedelta(hours=8, minutes=1))
    assert viewer.get("/admin").status_code == 303


def test_the_session_cookie_is_http_only_and_same_site(staff: Staff) -> None:
    client = staff.client()
    response = sign_in(client, "viewer@example.org", PASSWORD)
    cookie = response.headers["set-cookie"]  # type: ignore[attr-defined]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie


def test_sign_in_is_refused_after_too_many_failures_even_with_the_right_password(staff: Staff) -> None:
    client = staff.client()
    for _ in range(5):
        assert sign_in(client, "editor@example.org", "wrong password!!").status_code == 401  # type: ignore[attr-defined]
    assert sign_in(client, "editor@example.org", PASSWORD).status_code == 429  # type: ignore[attr-defined]
    assert sign_in(client, "viewer@example.org", PASSWORD).status_code == 303  # type: ignore[attr-defined]


def test_a_disabled_account_is_signed_out_and_cannot_sign_in_but_its_history_stays(staff: Staff) -> None:
    editor = staff.client("editor")
    form = _edit_form(editor, "childline-gb")
    editor.post("/admin/services/childline-gb/edit", data=dict(form, contact_value_0=NEW_NUMBER))
    admin = staff.client("admin")
    accounts_page = admin.get("/admin/accounts").text
    account_id = re.search(
        r'action="/admin/accounts/(\d+)"[^>]*>.*?editor@example.org|editor@example.org.*?action="/admin/accounts/(\d+)"',
        accounts_page,
        re.S,
    )
    assert account_id
    number = account_id.group(1) or account_id.group(2)
    assert admin.post(f"/admin/accounts/{number}", data={"csrf": csrf_of(admin), "disable": "1"}).status_code == 303
    assert editor.get("/admin").status_code == 303
    assert sign_in(staff.client(), "editor@example.org", PASSWORD).status_code == 401  # type: ignore[attr-defined]
    with Session(staff.engine, future=True) as session:
        actors = set(session.scalars(sa.select(AuditEntry.actor)).all())
    assert "editor@example.org" in actors


def test_an_editor_adds_a_country_and_a_publisher_publishes_it(staff: Staff) -> None:
    editor = staff.client("editor")
    form = {
        "csrf": csrf_of(editor),
        "code": "lu",
        "name": "Luxembourg",
        "number_0": "112",
        "urgent_0": "1",
        "number_1": "",
        "sources": "https://example.org/luxembourg-emergency",
    }
    saved = editor.post("/admin/countries/new", data=form)
    assert saved.status_code == 303
    again = editor.post("/admin/countries/new", data=dict(form, code="GB"))
    assert again.status_code == 422 and "already in the directory" in again.text
    draft_id = saved.headers["location"].split("?")[0].rsplit("/", 1)[1]
    publisher = staff.client("publisher")
    assert publisher.post(f"/admin/drafts/{draft_id}/publish", data={"csrf": csrf_of(publisher)}).status_code == 303
    country = DirectoryCache(staff.engine).get().country("LU")
    assert country is not None and [n.number for n in country.emergency] == ["112"]
