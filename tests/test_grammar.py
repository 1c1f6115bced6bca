"""The one parameter grammar: old names keep working for one release, with a FutureWarning."""

from __future__ import annotations

import warnings

import pytest

from discourse._util import renamed_params
from discourse.cli import build_parser, main


def test_renamed_params_maps_the_old_name_and_warns():
    @renamed_params(level="ci")
    def f(*, ci: float = 0.95) -> float:
        return ci

    with pytest.warns(FutureWarning, match=r"f\(level=...\) is deprecated.*use ci="):
        assert f(level=0.9) == 0.9
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert f(ci=0.8) == 0.8  # the new name: no warning
    with pytest.raises(TypeError, match="both level= .deprecated. and ci="):
        f(level=0.9, ci=0.8)


@pytest.mark.parametrize("command", ["frames", "topics", "report"])
def test_every_command_takes_random_state_and_the_old_seed_flag_warns(command):
    parser = build_parser()
    assert parser.parse_args([command, "--random-state", "7"]).random_state == 7
    assert parser.parse_args([command]).random_state == 0
    with pytest.warns(FutureWarning, match="--seed is deprecated"):
        assert parser.parse_args([command, "--seed", "3"]).random_state == 3


def test_frames_checks_the_poles_before_tokenizing(capsys):
    # a lexicon without the poles fails at once, naming --poles, not after the whole corpus is tokenised
    assert main(["frames", "--poles", "promotional,nosuch"]) == 2
    assert "nosuch" in capsys.readouterr().err
