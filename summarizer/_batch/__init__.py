"""Batch: many articles, resumable, one result line each (the local engine and Ray Data)."""
