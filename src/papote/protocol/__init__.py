"""The wire: closed, tagged message types and sans-I/O codecs (docs/protocol.md)."""

from papote.protocol.wire import PROTOCOL_VERSION

__all__ = ["PROTOCOL_VERSION"]
