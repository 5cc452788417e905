"""Rasa pipeline component that notes which language each message is written in.

It adds ``language_detection`` (likeliest supported language, its probability,
and the likeliest language overall) to the parse data.  It decides nothing:
the slot validation action applies the sticky language policy of
:mod:`bot.language` with the conversation in hand.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language import detect

DETECTION_KEY = "language_detection"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LanguageDetector(GraphComponent):  # type: ignore[misc]
    """Adds the detected language of every message to its parse data."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = detect(message.get(TEXT) or "")
            if found is not None:
                message.set(DETECTION_KEY, asdict(found), add_to_output=True)
        return messages
