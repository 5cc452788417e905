"""Staff roles and what each may do: viewer < editor < publisher < admin (each can do all the lower roles can)."""

from __future__ import annotations

from bot.staff.audit import Actor
from bot.staff.models import ROLES

#: The least role each kind of operation needs.
VIEW, EDIT, PUBLISH, ADMIN = ROLES


class Forbidden(PermissionError):
    """The actor's role does not allow this; the message says which role does."""


def allows(role: str, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


def require(actor: Actor, needed: str) -> None:
    if not allows(actor.role, needed):
        raise Forbidden(f"This needs the {needed} role; you are signed in as {actor.role}.")
