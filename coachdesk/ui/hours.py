"""A tutor's hours as every page shows them: one decimal (none for whole hours), "used /
allotted", and why the allotted hours are less than the hours per term when they are."""

from coachdesk.domain.formats import format_number
from coachdesk.domain.text import tr
from coachdesk.domain.tutors import hours_for_people


def hours_figure(hours: float) -> str:
    """"4,5", "120": one decimal, as the reports round them."""
    rounded = hours_for_people(hours)
    return format_number(rounded, 0 if rounded == int(rounded) else 1)


def used_of_allotted(used: float | None, allotted: float | None) -> str:
    """"12,5 / 108", or only the hours used when none are allotted."""
    text = hours_figure(used or 0)
    return text if allotted is None else f"{text} / {hours_figure(allotted)}"


def is_prorated(allotted: float | None, per_term: float | None) -> bool:
    """The hours allotted in a term are fewer than the hours per term: the agreement
    covers only part of it."""
    return (allotted is not None and per_term is not None
            and hours_for_people(allotted) < hours_for_people(per_term))


def prorated_tip(allotted: float, per_term: float) -> str:
    return tr("Prorated: the agreement covers only part of the term, so {hours} h of the "
              "{per_term} h per term are allotted in it.").format(
        hours=hours_figure(allotted), per_term=hours_figure(per_term))
