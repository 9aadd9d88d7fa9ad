"""Temporal values both ways (datetime.date/time/datetime, kgq.Duration, timedelta), once the
engine has them: skipped where kgq._kgq was built without them."""
import datetime
import zoneinfo

import pytest

import kgq

pytestmark = pytest.mark.skipif(not kgq._kgq._temporal, reason="the engine has no temporal values yet")

UTC2 = datetime.timezone(datetime.timedelta(hours=2))
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")

ROUND_TRIPS = [
    datetime.date(2024, 2, 29), datetime.date(1, 1, 1), datetime.date(9999, 12, 31), datetime.date(1969, 12, 31),
    datetime.time(23, 59, 58, 999999), datetime.time(0, 0),
    datetime.time(12, 30, tzinfo=UTC2),
    datetime.datetime(1965, 3, 4, 5, 6, 7, 8), datetime.datetime(2024, 1, 1),
    datetime.datetime(2015, 7, 21, 20, 40, 32, 142000, tzinfo=UTC2),
    datetime.datetime(2024, 7, 1, 12, 0, tzinfo=STOCKHOLM), datetime.datetime(2024, 1, 1, 12, 0, tzinfo=STOCKHOLM),
    kgq.Duration(14, 3, 7, 5), kgq.Duration(0, -1, 86399, 500_000_000),
]


@pytest.mark.parametrize("value", ROUND_TRIPS, ids=repr)
def test_round_trip(value):
    got = kgq.Database().execute("RETURN $x AS x", {"x": value})[0][0]
    assert type(got) is type(value) and got == value
    if isinstance(value, (datetime.datetime, datetime.time)):
        assert got.utcoffset() == value.utcoffset()
        if isinstance(value.tzinfo, zoneinfo.ZoneInfo):
            assert got.tzinfo.key == value.tzinfo.key


def test_values_from_cypher():
    row = kgq.Database().execute(
        "RETURN date('2015-07-21') AS d, localtime('12:31:14.645876123') AS lt, "
        "datetime('2015-07-21T20:40:32.142+01:00') AS dt, localdatetime('2015-07-21T20:40:32') AS ldt, "
        "duration('P1Y2M10DT12H45M30.5S') AS dur, datetime({year: 2020, month: 3, day: 29, hour: 2, timezone: 'Europe/Stockholm'}) AS z")[0]
    d, lt, dt, ldt, dur, z = row
    assert d == datetime.date(2015, 7, 21)
    assert lt == datetime.time(12, 31, 14, 645876)  # below a microsecond is dropped
    assert dt == datetime.datetime(2015, 7, 21, 19, 40, 32, 142000, tzinfo=datetime.timezone.utc)
    assert dt.utcoffset() == datetime.timedelta(hours=1)
    assert ldt == datetime.datetime(2015, 7, 21, 20, 40, 32) and ldt.tzinfo is None
    assert dur == kgq.Duration(14, 10, 12 * 3600 + 45 * 60 + 30, 500_000_000)
    assert z.tzinfo.key == "Europe/Stockholm" and z.utcoffset() == datetime.timedelta(hours=2)


def test_timedelta_parameter():
    got = kgq.Database().execute("RETURN $t AS t", {"t": datetime.timedelta(days=2, seconds=5, microseconds=7)})[0][0]
    assert got == kgq.Duration(0, 2, 5, 7000) and got.to_timedelta() == datetime.timedelta(days=2, seconds=5, microseconds=7)
    with pytest.raises(ValueError, match="months"):
        kgq.Duration(1).to_timedelta()


def test_outside_python_years_is_named():
    with pytest.raises(ValueError, match="1..9999"):
        kgq.Database().execute("RETURN date('+10000-01-01') AS d")[0]
