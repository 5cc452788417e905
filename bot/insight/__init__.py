"""Insight without surveillance: per-day counters of intents, fallbacks, escalations, countries and languages."""
