"""Rasa pipeline component that lets the safety net overrule the intent classifier.

It runs last in the NLU pipeline, after DIET and the FallbackClassifier, on
every user message.  When :func:`bot.safety.detector.detect` finds danger,
self-harm or a disclosure, the message's intent becomes the matching
escalation intent (confidence 1.0) unless the classifier already chose an
escalation intent that is at least as urgent.  The classifier's own guess is
kept in the ranking so evaluations can see both.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety.detector import CATEGORY_INTENTS, detect

#: Escalation intents, most urgent first.
URGENCY = list(CATEGORY_INTENTS.values())


def merge_intent(classified: str | None, safety_intent: str | None) -> str | None:
    """The intent to keep: the more urgent of the classifier's and the safety net's."""
    if safety_intent is None:
        return classified
    if classified in URGENCY and URGENCY.index(classified) <= URGENCY.index(safety_intent):
        return classified
    return safety_intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent):  # type: ignore[misc]
    """Escalates danger, self-harm and disclosures even when the classifier misses them."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyNet:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.process_one(message)
        return messages

    def process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        hit = detect(text)
        if hit is None:
            return
        classified = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        chosen = merge_intent(classified, hit.intent)
        if chosen == classified:
            return
        intent = {INTENT_NAME_KEY: chosen, PREDICTED_CONFIDENCE_KEY: 1.0}
        message.set(INTENT, intent, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != chosen]
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
