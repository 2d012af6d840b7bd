"""Voice salons: the Janus media server adapter, its private process, and a fake."""
