"""`python -m platform_cli` runs the `mlplatform` command."""

import sys

from platform_cli.cli import main

sys.exit(main())
