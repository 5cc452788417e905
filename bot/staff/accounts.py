"""Staff accounts, sign-in sessions and API tokens.

Passwords are hashed with argon2 (argon2-cffi's defaults, rehashed when
those change).  A sign-in creates a session: the browser's cookie holds a
random token, the database only its SHA-256, with an absolute expiry and an
idle timeout; each session has its own CSRF token.  API tokens work the same
way (shown once, stored hashed, revocable) and carry a role no higher than
their account's.  Disabling an account keeps it and its history, ends its
sessions and revokes its tokens.  Every change is audited; secrets never are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session

from bot.directory.seed import Problem
from bot.staff import audit
from bot.staff.audit import Actor
from bot.staff.models import ROLES, ApiToken, StaffAccount, StaffSession
from bot.staff.roles import ADMIN, Forbidden, allows, require
from bot.staff.workflow import Invalid, NotFound, WorkflowError

MIN_PASSWORD_LENGTH = 12
TOKEN_PREFIX = "lt_"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()
#: Verified against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def actor_of(account: StaffAccount, role: str | None = None) -> Actor:
    return Actor(id=account.id, email=account.email, role=role or account.role)


def _check(email: str, password: str | None, role: str) -> list[Problem]:
    problems = []
    if not _EMAIL.match(email):
        problems.append(Problem(email or "?", "email", "is not an e-mail address"))
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem(email, "password", f"must be at least {MIN_PASSWORD_LENGTH} characters"))
    if role not in ROLES:
        problems.append(Problem(email, "role", "must be one of " + ", ".join(ROLES)))
    return problems


def find_account(session: Session, email: str) -> StaffAccount | None:
    found: StaffAccount | None = session.scalars(
        sa.select(StaffAccount).where(StaffAccount.email == email.strip().lower())
    ).first()
    return found


def get_account(session: Session, account_id: int) -> StaffAccount:
    account: StaffAccount | None = session.get(StaffAccount, account_id)
    if account is None:
        raise NotFound(f"There is no account number {account_id}.")
    return account


def _public(account: StaffAccount) -> dict[str, object]:
    return {"email": account.email, "role": account.role, "active": account.active}


def create_account(session: Session, actor: Actor, email: str, password: str, role: str) -> StaffAccount:
    """A new active account (admins only; the CLI acts as the system)."""
    require(actor, ADMIN)
    email = email.strip().lower()
    problems = _check(email, password, role)
    if problems:
        raise Invalid(problems)
    if find_account(session, email) is not None:
        raise WorkflowError(f"There is already an account for {email}.")
    account = StaffAccount(
        email=email, password_hash=_hasher.hash(password), role=role, active=True, created_at=audit.now()
    )
    session.add(account)
    session.flush()
    audit.record(session, actor, "account_create", "account", email, None, _public(account))
    return account


def change_role(session: Session, actor: Actor, account_id: int, role: str) -> None:
    require(actor, ADMIN)
    account = get_account(session, account_id)
    if role not in ROLES:
        raise Invalid([Problem(account.email, "role", "must be one of " + ", ".join(ROLES))])
    before = _public(account)
    account.role = role
    for token in _live_tokens(session, account.id):
        if not allows(role, token.role):
            token.revoked_at = audit.now()
    audit.record(session, actor, "account_change", "account", account.email, before, _public(account))


def set_password(session: Session, actor: Actor, account_id: int, password: str) -> None:
    """Admins reset anyone's password; staff change their own."""
    account = get_account(session, account_id)
    if actor.id != account.id:
        require(actor, ADMIN)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid([Problem(account.email, "password", f"must be at least {MIN_PASSWORD_LENGTH} characters")])
    account.password_hash = _hasher.hash(password)
    session.execute(sa.delete(StaffSession).where(StaffSession.account_id == account.id))
    audit.record(session, actor, "account_change", "account", account.email, None, None, "password changed")


def disable(session: Session, actor: Actor, account_id: int) -> None:
    """The account can no longer sign in or use its tokens; it and its history stay."""
    require(actor, ADMIN)
    account = get_account(session, account_id)
    if account.id == actor.id:
        raise Forbidden("You cannot disable your own account.")
    before = _public(account)
    account.active, account.disabled_at = False, audit.now()
    session.execute(sa.delete(StaffSession).where(StaffSession.account_id == account.id))
    for token in _live_tokens(session, account.id):
        token.revoked_at = audit.now()
    audit.record(session, actor, "account_disable", "account", account.email, before, _public(account))


