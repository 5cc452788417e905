"""Database tables of the staff tools: accounts, sign-in sessions, API tokens, drafts, problem reports, audit log.

They share the directory's metadata (one Alembic history).  Secrets are
stored only as hashes: passwords with argon2, session and API tokens with
SHA-256 (they are long random strings, so a fast hash is enough).  The
audit log is append-only: the migration adds database triggers that refuse
UPDATE and DELETE on it, and no code path offers either.
"""

from __future__ import annotations

import sqlalchemy as sa

from bot.directory.models import Base

ROLES = ("viewer", "editor", "publisher", "admin")


class StaffAccount(Base):  # type: ignore[misc]
    __tablename__ = "staff_accounts"

    id = sa.Column(sa.Integer, primary_key=True)
    email = sa.Column(sa.String(254), nullable=False, unique=True)
    password_hash = sa.Column(sa.String(200), nullable=False)
    role = sa.Column(sa.String(20), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    disabled_at = sa.Column(sa.DateTime(timezone=True))


class StaffSession(Base):  # type: ignore[misc]
    """A signed-in browser: the cookie holds the token, the table its hash."""

    __tablename__ = "staff_sessions"

    token_hash = sa.Column(sa.String(64), primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True)
    csrf_token = sa.Column(sa.String(64), nullable=False)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    expires_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    last_seen = sa.Column(sa.DateTime(timezone=True), nullable=False)


class ApiToken(Base):  # type: ignore[misc]
    """A partner integration's bearer token, scoped to a role no higher than its account's."""

    __tablename__ = "staff_api_tokens"

    id = sa.Column(sa.Integer, primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True)
    name = sa.Column(sa.String(100), nullable=False)
    token_hash = sa.Column(sa.String(64), nullable=False, unique=True)
    role = sa.Column(sa.String(20), nullable=False)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    revoked_at = sa.Column(sa.DateTime(timezone=True))


class Draft(Base):  # type: ignore[misc]
    """A proposed change to one country or service; it reaches the bot only when published."""

    __tablename__ = "staff_drafts"

    id = sa.Column(sa.Integer, primary_key=True)
    entity = sa.Column(sa.String(20), nullable=False)  # "service" or "country"
    entity_id = sa.Column(sa.String(80), nullable=False, index=True)
    document = sa.Column(sa.JSON, nullable=False)
    base = sa.Column(sa.JSON)  # the published document when the draft was started (None: a new entry)
    status = sa.Column(sa.String(20), nullable=False, default="open")  # open, published, discarded
    author_id = sa.Column(sa.Integer, sa.ForeignKey("staff_accounts.id"), nullable=False)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    decided_by = sa.Column(sa.Integer, sa.ForeignKey("staff_accounts.id"))
    decided_at = sa.Column(sa.DateTime(timezone=True))


class ProblemReport(Base):  # type: ignore[misc]
    """Someone said a service's number or website is wrong; open until a publisher resolves it."""

    __tablename__ = "staff_problem_reports"

    id = sa.Column(sa.Integer, primary_key=True)
    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_services.id", ondelete="CASCADE"), index=True)
    field = sa.Column(sa.String(50), nullable=False)
    note = sa.Column(sa.Text, nullable=False)
    reported_by = sa.Column(sa.Integer, sa.ForeignKey("staff_accounts.id"), nullable=False)
    reported_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    resolved_at = sa.Column(sa.DateTime(timezone=True))


class AuditEntry(Base):  # type: ignore[misc]
    """One change: who, when, what, before and after.  Never updated, never deleted."""

    __tablename__ = "staff_audit_log"

    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(sa.DateTime(timezone=True), nullable=False, index=True)
    actor_id = sa.Column(sa.Integer)
    actor = sa.Column(sa.String(254), nullable=False)  # the e-mail at the time, kept if the account changes
    action = sa.Column(sa.String(30), nullable=False)
    entity = sa.Column(sa.String(20), nullable=False)
    entity_id = sa.Column(sa.String(254), nullable=False)
    before = sa.Column(sa.JSON)
    after = sa.Column(sa.JSON)
    detail = sa.Column(sa.Text)
