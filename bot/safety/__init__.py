"""The safety net: recognise danger, self-harm and abuse disclosures in any message.

It runs on every user message inside the Rasa pipeline (see
:mod:`bot.nlu.safety_net`) and does not depend on the intent classifier.
"""
