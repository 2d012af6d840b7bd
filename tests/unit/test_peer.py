"""Client address and source port for the LCEN record (papote.transport.http.peer)."""

from __future__ import annotations

from papote.transport.http import peer


def test_direct_clients_keep_their_tcp_port_whatever_they_claim() -> None:
    assert peer(("192.0.2.1", 40000), {"x-real-port": "1"}) == ("192.0.2.1", 40000)


def test_behind_a_trusted_proxy_the_forwarded_port_is_used() -> None:
    # uvicorn set the address from X-Forwarded-For and the port to 0
    assert peer(("198.51.100.7", 0), {"x-real-port": "51234"}) == ("198.51.100.7", 51234)


def test_bad_forwarded_ports_are_ignored() -> None:
    for raw in ("", "abc", "0", "70000", "-1"):
        assert peer(("198.51.100.7", 0), {"x-real-port": raw}) == ("198.51.100.7", 0)
    assert peer(None, {}) == ("0.0.0.0", 0)
