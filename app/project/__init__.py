"""A saved project: its store and journal of corrections, the operations and the table/section edits that produce them, safe file writing."""
