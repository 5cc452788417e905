"""Rasa input channels: how messages from the widget and integrators reach the bot."""
