"""What goes out and comes in: Excel reports and imports, iCalendar files.

The layer sits between the UI and the services (see DESIGN.md); its modules arrive with
the reporting and communication issues.
"""
