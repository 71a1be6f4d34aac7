"""Benchmarks: numbers, never assertions.  Each module runs as ``python -m bench.<name>``."""
