"""Scripts that reproduce the published figures: one ``fig_<name>.py`` per figure and ``run_all``."""
