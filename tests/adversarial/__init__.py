"""Generators of hostile inputs for the reliability tests: each builds its text in memory from a size."""
