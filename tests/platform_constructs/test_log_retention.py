"""Every retention the config accepts maps to a CDK enum member; others are refused."""

from __future__ import annotations

import pytest

from platform_config.aws_limits import LOG_RETENTION_DAYS
from platform_constructs.log_retention import retention_days


@pytest.mark.parametrize("days", sorted(LOG_RETENTION_DAYS))
def test_accepted_retention_maps(days):
    assert retention_days(days) is not None


def test_unaccepted_retention_is_refused():
    with pytest.raises(ValueError, match="100 is not a CloudWatch Logs retention"):
        retention_days(100)
