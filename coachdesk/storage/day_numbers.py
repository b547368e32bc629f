"""Days as whole numbers in SQL, on SQLite and PostgreSQL alike: the difference of two
day numbers is the days between them (a date, or the day of a datetime).

SQLite keeps dates as ISO text and counts days with julianday(); PostgreSQL subtracts
dates. SQLAlchemy has no dialect-neutral way to say either.
"""

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class day_number(FunctionElement):  # noqa: N801 - used like an SQL function
    """``day_number(x)``: the day of a date or datetime ``x`` as a whole number."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _sqlite(element, compiler, **kw) -> str:
    # julianday() of a day is the half day of its noon before: a whole number once cast.
    return f"CAST(julianday(date({compiler.process(element.clauses, **kw)})) AS INTEGER)"


@compiles(day_number, "postgresql")
def _postgresql(element, compiler, **kw) -> str:
    return f"(CAST({compiler.process(element.clauses, **kw)} AS DATE) - DATE '2000-01-01')"
