"""The staff JSON API: tokens and roles on every route, the draft → publish path, import, the OpenAPI schema."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from bot.directory.store import DirectoryCache
from bot.staff import accounts
from bot.staff.api import ENDPOINTS
from bot.staff.models import ROLES
from bot.staff.workflow import Invalid
from tests.staff_helpers import Staff, make_staff, sqlite_url


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Staff, dict[str, str]]]:
    """A staff database and one API token per role."""
    staff = make_staff(sqlite_url(tmp_path_factory.mktemp("api")))
    tokens = {}
    with Session(staff.engine, future=True) as session, session.begin():
        for role in ROLES:
            account = accounts.find_account(session, f"{role}@example.org")
            assert account is not None
            _, tokens[role] = accounts.create_token(session, accounts.actor_of(account), account.id, "tests", role)
    yield staff, tokens
    staff.engine.dispose()


def _path(template: str) -> str:
    return template.replace("{code}", "GB").replace("{service_id}", "iwf-gb").replace("{draft_id}", "999")


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("spec", ENDPOINTS, ids=lambda s: f"{s.method} {s.path}")
def test_every_api_route_needs_a_token_with_a_high_enough_role(api: tuple[Staff, dict[str, str]], spec: object) -> None:
    staff, tokens = api
    client = staff.client()
    method, path, needed = spec.method, _path(spec.path), spec.role  # type: ignore[attr-defined]
    assert client.request(method, path).status_code == 401
    assert client.request(method, path, headers=_auth("lt_not-a-real-token")).status_code == 401
    for role in ROLES:
        response = client.request(method, path, headers=_auth(tokens[role]), content=b"{}")
        if ROLES.index(role) >= ROLES.index(needed):
            assert response.status_code not in (401, 403), (role, method, path, response.text)
        else:
            assert response.status_code == 403, (role, method, path)
            assert response.json()["error"]


def test_the_openapi_schema_is_served_to_token_holders_and_lists_every_route(api: tuple[Staff, dict[str, str]]) -> None:
    staff, tokens = api
    client = staff.client()
    assert client.get("/api/openapi.json").status_code == 401
    schema = client.get("/api/openapi.json", headers=_auth(tokens["viewer"])).json()
    assert schema["openapi"].startswith("3.")
    listed = {(method.upper(), path) for path, item in schema["paths"].items() for method in item}
    assert listed == {(spec.method, spec.path) for spec in ENDPOINTS}


def test_a_partner_drafts_a_new_number_and_a_publisher_publishes_it(api: tuple[Staff, dict[str, str]]) -> None:
    staff, tokens = api
    client = staff.client()
    document = client.get("/api/services/childline-gb", headers=_auth(tokens["viewer"])).json()
    document["contacts"][0]["value"] = "0808 800 5000"
    drafted = client.post("/api/drafts/services", json=document, headers=_auth(tokens["editor"]))
    assert drafted.status_code == 201, drafted.text
    draft_id = drafted.json()["id"]
    review = client.get(f"/api/drafts/{draft_id}", headers=_auth(tokens["viewer"])).json()
    assert {"field": "contacts[0].value", "before": "0800 1111", "after": "0808 800 5000"} in review["changes"]
    assert client.post(f"/api/drafts/{draft_id}/publish", headers=_auth(tokens["editor"])).status_code == 403
    assert client.post(f"/api/drafts/{draft_id}/publish", headers=_auth(tokens["publisher"])).status_code == 200
    gb = DirectoryCache(staff.engine).get().country("GB")
    assert gb is not None and gb.services[0].contacts[0].value == "0808 800 5000"
    audit_log = client.get("/api/audit?limit=5", headers=_auth(tokens["admin"])).json()
    assert audit_log[0]["action"] == "publish" and audit_log[0]["entity_id"] == "childline-gb"


def test_an_invalid_number_in_a_draft_is_refused_with_the_field_named(api: tuple[Staff, dict[str, str]]) -> None:
    staff, tokens = api
    client = staff.client()
    document = client.get("/api/services/iwf-gb", headers=_auth(tokens["viewer"])).json()
    document["contacts"] = [{"kind": "phone", "value": "0800 12"}]
    refused = client.post("/api/drafts/services", json=document, headers=_auth(tokens["editor"]))
    assert refused.status_code == 422
    assert refused.json()["problems"][0]["field"] == "contacts.phone"


def test_a_csv_import_with_one_invalid_number_writes_nothing_and_names_the_row(
    api: tuple[Staff, dict[str, str]],
) -> None:
    staff, tokens = api
    client = staff.client()
    exported = client.get("/api/export?country=GB", headers=_auth(tokens["viewer"])).text
    lines = exported.splitlines()
    before = client.get("/api/services/childline-gb", headers=_auth(tokens["viewer"])).json()
    number = before["contacts"][0]["value"]
    row = next(i for i, line in enumerate(lines) if "childline-gb" in line and number in line)
    lines[row] = lines[row].replace(number, "0800 12")
    refused = client.post(
        "/api/import?country=GB&apply=true&publish=true",
        content="\n".join(lines).encode(),
        headers=_auth(tokens["publisher"]),
    )
    assert refused.status_code == 422
    assert refused.json()["problems"][0]["row"] == f"row {row + 1}"
    assert client.get("/api/services/childline-gb", headers=_auth(tokens["viewer"])).json() == before


def test_a_revoked_token_no_longer_works(api: tuple[Staff, dict[str, str]]) -> None:
    staff, _ = api
    with Session(staff.engine, future=True) as session, session.begin():
        account = accounts.find_account(session, "viewer@example.org")
        assert account is not None
        actor = accounts.actor_of(account)
        token, plain = accounts.create_token(session, actor, account.id, "short-lived", "viewer")
        token_id = token.id
    client = staff.client()
    assert client.get("/api/me", headers=_auth(plain)).json() == {"email": "viewer@example.org", "role": "viewer"}
    with Session(staff.engine, future=True) as session, session.begin():
        accounts.revoke_token(session, actor, token_id)
    assert client.get("/api/me", headers=_auth(plain)).status_code == 401


def test_a_token_cannot_have_a_higher_role_than_its_account(api: tuple[Staff, dict[str, str]]) -> None:
    staff, _ = api
    with Session(staff.engine, future=True) as session:
        account = accounts.find_account(session, "editor@example.org")
        assert account is not None
        with pytest.raises(Invalid) as refused:
            accounts.create_token(session, accounts.actor_of(account), account.id, "sneaky", "publisher")
    assert "cannot be higher" in refused.value.problems[0].reason
