"""Allows ``python -m numbness_desktop``."""

import sys

from numbness_desktop.cli import main

sys.exit(main())
