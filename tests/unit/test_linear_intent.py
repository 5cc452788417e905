"""The intent classifier: same answer on every retrain, spelling-proof, usable probabilities, safe to load."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.linear_intent import MODEL_FILE, LinearIntentClassifier
from bot.nlu.linear_model import LinearIntentModel

EXAMPLES = {
    "ask_what_is_deepfake": [
        "what is a deepfake",
        "what does deepfake mean",
        "qué es un deepfake",
        "c'est quoi un deepfake",
        "was ist ein deepfake",
        "o que é um deepfake",
        "ما هو التزييف العميق",
    ],
    "ask_how_to_remove": [
        "how do I get the picture taken down",
        "how can I remove the photo from the internet",
        "cómo borro la foto de internet",
        "comment supprimer la photo d'internet",
        "wie lösche ich das bild aus dem internet",
        "como tiro a foto da internet",
        "كيف احذف الصورة من الانترنت",
    ],
    "greet": ["hi", "hello", "hola", "salut", "hallo", "olá", "مرحبا"],
}


def training_pairs() -> tuple[list[str], list[str]]:
    texts = [text for examples in EXAMPLES.values() for text in examples]
    intents = [intent for intent, examples in EXAMPLES.items() for _ in examples]
    return texts, intents


def trained() -> LinearIntentModel:
    return LinearIntentModel().fit(*training_pairs())


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("QUE ES UN DEEPFAKE??", "ask_what_is_deepfake"),
        ("cómo borrar una foto de internet", "ask_how_to_remove"),
        ("comment supprimer une photo", "ask_how_to_remove"),
        ("ما هو الديب فيك", "ask_what_is_deepfake"),
        ("hallo", "greet"),
    ],
)
def test_messages_written_differently_from_the_examples_get_their_intent(message: str, intent: str) -> None:
    probabilities = trained().probabilities([message])[0]
    assert max(probabilities, key=probabilities.__getitem__) == intent


def test_probabilities_cover_every_intent_and_sum_to_one() -> None:
    probabilities = trained().probabilities(["what is a deepfake"])[0]
    assert set(probabilities) == set(EXAMPLES)
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_retraining_on_the_same_data_gives_the_same_probabilities() -> None:
    assert trained().probabilities(["how do I remove it"]) == trained().probabilities(["how do I remove it"])


def test_an_untrained_model_has_no_opinion() -> None:
    assert LinearIntentModel().probabilities(["hi"]) == [{}]
    assert LinearIntentModel().fit(["hi", "hello"], ["greet", "greet"]).probabilities(["hi"]) == [{}]


def test_a_saved_model_loads_with_the_same_answers(tmp_path: Path) -> None:
    model = trained()
    model.save(tmp_path / "model.skops")
    loaded = LinearIntentModel.load(tmp_path / "model.skops")
    assert loaded.probabilities(["hola"]) == model.probabilities(["hola"])


def test_a_file_holding_other_kinds_of_objects_is_refused(tmp_path: Path) -> None:
    import skops.io

    skops.io.dump({"model": Path("/etc/passwd")}, tmp_path / "model.skops")
    with pytest.raises(ValueError, match="never has"):
        LinearIntentModel.load(tmp_path / "model.skops")


def test_the_component_trains_stores_and_sets_intent_and_ranking(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("linear_intent")
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.create({"ranking_length": 2}, storage, resource, context)
    texts, intents = training_pairs()
    component.train(TrainingData([Message({TEXT: t, INTENT: i}) for t, i in zip(texts, intents, strict=True)]))
    with storage.read_from(resource) as folder:
        assert (folder / MODEL_FILE).exists()

    loaded = LinearIntentClassifier.load({"ranking_length": 2}, storage, resource, context)
    [message] = loaded.process([Message({TEXT: "cómo borro la foto"})])
    assert message.get(INTENT)["name"] == "ask_how_to_remove"
    ranking = message.get(INTENT_RANKING_KEY)
    assert len(ranking) == 2 and ranking[0] == message.get(INTENT)
    assert ranking[0]["confidence"] >= ranking[1]["confidence"]


def test_a_component_without_a_stored_model_lets_every_message_fall_back(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    component = LinearIntentClassifier.load({}, storage, Resource("missing"), context)
    [message] = component.process([Message({TEXT: "hi"})])
    assert message.get(INTENT) == {"name": None, "confidence": 0.0}
    assert message.get(INTENT_RANKING_KEY) == []
