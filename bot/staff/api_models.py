"""The JSON API's request and response shapes (pydantic 1, as Rasa pins it); they also make its OpenAPI schema.

Documents are the same plain form the console edits and the seed file uses
(:mod:`bot.directory.documents`); fields that are empty are left out of
responses rather than sent as ``null``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConstrainedStr, Extra, Field, constr

from bot.directory.models import CONTACT_KINDS, SERVICE_KINDS
from bot.staff.models import ROLES


class Text(ConstrainedStr):
    max_length = 2000


class Short(ConstrainedStr):
    max_length = 300


class Strict(BaseModel):
    class Config:
        extra = Extra.forbid


class HoursDoc(Strict):
    always: bool = False
    text: Short | None = None
    timezone: constr(max_length=64) | None = None  # type: ignore[valid-type]
    weekly: dict[constr(max_length=3), list[list[constr(max_length=5)]]] = Field(  # type: ignore[valid-type]
        default_factory=dict, description='mon..sun → [["09:00", "17:00"], …] in the timezone'
    )
    closed_days: list[dt.date] = Field(default_factory=list)


class ContactDoc(Strict):
    kind: str = Field(..., enum=list(CONTACT_KINDS))
    value: Short
    instructions: Short | None = None
    display_alias: constr(max_length=50) | None = None  # type: ignore[valid-type]
    hours: HoursDoc | None = None


class Ages(Strict):
    min: int | None = Field(None, ge=0, le=120)
    max: int | None = Field(None, ge=0, le=120)


class ServiceDoc(Strict):
    """A service as staff edit it; ``country`` left out for a global service."""

    id: constr(regex=r"^[a-z0-9][a-z0-9-]{1,79}$")  # type: ignore[valid-type]
    country: constr(min_length=2, max_length=2) | None = None  # type: ignore[valid-type]
    name: Short
    kind: str = Field(..., enum=list(SERVICE_KINDS))
    operator: Short | None = None
    description: Text | None = None
    website: constr(max_length=500) | None = None  # type: ignore[valid-type]
    image_age: constr(max_length=20) | None = None  # type: ignore[valid-type]
    free: bool | None = None
    global_ref: constr(max_length=80) | None = None  # type: ignore[valid-type]
    ages: Ages | None = None
    contacts: list[ContactDoc] = Field(default_factory=list)
    hours: HoursDoc | None = None
    roles: list[Short] = Field(default_factory=list)
    languages: list[constr(max_length=10)] = Field(default_factory=list)  # type: ignore[valid-type]
    countries: list[constr(max_length=2)] = Field(default_factory=list)  # type: ignore[valid-type]
    limits: list[Text] = Field(default_factory=list)
    notes: list[Text] = Field(default_factory=list)
    description_translations: dict[constr(max_length=10), Text] = Field(default_factory=dict)  # type: ignore[valid-type]
    sources: list[constr(max_length=500)] = Field(..., min_items=1)  # type: ignore[valid-type]
    status: str = Field("draft", enum=["draft", "published", "retired"])
    verified_on: dt.date | None = None
    verified_by: Short | None = None
    verified_source: constr(max_length=500) | None = None  # type: ignore[valid-type]


class EmergencyDoc(Strict):
    number: constr(max_length=20)  # type: ignore[valid-type]
    for_: constr(max_length=100) | None = Field(None, alias="for")  # type: ignore[valid-type]
    urgent: bool = True

    class Config:
        allow_population_by_field_name = True


class CountryDoc(Strict):
    code: constr(min_length=2, max_length=2)  # type: ignore[valid-type]
    name: constr(max_length=100)  # type: ignore[valid-type]
    emergency: list[EmergencyDoc] = Field(..., min_items=1)
    sources: list[constr(max_length=500)] = Field(..., min_items=1)  # type: ignore[valid-type]


class ProblemOut(BaseModel):
    row: str
    field: str
    reason: str


class ErrorOut(BaseModel):
    error: str
    problems: list[ProblemOut] = Field(default_factory=list)


class ChangeOut(BaseModel):
    field: str
    before: str | None = None
    after: str | None = None


class DraftOut(BaseModel):
    id: int
    entity: str = Field(..., enum=["service", "country"])
    entity_id: str
    status: str = Field(..., enum=["open", "published", "discarded"])
    document: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


class DraftReviewOut(BaseModel):
    draft: DraftOut
    changes: list[ChangeOut]
    stale: bool = Field(..., description="the live entry changed since the draft was started")


class PublishedOut(BaseModel):
    draft_id: int
    changes: list[ChangeOut]


class VerifyIn(Strict):
    source: constr(regex=r"^https?://\S+$", max_length=500)  # type: ignore[valid-type]


class DoneOut(BaseModel):
    done: str


class ImportChangeOut(BaseModel):
    entity: str
    entity_id: str
    kind: str = Field(..., enum=["created", "changed", "unchanged"])
    changes: list[ChangeOut] = Field(default_factory=list)


class ImportOut(BaseModel):
    applied: bool
    problems: list[ProblemOut]
    changes: list[ImportChangeOut]
    summary: str


class AuditOut(BaseModel):
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    before: Any | None = None
    after: Any | None = None
    detail: str | None = None


class WhoAmIOut(BaseModel):
    email: str
    role: str = Field(..., enum=list(ROLES))
