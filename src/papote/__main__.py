"""`python -m papote` is the `papote` command."""

import sys

from papote.cli import main

sys.exit(main())
