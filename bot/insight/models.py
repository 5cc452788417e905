"""The one table insight needs: a count per day, metric and key (no text, no session ids)."""

from __future__ import annotations

import sqlalchemy as sa

from bot.directory.models import Base

#: What is counted; each key is an intent name, a country code or a language code.
METRICS = ("intent", "fallback", "escalation", "country", "language", "conversation")


class InsightCount(Base):  # type: ignore[misc]
    __tablename__ = "insight_counts"

    day = sa.Column(sa.Date, primary_key=True)
    metric = sa.Column(sa.String(20), primary_key=True)
    key = sa.Column(sa.String(80), primary_key=True)
    count = sa.Column(sa.Integer, nullable=False, default=0)
