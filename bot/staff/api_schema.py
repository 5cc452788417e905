"""Build the OpenAPI 3.0 document of the staff API from its route table and pydantic models."""

from __future__ import annotations

import copy
import re
from typing import Any

from pydantic import BaseModel

from bot.staff.api_models import ErrorOut

ERROR_TEXT = {
    401: "No token, or an unknown, revoked or disabled one",
    403: "The token's role is too low",
    404: "Not found",
    409: "Refused in the current state (e.g. a stale or already published draft)",
    422: "The body or the entry it describes has problems (row, field, reason)",
}


def _ref(model: type[BaseModel], schemas: dict[str, Any]) -> dict[str, Any]:
    schema = copy.deepcopy(model.schema(ref_template="#/components/schemas/{model}"))  # pydantic caches it
    for name, definition in (schema.pop("definitions", None) or {}).items():
        schemas[name] = definition
    schemas[model.__name__] = schema
    return {"$ref": f"#/components/schemas/{model.__name__}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def openapi(endpoints: Any) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    error_ref = _ref(ErrorOut, schemas)
    paths: dict[str, Any] = {}
    for spec in endpoints:
        operation: dict[str, Any] = {"operationId": spec.name, "summary": spec.summary, "tags": [spec.role]}
        parameters = [
            {
                "name": name,
                "in": "path",
                "required": True,
                "schema": {"type": "integer", "minimum": 1} if name == "draft_id" else {"type": "string"},
            }
            for name in re.findall(r"\{(\w+)\}", spec.path)
        ]
        parameters += [
            {"name": name, "in": "query", "required": False, "schema": schema, "description": text}
            for name, schema, text in spec.query
        ]
        if parameters:
            operation["parameters"] = parameters
        if isinstance(spec.body, type):
            operation["requestBody"] = {"required": True, "content": _json(_ref(spec.body, schemas))}
        elif spec.body:
            text = {"schema": {"type": "string"}}
            operation["requestBody"] = {"required": True, "content": {"text/csv": text, "application/yaml": text}}
        if isinstance(spec.response, type):
            schema = _ref(spec.response, schemas)
            content = _json({"type": "array", "items": schema} if spec.list_of else schema)
        else:
            content = {"text/csv": {"schema": {"type": "string"}}, "application/yaml": {"schema": {"type": "object"}}}
        responses: dict[str, Any] = {str(spec.status): {"description": "OK", "content": content}}
        for status in (401, 403, *spec.errors):
            responses[str(status)] = {"description": ERROR_TEXT[status], "content": _json(error_ref)}
        operation["responses"] = responses
        paths.setdefault(spec.path, {})[spec.method.lower()] = operation
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Lantern staff API",
            "version": "1",
            "description": "Keep the helpline directory right: read, draft, publish, verify, import, export, audit.",
        },
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"token": []}],
    }
