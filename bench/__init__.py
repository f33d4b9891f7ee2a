"""Benchmarks: every figure is measured beside a baseline in the same run (see bench/__main__.py)."""
