"""Tests of the stanza and spaCy adapters and the syntax-aware rules."""
