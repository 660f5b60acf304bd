"""The command line (briefing-builder) and the headless export it runs."""
