"""A plug-in module that fails on import."""

raise ImportError("bb_broken_exporters_bad needs a library that is not installed")
