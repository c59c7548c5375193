"""The edges: settings, CLI, service and UI; composition of search and ingest happens here."""
