"""The HTTP API (FastAPI): create_app(settings), dependencies, schemas, routes."""
