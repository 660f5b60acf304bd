"""Qt views and item models over the Qt-free core in ``app``. All Qt code of the project lives here."""
