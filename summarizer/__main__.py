import sys

from summarizer._cli import main

sys.exit(main())
