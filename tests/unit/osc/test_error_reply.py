from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from oscserver.osc.codec import parse_packet
from oscserver.osc.error_reply import ELLIPSIS, MAX_ERROR_MESSAGE_BYTES, error_reply, shorten


def test_short_text_is_kept_whole() -> None:
    assert shorten("/link/tempo", 256) == "/link/tempo"


def test_long_text_keeps_its_head_and_tail_around_an_ellipsis() -> None:
    text = "no endpoint at /" + "a" * 40_000 + "; /api lists every address"
    short = shorten(text, 256)
    assert short.startswith("no endpoint at /aaa") and short.endswith("aaa; /api lists every address")
    assert ELLIPSIS in short and len(short.encode()) <= 256


@given(text=st.text(min_size=0, max_size=3000), limit=st.integers(8, 1200))
def test_shortened_text_is_within_its_limit_even_cut_inside_a_character(text: str, limit: int) -> None:
    short = shorten(text, limit)
    assert len(short.encode("utf-8", errors="replace")) <= limit
    assert short == text or ELLIPSIS in short


def test_an_error_about_a_40_kb_address_fits_one_frame() -> None:
    address = "/" + "é" * 20_000  # 40 KB of UTF-8, quoted twice
    data = error_reply(address, f"no endpoint at {address}; /api lists every address")
    assert len(data) <= 1400
    [message] = parse_packet(data)
    assert message.address == "/error"
    assert message.args[0].startswith("/éé") and message.args[1].endswith("/api lists every address")
    assert len(message.args[1].encode()) <= MAX_ERROR_MESSAGE_BYTES
