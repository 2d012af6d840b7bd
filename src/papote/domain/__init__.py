"""Pure rules of Papote: standard library only, time and ids come in as arguments."""
