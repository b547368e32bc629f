"""Alembic environment: the engine comes from CoachDesk, never from an ini file."""

from alembic import context

from coachdesk.storage.tables import metadata

engine = context.config.attributes["engine"]
sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if sqlite:
        # A batch migration copies a table and drops the old one. With foreign keys on,
        # that drop would cascade into the rows that point at it (every enrollment of
        # every lesson), so they are off while migrating and checked before committing.
        # The pragma only works outside a transaction: set it on the driver's connection.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=metadata,
                render_as_batch=True,  # SQLite alters tables by copying them
                compare_type=True,
            )
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the migration broke references: {broken[:5]}")
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
