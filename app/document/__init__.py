"""The document model (DocumentData, Table, Section, Tag) and the rules on its text, numbers and tags."""
