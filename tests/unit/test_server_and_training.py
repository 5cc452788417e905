"""The Lantern server runs actions for Rasa; training is skipped when nothing changed."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from bot.server import create_app
from bot.training import TRAINED_LANGUAGES, training_hash

CLIENT = TestClient(create_app())


def action_call(action: str, intent: str, slots: dict[str, object]) -> dict[str, object]:
    return {
        "next_action": action,
        "sender_id": "abc",
        "version": "3.6.21",
        "domain": {},
        "tracker": {
            "sender_id": "abc",
            "slots": slots,
            "latest_message": {"text": "x", "intent": {"name": intent, "confidence": 1.0}, "entities": []},
            "events": [],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


def test_health_lists_the_registered_actions() -> None:
    answer = CLIENT.get("/health")
    assert answer.status_code == 200 and answer.json()["actions"] >= 7


def test_rasa_can_run_the_escalation_action_over_http() -> None:
    answer = CLIENT.post("/webhook", json=action_call("action_escalate", "self_harm", {"country": "IE"}))
    assert answer.status_code == 200
    first = answer.json()["responses"][0]
    assert "999" in first["text"] and "1800 66 66 66" in first["text"]


def test_unknown_actions_and_bad_bodies_are_client_errors() -> None:
    assert CLIENT.post("/webhook", json=action_call("action_nope", "greet", {})).status_code == 404
    assert CLIENT.post("/webhook", content=b"not json").status_code == 400
    assert CLIENT.post("/webhook", json=[1, 2]).status_code == 400


def test_training_hash_changes_only_when_training_inputs_change(tmp_path: Path) -> None:
    (tmp_path / "data" / "nlu" / "xx").mkdir(parents=True)  # "xx": a language that is never trained
    (tmp_path / "config.yml").write_text("a: 1")
    (tmp_path / "domain.yml").write_text("b: 1")
    (tmp_path / "data" / "nlu" / "greetings.yml").write_text("c: 1")
    first = training_hash(tmp_path)
    (tmp_path / "README.md").write_text("not a training input")
    (tmp_path / "data" / "nlu" / "xx" / "nlu.yml").write_text("a language not trained yet")
    assert training_hash(tmp_path) == first
    (tmp_path / "data" / "nlu" / "greetings.yml").write_text("c: 2")
    second = training_hash(tmp_path)
    assert second != first
    for language in TRAINED_LANGUAGES[1:]:  # another trained language's data is a training input too
        (tmp_path / "data" / "nlu" / language).mkdir(exist_ok=True)
        (tmp_path / "data" / "nlu" / language / "nlu.yml").write_text("a trained language's data")
        assert training_hash(tmp_path) != second
    third = training_hash(tmp_path)
    (tmp_path / "bot" / "nlu").mkdir(parents=True)
    (tmp_path / "bot" / "nlu" / "tokenizer.py").write_text("# the tokenizer shapes the features")
    assert training_hash(tmp_path) != third
