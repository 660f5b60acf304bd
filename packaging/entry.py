"""Entry point of the frozen application (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The extraction workers are started with forkserver/spawn: in a frozen program they re-enter
    # this executable, and freeze_support() routes them to the worker code instead of the CLI.
    multiprocessing.freeze_support()
    from briefing_builder.cli import main

    sys.exit(main())
