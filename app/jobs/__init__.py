"""Helper processes the desktop application runs its extraction and page work in, streamed back to the GUI."""
