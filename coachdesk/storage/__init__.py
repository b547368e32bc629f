"""Where things are kept: tables, mapping, the Database, migrations, list queries."""
