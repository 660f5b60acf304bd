import sys

from briefing_builder.cli import main

sys.exit(main())
