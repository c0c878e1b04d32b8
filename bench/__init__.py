"""Benchmark scripts: rates and ratios measured in one run, printed (not tests)."""
