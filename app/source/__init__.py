"""Reading a PDF: open and describe it, render a page, the words of a page (pdfplumber, pypdfium2)."""
