"""Entry point of the frozen application's windowed executable (no console window on Windows)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from app.cli.cli import gui_main

    sys.exit(gui_main())
