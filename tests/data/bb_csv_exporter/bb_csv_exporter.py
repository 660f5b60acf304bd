"""Briefing Builder exporter plug-in: the tables of a pack as one CSV file."""

from __future__ import annotations

import csv
import io
import os

from exporters import ExportError, Option


class CsvExporter:
    name = "csv"
    label = "CSV (all tables)"
    extension = ".csv"
    options = [Option("delimiter", "choice", ",", "Field separator.", (",", ";", "tab"))]

    def export(self, pack, destination, options=None, progress=None):
        options = options or {}
        delimiter = {"tab": "\t"}.get(options.get("delimiter", ","), options.get("delimiter", ","))
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter)
        tables = [b for b in pack.blocks if b.kind == "table"]
        for i, block in enumerate(tables, start=1):
            writer.writerow([block.title])
            writer.writerow(block.view.column_headers())
            for row in block.view.rows:
                writer.writerow([c.text if c.anchor else "" for c in row.cells])
            writer.writerow([])
            if progress:
                progress(i, len(tables), "Writing CSV")
        tmp = f"{os.fspath(destination)}.part"
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                fh.write(buffer.getvalue())
            os.replace(tmp, destination)
        except OSError as exc:
            raise ExportError(f"Cannot write {destination}: {exc.strerror or exc}.") from exc
