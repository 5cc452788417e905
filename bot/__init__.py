"""Lantern: the Python package behind the Rasa assistant.

Follow one message: ``channels.widget`` (HTTP in) → the NLU pipeline in
``config.yml`` with ``nlu.safety_net`` → Rasa's policies and ``data/rules.yml``
→ custom actions in ``actions/`` (served by ``server``) → ``routing`` and
``directory`` for services → the reply back through the channel.
"""
