"""Read the insight counters back for the staff console: daily totals, top keys, and a small SVG bar chart.

:func:`last_days` sums ``insight_counts`` over the last N days (today
included, UTC) into an :class:`InsightReport`: for every metric in
:data:`~bot.insight.models.METRICS` the total per day (days without data are
zero) and every key with its count over the period, largest first.  The
``fallback`` keys are the questions the bot failed to understand, as intents
the classifier leaned towards; no message is ever stored, so none is shown.

:func:`svg_chart` draws one metric's daily totals as an inline SVG
(``role="img"`` with ``<title>`` and ``<desc>``, one ``<title>`` per bar, no
script, no external asset, colour from ``currentColor``).  Every text in it
is escaped.  It is a visual aid: the console shows the same numbers as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.insight.models import METRICS, InsightCount

#: Plain-English names of the metrics, for chart titles (the console may pass its own, translated, title).
METRIC_LABELS = {
    "intent": "Messages",
    "fallback": "Messages not understood",
    "escalation": "Escalations",
    "country": "Country settings",
    "language": "Language settings",
    "conversation": "Conversations",
}

#: Longest period a report covers.
MAX_DAYS = 366


@dataclass(frozen=True)
class MetricSeries:
    """One metric over the report's days."""

    metric: str
    days: tuple[date, ...]
    #: The total of each day in ``days`` (0 for a day without data).
    daily: tuple[int, ...]
    #: Every key with its count over the period, largest first (ties by key).
    keys: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(self.daily)

    def top(self, limit: int = 10) -> tuple[tuple[str, int], ...]:
        """The ``limit`` keys counted most often."""
        return self.keys[:limit]

    def by_day(self) -> list[tuple[date, int]]:
        return list(zip(self.days, self.daily, strict=True))


@dataclass(frozen=True)
class InsightReport:
    """Counts per metric over ``days`` (oldest first, the last one is ``today``)."""

    days: tuple[date, ...]
    metrics: dict[str, MetricSeries]

    @property
    def start(self) -> date:
        return self.days[0]

    @property
    def end(self) -> date:
        return self.days[-1]

    def __getitem__(self, metric: str) -> MetricSeries:
        return self.metrics[metric]


def last_days(session: Session, days: int = 30, today: date | None = None) -> InsightReport:
    """Totals per day and per key of every metric over the ``days`` days ending ``today`` (default: UTC today)."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS}, not {days}.")
    end = today or datetime.now(UTC).date()
    period = tuple(end - timedelta(days=back) for back in range(days - 1, -1, -1))
    in_period = InsightCount.day.between(period[0], end)
    total = sa.func.sum(InsightCount.count)
    daily_rows = session.execute(
        sa.select(InsightCount.metric, InsightCount.day, total)
        .where(in_period)
        .group_by(InsightCount.metric, InsightCount.day)
    ).all()
    key_rows = session.execute(
        sa.select(InsightCount.metric, InsightCount.key, total)
        .where(in_period)
        .group_by(InsightCount.metric, InsightCount.key)
    ).all()
    daily: dict[str, dict[date, int]] = {metric: {} for metric in METRICS}
    for metric, day, count in daily_rows:
        if metric in daily:
            daily[metric][_as_date(day)] = int(count or 0)
    keys: dict[str, list[tuple[str, int]]] = {metric: [] for metric in METRICS}
    for metric, key, count in key_rows:
        if metric in keys and count:
            keys[metric].append((str(key), int(count)))
    series = {
        metric: MetricSeries(
            metric=metric,
            days=period,
            daily=tuple(daily[metric].get(day, 0) for day in period),
            keys=tuple(sorted(keys[metric], key=lambda item: (-item[1], item[0]))),
        )
        for metric in METRICS
    }
    return InsightReport(days=period, metrics=series)


def _as_date(value: date | str) -> date:
    """SQLite hands back what it stored; be sure it is a date."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# --------------------------------------------------------------------------- chart

_WIDTH, _HEIGHT = 640, 180
_LEFT, _RIGHT, _TOP, _BOTTOM = 40, 8, 12, 28


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def svg_chart(report: InsightReport, metric: str, title: str | None = None) -> str:
    """An accessible inline SVG bar chart of ``metric``'s daily totals over the report's days."""
    if metric not in report.metrics:
        raise ValueError(f"unknown metric {metric!r}; expected one of {', '.join(METRICS)}.")
    series = report[metric]
    label = title or METRIC_LABELS.get(metric, metric)
    peak = max(series.daily, default=0)
    busiest = series.days[series.daily.index(peak)] if peak else None
    summary = f"{label} per day from {report.start.isoformat()} to {report.end.isoformat()}: {series.total} in all" + (
        f", most on {busiest.isoformat()} ({peak})." if busiest else ", none recorded."
    )
    base = f"insight-{metric}"
    plot_w, plot_h = _WIDTH - _LEFT - _RIGHT, _HEIGHT - _TOP - _BOTTOM
    slot = plot_w / len(series.days)
    bar_w = max(1.0, slot * 0.75)
    baseline = _TOP + plot_h
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="insight-chart" role="img" '
        f'viewBox="0 0 {_WIDTH} {_HEIGHT}" width="{_WIDTH}" height="{_HEIGHT}" '
        f'aria-labelledby="{_e(base)}-title {_e(base)}-desc">',
        f'<title id="{_e(base)}-title">{_e(label)}</title>',
        f'<desc id="{_e(base)}-desc">{_e(summary)}</desc>',
        '<g fill="currentColor" font-family="sans-serif" font-size="11">',
        f'<text x="{_LEFT - 4}" y="{_TOP + 4}" text-anchor="end">{_e(peak)}</text>',
        f'<text x="{_LEFT - 4}" y="{baseline}" text-anchor="end">0</text>',
        f'<line x1="{_LEFT}" y1="{baseline}" x2="{_WIDTH - _RIGHT}" y2="{baseline}" stroke="currentColor"/>',
    ]
    for index, (day, count) in enumerate(series.by_day()):
        height = max(1.0, plot_h * count / peak) if count else 0.0
        x = _LEFT + index * slot + (slot - bar_w) / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{baseline - height:.1f}" width="{bar_w:.1f}" height="{height:.1f}">'
            f"<title>{_e(day.isoformat())}: {_e(count)}</title></rect>"
        )
    parts += [
        f'<text x="{_LEFT}" y="{_HEIGHT - 8}">{_e(report.start.isoformat())}</text>',
        f'<text x="{_WIDTH - _RIGHT}" y="{_HEIGHT - 8}" text-anchor="end">{_e(report.end.isoformat())}</text>',
        "</g>",
        "</svg>",
    ]
    return "".join(parts)
