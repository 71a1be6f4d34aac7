"""Scripted models: an honest capable one and a liar, served over OpenAI's HTTP API.

They let the rich path (a model that labels, phrases and takes stances well)
be tested without a capable model: ``fixture`` holds hand-written answers
anchored in the article, ``liar`` distorts them by type, ``server`` answers
chat completions from them, ``acceptance`` measures what reached the digest.
"""
