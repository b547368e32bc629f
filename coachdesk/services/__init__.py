"""What a coordinator does: one facade (``Desk``) over an open database."""

from coachdesk.domain.errors import CoachDeskError, NotFound, ValidationError
from coachdesk.services.desk import Desk

__all__ = ["CoachDeskError", "Desk", "NotFound", "ValidationError"]
