"""`python -m summarizer`: the same CLI as the `summarizer` command."""

import sys

from summarizer._cli import main

sys.exit(main())