def authenticate(session: Session, email: str, password: str) -> StaffAccount | None:
    """The active account with this e-mail and password, else ``None`` (same work either way)."""
    account = find_account(session, email)
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if account is None or not account.active:
        return None
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
    return account


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    token: str
    csrf: str


def start_session(session: Session, account: StaffAccount, lifetime: dt.timedelta) -> SignedIn:
    token, csrf, stamp = secrets.token_urlsafe(32), secrets.token_urlsafe(32), audit.now()
    session.add(
        StaffSession(
            token_hash=digest(token),
            account_id=account.id,
            csrf_token=csrf,
            created_at=stamp,
            expires_at=stamp + lifetime,
            last_seen=stamp,
        )
    )
    audit.record(session, actor_of(account), "sign_in", "account", account.email)
    return SignedIn(actor_of(account), token, csrf)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def resume_session(session: Session, token: str, idle: dt.timedelta, now: dt.datetime | None = None) -> SignedIn | None:
    """The signed-in staff member for a cookie token, or ``None`` if unknown, expired, idle too long or disabled."""
    now = now or audit.now()
    row = session.get(StaffSession, digest(token))
    if row is None:
        return None
    account = session.get(StaffAccount, row.account_id)
    if account is None or not account.active or _utc(row.expires_at) <= now or _utc(row.last_seen) + idle <= now:
        session.delete(row)
        return None
    row.last_seen = now
    return SignedIn(actor_of(account), token, row.csrf_token)


def end_session(session: Session, token: str) -> None:
    session.execute(sa.delete(StaffSession).where(StaffSession.token_hash == digest(token)))


def _live_tokens(session: Session, account_id: int) -> list[ApiToken]:
    return list(
        session.scalars(
            sa.select(ApiToken).where(ApiToken.account_id == account_id, ApiToken.revoked_at.is_(None))
        ).all()
    )


def create_token(session: Session, actor: Actor, account_id: int, name: str, role: str) -> tuple[ApiToken, str]:
    """A new API token (the plain text is returned once and never stored)."""
    account = get_account(session, account_id)
    if actor.id != account.id:
        require(actor, ADMIN)
    if role not in ROLES or not allows(account.role, role):
        raise Invalid([Problem(account.email, "role", f"a token's role cannot be higher than {account.role}")])
    if not name.strip():
        raise Invalid([Problem(account.email, "name", "give the token a name (what it is for)")])
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        account_id=account.id, name=name.strip(), token_hash=digest(plain), role=role, created_at=audit.now()
    )
    session.add(token)
    session.flush()
    audit.record(
        session, actor, "token_create", "token", f"{account.email}/{token.id}", None, {"name": token.name, "role": role}
    )
    return token, plain


def revoke_token(session: Session, actor: Actor, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is None:
        raise NotFound(f"There is no token number {token_id}.")
    if actor.id != token.account_id:
        require(actor, ADMIN)
    if token.revoked_at is None:
        token.revoked_at = audit.now()
        account = get_account(session, token.account_id)
        audit.record(session, actor, "token_revoke", "token", f"{account.email}/{token.id}", {"name": token.name}, None)


def token_actor(session: Session, plain: str) -> Actor | None:
    """The actor behind a bearer token: its account, with the token's role; ``None`` if unknown or revoked."""
    token = session.scalars(sa.select(ApiToken).where(ApiToken.token_hash == digest(plain))).first()
    if token is None or token.revoked_at is not None:
        return None
    account = session.get(StaffAccount, token.account_id)
    if account is None or not account.active:
        return None
    role = token.role if allows(account.role, token.role) else account.role
    return actor_of(account, role)


def tokens_of(session: Session, account_id: int) -> list[ApiToken]:
    return list(
        session.scalars(sa.select(ApiToken).where(ApiToken.account_id == account_id).order_by(ApiToken.id)).all()
    )


def all_accounts(session: Session) -> list[StaffAccount]:
    return list(session.scalars(sa.select(StaffAccount).order_by(StaffAccount.email)).all())
