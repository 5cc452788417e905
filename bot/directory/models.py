"""Database tables of the helpline directory (SQLAlchemy 1.4 Core/ORM in 2.0 style).

Countries with their emergency numbers; services (national, or global when
``country_code`` is empty) with contact methods, opening hours and their
provenance (sources, verified-on date, verified-by, status).  Alembic
migrations in ``bot/directory/migrations`` create these tables; they live
beside Rasa's tracker tables in the same database, all prefixed
``directory_``.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base, relationship

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)
Base = declarative_base(metadata=metadata)

#: Service kinds.
SERVICE_KINDS = (
    "child_helpline",
    "report_hotline",
    "image_removal",
    "sextortion_support",
    "parent_support",
    "school_guidance",
    "emergency",
    "directory",
)
CONTACT_KINDS = ("phone", "sms", "whatsapp", "web_chat", "web_form", "email", "app")
STATUSES = ("draft", "published", "retired")


class CountryRow(Base):  # type: ignore[misc,valid-type]
    __tablename__ = "directory_countries"

    code = sa.Column(sa.String(2), primary_key=True)
    name = sa.Column(sa.String(100), nullable=False)
    sources = sa.Column(sa.JSON, nullable=False, default=list)
    emergency = relationship(
        "EmergencyNumberRow", order_by="EmergencyNumberRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class EmergencyNumberRow(Base):  # type: ignore[misc,valid-type]
    __tablename__ = "directory_emergency_numbers"

    id = sa.Column(sa.Integer, primary_key=True)
    country_code = sa.Column(sa.String(2), sa.ForeignKey("directory_countries.code", ondelete="CASCADE"), index=True)
    number = sa.Column(sa.String(20), nullable=False)
    purpose = sa.Column(sa.String(100))
    urgent = sa.Column(sa.Boolean, nullable=False, default=True)
    position = sa.Column(sa.Integer, nullable=False, default=0)


class ServiceRow(Base):  # type: ignore[misc,valid-type]
    __tablename__ = "directory_services"

    id = sa.Column(sa.String(80), primary_key=True)
    country_code = sa.Column(sa.String(2), sa.ForeignKey("directory_countries.code"), index=True, nullable=True)
    name = sa.Column(sa.String(200), nullable=False)
    kind = sa.Column(sa.String(30), nullable=False)
    operator = sa.Column(sa.String(200))
    description = sa.Column(sa.Text)
    website = sa.Column(sa.String(500))
    image_age = sa.Column(sa.String(20))
    free = sa.Column(sa.Boolean)
    age_min = sa.Column(sa.Integer)
    age_max = sa.Column(sa.Integer)
    restricted_to = sa.Column(sa.JSON, nullable=False, default=list)
    roles = sa.Column(sa.JSON, nullable=False, default=list)
    languages = sa.Column(sa.JSON, nullable=False, default=list)
    description_translations = sa.Column(sa.JSON, nullable=False, default=dict)
    global_ref = sa.Column(sa.String(80))
    limits = sa.Column(sa.JSON, nullable=False, default=list)
    notes = sa.Column(sa.JSON, nullable=False, default=list)
    sources = sa.Column(sa.JSON, nullable=False, default=list)
    status = sa.Column(sa.String(20), nullable=False, default="published")
    verified_on = sa.Column(sa.Date, nullable=False)
    verified_by = sa.Column(sa.String(200), nullable=False)
    verified_source = sa.Column(sa.String(500))  # what the last "mark verified" checked against
    position = sa.Column(sa.Integer, nullable=False, default=0)
    contacts = relationship("ContactRow", order_by="ContactRow.position", cascade="all, delete-orphan", lazy="selectin")
    hours = relationship("HoursRow", uselist=False, cascade="all, delete-orphan", lazy="selectin")


class ContactRow(Base):  # type: ignore[misc,valid-type]
    __tablename__ = "directory_contacts"

    id = sa.Column(sa.Integer, primary_key=True)
    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_services.id", ondelete="CASCADE"), index=True)
    kind = sa.Column(sa.String(20), nullable=False)
    value = sa.Column(sa.String(300), nullable=False)
    instructions = sa.Column(sa.String(200))
    display_alias = sa.Column(sa.String(50))
    hours = sa.Column(sa.JSON, nullable=True)
    position = sa.Column(sa.Integer, nullable=False, default=0)


class HoursRow(Base):  # type: ignore[misc,valid-type]
    __tablename__ = "directory_hours"

    service_id = sa.Column(sa.String(80), sa.ForeignKey("directory_services.id", ondelete="CASCADE"), primary_key=True)
    always_open = sa.Column(sa.Boolean, nullable=False, default=False)
    text = sa.Column(sa.String(200))
    timezone = sa.Column(sa.String(64))
    weekly = sa.Column(sa.JSON, nullable=False, default=dict)
    closed_days = sa.Column(sa.JSON, nullable=False, default=list)


class MetaRow(Base):  # type: ignore[misc,valid-type]
    """Key/value facts about the directory; ``version`` grows with every change."""

    __tablename__ = "directory_meta"

    key = sa.Column(sa.String(50), primary_key=True)
    value = sa.Column(sa.String(200), nullable=False)
