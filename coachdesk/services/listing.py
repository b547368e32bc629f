"""What a list page asks of the services: the request and column types of every list."""

from coachdesk.storage.lists import ListColumn, ListRequest, ListSource

__all__ = ["ListColumn", "ListRequest", "ListSource"]
