"""A desk closed while a reader beside the window still holds a connection (Today's
figures, the others' work polled every few seconds): the connection is closed when the
reader gives it back, never left open for the garbage collector to find later, in the
middle of other work."""

import gc
import warnings

from coachdesk.services import Desk


def test_a_connection_given_back_after_the_desk_closed_is_closed(pg_desk_url):
    desk = Desk.open_url(pg_desk_url)
    reading = desk.db.engine.connect()  # a reader beside the window, still at work
    reading.exec_driver_sql("SELECT 1")
    raw = reading.connection.dbapi_connection
    desk.close()
    reading.close()  # the reader is done after the desk closed
    assert raw.closed
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        del reading, raw
        gc.collect()


def test_a_desk_still_open_keeps_its_connections_for_reuse(pg_desk_url):
    with Desk.open_url(pg_desk_url) as desk:
        with desk.db.engine.connect() as reading:
            raw = reading.connection.dbapi_connection
        assert not raw.closed  # back in the pool, ready for the next reading
