"""The staff JSON API under ``/api`` for partner integrations, with its OpenAPI schema at ``/api/openapi.json``.

Every route needs ``Authorization: Bearer <token>`` (tokens are created in
the console under "My account", stored hashed, revocable, and carry a role):
no token or an unknown/revoked one → 401, a role too low → 403.  The
operations are the console's: read the directory, save drafts, review and
publish them, verify and retire services, import and export, read the audit
log (admins).  Errors are ``{"error": sentence, "problems": [{row, field, reason}]}``.
The schema is built from the route table below and the pydantic models in
:mod:`bot.staff.api_models`, so it cannot drift from what the code accepts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from bot.directory.seed import Problem
from bot.staff import accounts, workflow
from bot.staff.api_handlers import HANDLERS
from bot.staff.api_models import (
    AuditOut,
    CountryDoc,
    DoneOut,
    DraftOut,
    DraftReviewOut,
    ImportOut,
    PublishedOut,
    ServiceDoc,
    VerifyIn,
    WhoAmIOut,
)
from bot.staff.audit import Actor
from bot.staff.roles import ADMIN, EDIT, PUBLISH, VIEW, Forbidden, allows
from bot.staff.web.common import in_db

Handler = Callable[..., Awaitable[Any]]
MAX_QUERY_INT = 2**31 - 1


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    name: str
    role: str
    summary: str
    body: type[BaseModel] | str | None = None  # a model, or a media type for raw bodies
    response: type[BaseModel] | str | None = None  # a model (a list of them with list_of), or a media type
    list_of: bool = False
    status: int = 200
    errors: tuple[int, ...] = ()
    query: tuple[tuple[str, dict[str, Any], str], ...] = field(default=())


COUNTRY = ("country", {"type": "string", "pattern": "^[A-Za-z]{2}$"}, "ISO 3166-1 alpha-2 code")
ENDPOINTS = (
    Endpoint("GET", "/api/me", "whoami", VIEW, "The account and role of this token", response=WhoAmIOut),
    Endpoint("GET", "/api/countries", "countries", VIEW, "Every country", response=CountryDoc, list_of=True),
    Endpoint("GET", "/api/countries/{code}", "country", VIEW, "One country", response=CountryDoc, errors=(404,)),
    Endpoint(
        "GET",
        "/api/services",
        "services",
        VIEW,
        "Services, all statuses",
        response=ServiceDoc,
        list_of=True,
        query=(COUNTRY,),
    ),
    Endpoint("GET", "/api/services/{service_id}", "service", VIEW, "One service", response=ServiceDoc, errors=(404,)),
    Endpoint("GET", "/api/drafts", "drafts", VIEW, "Open drafts", response=DraftOut, list_of=True),
    Endpoint(
        "POST",
        "/api/drafts/services",
        "draft_service",
        EDIT,
        "Save a draft of a service (new or changed)",
        body=ServiceDoc,
        response=DraftOut,
        status=201,
        errors=(422,),
    ),
    Endpoint(
        "POST",
        "/api/drafts/countries",
        "draft_country",
        EDIT,
        "Save a draft of a country's emergency numbers",
        body=CountryDoc,
        response=DraftOut,
        status=201,
        errors=(422,),
    ),
    Endpoint(
        "GET",
        "/api/drafts/{draft_id}",
        "review",
        VIEW,
        "A draft and what publishing it would change",
        response=DraftReviewOut,
        errors=(404,),
    ),
    Endpoint(
        "POST",
        "/api/drafts/{draft_id}/publish",
        "publish",
        PUBLISH,
        "Publish a draft (the bot uses it at once)",
        response=PublishedOut,
        errors=(404, 409, 422),
    ),
    Endpoint(
        "POST",
        "/api/drafts/{draft_id}/discard",
        "discard",
        EDIT,
        "Discard a draft",
        response=DoneOut,
        errors=(404, 409),
    ),
    Endpoint(
        "POST",
        "/api/services/{service_id}/verify",
        "verify",
        PUBLISH,
        "Mark a service verified today",
        body=VerifyIn,
        response=DoneOut,
        errors=(404, 422),
    ),
    Endpoint(
        "POST",
        "/api/services/{service_id}/retire",
        "retire",
        PUBLISH,
        "Stop showing a service",
        response=DoneOut,
        errors=(404,),
    ),
    Endpoint(
        "POST",
        "/api/import",
        "import",
        EDIT,
        "Dry run (default) or apply a CSV/YAML import",
        body="text/csv",
        response=ImportOut,
        errors=(409, 422),
        query=(
            COUNTRY,
            ("format", {"type": "string", "enum": ["csv", "yaml"]}, "the body's format (default csv)"),
            ("apply", {"type": "boolean"}, "apply the import (default: dry run)"),
            ("publish", {"type": "boolean"}, "publish at once (publishers) instead of saving drafts"),
        ),
    ),
    Endpoint(
        "GET",
        "/api/export",
        "export",
        VIEW,
        "The directory as CSV or YAML",
        response="text/csv",
        query=(COUNTRY, ("format", {"type": "string", "enum": ["csv", "yaml"]}, "default csv")),
    ),
    Endpoint(
        "GET",
        "/api/audit",
        "audit",
        ADMIN,
        "The audit log, newest first",
        response=AuditOut,
        list_of=True,
        query=(
            ("limit", {"type": "integer", "minimum": 1, "maximum": 1000}, "default 200"),
            ("offset", {"type": "integer", "minimum": 0, "maximum": 2**31 - 1}, "default 0"),
        ),
    ),
)


def error(status: int, sentence: str, problems: list[Problem] | None = None) -> JSONResponse:
    body = {
        "error": sentence,
        "problems": [{"row": p.row, "field": p.field, "reason": p.reason} for p in problems or ()],
    }
    headers = {"WWW-Authenticate": 'Bearer realm="lantern"'} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_problems(invalid: ValidationError) -> list[Problem]:
    return [Problem("body", ".".join(str(p) for p in e["loc"]), e["msg"]) for e in invalid.errors()]


async def _actor(request: Request) -> Actor | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return await in_db(request, accounts.token_actor, token.strip())


def _endpoint(spec: Endpoint) -> Callable[[Request], Awaitable[Response]]:
    handler: Handler = HANDLERS[spec.name]

    async def run(request: Request) -> Response:
        actor = await _actor(request)
        if actor is None:
            return error(401, "Send a valid API token as 'Authorization: Bearer <token>'.")
        if not allows(actor.role, spec.role):
            return error(403, f"This needs the {spec.role} role; the token has {actor.role}.")
        wrong = query_problems(spec, request)
        if wrong:
            return error(422, "A query parameter has a value this route does not accept.", wrong)
        body: Any = None
        if isinstance(spec.body, type):
            try:
                raw = await request.json()
                body = spec.body.parse_obj(raw)
            except ValueError as invalid:
                problems = _validation_problems(invalid) if isinstance(invalid, ValidationError) else []
                return error(422, "The body is not valid JSON of the expected shape.", problems)
        elif spec.body:
            body = await request.body()
        try:
            result = await handler(request, actor, body)
        except workflow.Invalid as invalid:
            return error(422, str(invalid), invalid.problems)
        except workflow.NotFound as missing:
            return error(404, str(missing))
        except Forbidden as refused:
            return error(403, str(refused))
        except workflow.WorkflowError as refused:
            return error(409, str(refused))
        if isinstance(result, Response):
            return result
        return JSONResponse(_plain(result), status_code=spec.status)

    return run


def query_problems(spec: Endpoint, request: Request) -> list[Problem]:
    """Check the query parameters against the schema the route publishes (type, range, enum, pattern)."""
    problems = []
    for name, schema, _ in spec.query:
        raw = request.query_params.get(name)
        if raw is None:
            continue
        kind = schema.get("type")
        if kind == "integer":
            ok = raw.isdigit() and schema.get("minimum", 0) <= int(raw) <= schema.get("maximum", MAX_QUERY_INT)
        elif kind == "boolean":
            ok = raw.lower() in ("true", "false", "1", "0")
        else:
            ok = re.fullmatch(schema.get("pattern", ".*"), raw) is not None and raw in schema.get("enum", [raw])
        if not ok:
            problems.append(Problem("query", name, f"{raw!r} is not allowed here"))
    return problems


def _plain(result: Any) -> Any:
    if isinstance(result, BaseModel):
        return json.loads(result.json(exclude_none=True, by_alias=True))
    if isinstance(result, list):
        return [_plain(item) for item in result]
    return result


async def openapi_json(request: Request) -> Response:
    actor = await _actor(request)
    if actor is None:
        return error(401, "Send a valid API token as 'Authorization: Bearer <token>'.")
    from bot.staff.api_schema import openapi

    return JSONResponse(openapi(ENDPOINTS))


def api_routes() -> list[BaseRoute]:
    routes: list[BaseRoute] = [Route("/api/openapi.json", openapi_json, methods=["GET"])]
    for spec in ENDPOINTS:
        routes.append(Route(spec.path, _endpoint(spec), methods=[spec.method], name=f"api-{spec.name}"))
    return routes
