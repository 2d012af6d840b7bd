"""Application services: load -> decide (domain) -> store -> publish."""
