"""Custom Rasa NLU graph components (referenced by module path in ``config.yml``)."""
