"""Papote: a French web chat built with safety, moderation and legal compliance first."""

__version__ = "0.1.0"
