"""The database: SQLAlchemy models, the session factory, repositories."""
