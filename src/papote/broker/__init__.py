"""Brokers: fan-out between nodes (in-process default, Redis pub/sub for several nodes)."""
