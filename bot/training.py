"""Train the Rasa model only when its inputs changed.

The model file is named after a hash of the training data, the domain, the
config and our tokenizer's code (``models/lantern-<hash>.tar.gz``), so a repeated ``make test`` or
``make run`` finds it and skips the minutes that training takes on two cores.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

KEEP_MODELS = 3

#: Languages whose NLU data the model is trained on.  English data is ``data/nlu/*.yml``, another
#: language's is ``data/nlu/<lang>/``; each has a held-out split that ``make nlu`` gates (README, "Languages").
TRAINED_LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")


def training_data(root: Path = PROJECT_ROOT) -> list[Path]:
    """The data files the model is trained on: rules, stories and the trained languages' NLU data."""
    data = root / "data"
    files = [p for p in (data / "rules.yml", data / "stories.yml") if p.exists()]
    for language in TRAINED_LANGUAGES:
        folder = data / "nlu" if language == "en" else data / "nlu" / language
        files.extend(sorted(folder.glob("*.yml")))
    return files


#: Our own pipeline code that shapes what is trained: a change to it must retrain the model.
TRAINING_CODE = (
    "bot/nlu/tokenizer.py",
    "bot/nlu/folding.py",
    "bot/safety/normalise.py",
    "bot/nlu/linear_model.py",
    "bot/nlu/linear_intent.py",
)


def training_code_hash(root: Path = PROJECT_ROOT) -> str:
    """A hash of :data:`TRAINING_CODE`, for our components' Rasa cache fingerprint (Rasa hashes config, not code)."""
    digest = hashlib.sha256()
    for name in TRAINING_CODE:
        digest.update((root / name).read_bytes())
    return digest.hexdigest()[:16]


def training_files(root: Path = PROJECT_ROOT) -> list[Path]:
    """Every file whose content decides the trained model, in a stable order."""
    inputs = [root / "config.yml", root / "domain.yml", *(root / name for name in TRAINING_CODE)]
    return [p for p in inputs if p.exists()] + training_data(root)


def training_hash(root: Path = PROJECT_ROOT) -> str:
    """A short hash of the names and contents of the training inputs."""
    digest = hashlib.sha256()
    for path in training_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(models_dir: Path, root: Path = PROJECT_ROOT) -> Path:
    return models_dir / f"lantern-{training_hash(root)}.tar.gz"


def prune_models(models_dir: Path, keep: Path) -> None:
    """Keep the newest few models so the folder does not grow without end."""
    models = sorted(models_dir.glob("lantern-*.tar.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[KEEP_MODELS:]:
        if old != keep:
            old.unlink(missing_ok=True)


def ensure_model(models_dir: Path, force: bool = False, root: Path = PROJECT_ROOT) -> Path:
    """Return the model for the current inputs, training it first if it does not exist."""
    target = model_path(models_dir, root)
    if target.exists() and not force:
        print(f"Model is up to date: {target.relative_to(root) if target.is_relative_to(root) else target}")
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    print("Training the model (a few minutes on two cores; Rasa shows its progress)...", flush=True)
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(root / "config.yml"),
        "--domain", str(root / "domain.yml"),
        "--data", *map(str, training_data(root)),
        "--out", str(models_dir),
        "--fixed-model-name", target.name.removesuffix(".tar.gz"),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=root)
    if not target.exists():
        raise RuntimeError(f"Rasa finished but {target} was not written.")
    prune_models(models_dir, target)
    return target
