"""The desktop application's background jobs, run in helper processes (app/runner) and streamed back to the GUI: document assembly, page jobs."""
