"""How a list's columns look: the title and the text of each, given by the page.

A service's list (a ListSource) says what each column holds and how it sorts; the page
that shows it says what the column is called and how a value reads, in the window's
language and formats. ``looks(...)`` gathers them for a ListPanel.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Look:
    title: str
    # The text of a value (None: the usual display of dates, numbers and labels).
    render: Callable[..., str] | None = None
    # Another column whose value ``render`` gets as a second argument ("12.5 / 108").
    with_key: str | None = None
    # Long free text (a name, a title): the column that takes the width left over.
    stretch: bool = False


Looks = dict[str, Look]


def looks(**columns: Look | str) -> Looks:
    """``looks(name=tr("Name"), kind=Look(tr("Kind"), ...))``: a bare text is a title."""
    return {key: look if isinstance(look, Look) else Look(look) for key, look in columns.items()}
