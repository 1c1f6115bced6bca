"""Bundled lexicons as TOML data (read with importlib.resources; see :func:`discourse.load_lexicon`)."""
