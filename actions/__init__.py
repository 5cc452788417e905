"""Lantern's custom Rasa actions, served by the Lantern server's ``/webhook``.

Actions stay thin: they read slots, call plain functions in ``bot/`` and send
what those return.  One module per concern: session start, profile slots,
escalation, routing to services.
"""
