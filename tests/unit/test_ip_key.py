"""security.ip_key: what a sanction or a limit binds to, for any text a peer address is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from papote.security import _ip_key_parsed, ip_key

octet = st.one_of(st.integers(0, 300).map(str), st.text("0123456789", max_size=4))
dotted = st.lists(octet, min_size=1, max_size=5).map(".".join)


@given(st.one_of(dotted, st.ip_addresses().map(str), st.text(max_size=20), st.just("1.2.3.4\x00")))
def test_ip_key_is_ipaddress_canonical_text(ip: str) -> None:
    assert ip_key(ip) == _ip_key_parsed(ip)


def test_examples() -> None:
    assert ip_key("127.0.0.1") == "127.0.0.1"
    assert ip_key("::ffff:192.0.2.7") == "192.0.2.7"
    assert ip_key("2001:db8::1") == "2001:db8::/64"
    assert ip_key("01.2.3.4") == "01.2.3.4"  # not an address: itself
