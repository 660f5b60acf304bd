"""Entry point of the frozen application's windowed executable (no console window on Windows)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from briefing_builder.cli import gui_main

    sys.exit(gui_main())
