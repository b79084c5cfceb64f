"""Every bad day ends with a clear message and every row intact (tests/helpers/faults.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import faults


@pytest.mark.parametrize("scenario", faults.SCENARIOS, ids=lambda s: s.__name__)
def test_a_bad_day_loses_nothing_and_says_what_to_do(scenario, tmp_path: Path) -> None:
    outcome = scenario(tmp_path)
    assert outcome.survived, outcome
    assert outcome.clear, outcome
