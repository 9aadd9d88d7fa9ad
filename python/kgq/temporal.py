"""kgq.Duration: a Cypher duration, which keeps months, days and seconds apart (a month or a day
has no fixed length, so datetime.timedelta cannot hold every duration). The other temporal kinds
are Python's own: datetime.date, datetime.time, datetime.datetime (see kgq/__init__.py)."""
import datetime

__all__ = ["Duration"]


class Duration:
    """months, days, seconds and nanoseconds (0 <= nanoseconds < 10^9), as kgq stores them."""

    __slots__ = ("months", "days", "seconds", "nanoseconds")

    def __init__(self, months=0, days=0, seconds=0, nanoseconds=0):
        carry, nanoseconds = divmod(int(nanoseconds), 1_000_000_000)
        self.months, self.days, self.seconds, self.nanoseconds = int(months), int(days), int(seconds) + carry, nanoseconds

    def to_timedelta(self):
        """The same span as datetime.timedelta (microseconds); ValueError if it has months."""
        if self.months:
            raise ValueError(f"{self!r} has months, which have no fixed length: timedelta cannot hold it")
        return datetime.timedelta(days=self.days, seconds=self.seconds, microseconds=self.nanoseconds // 1000)

    def _key(self):
        return (self.months, self.days, self.seconds, self.nanoseconds)

    def __eq__(self, other):
        return isinstance(other, Duration) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Duration(months={self.months}, days={self.days}, seconds={self.seconds}, nanoseconds={self.nanoseconds})"
