"""Numbers in sentences: "1 envelope", "2,000 envelopes"."""


def counted(number: int, one: str, many: str | None = None) -> str:
    """`many` defaults to `one` + "s"."""
    return f"{number:,} {one if number == 1 else many or one + 's'}"
