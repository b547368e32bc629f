"""CoachDesk: the desk of a municipal ICT coordinator who runs teacher peer coaching."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coachdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
