"""Storage: one SQL layer (SQLAlchemy Core async) for SQLite and PostgreSQL, with migrations."""
