"""Extraction: what code finds exactly (actors, quotes and speakers, claims, dates, summary)."""
