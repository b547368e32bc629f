"""The demo's words in English, Finnish and Finland-Swedish.

A demo made in Finnish reads as a Finnish municipality's own records: the training
catalogue, lesson titles, rooms, devices, funding, requests and notes are Finnish. What a
school writes (its teachers' subjects, its requests, feedback from its teachers, visit
notes and rooms there) is in the school's language, so a Swedish-language school's texts
are Swedish. These are data, not window texts: they are chosen once, when the demo is
made, and stay as written, like anything the coordinator types. Proper names (schools,
streets, people) are in :mod:`coachdesk.services.demo.names`, the same in every language.

Every language has the same keys and the same number of words in each list, so a seed
draws the same municipality in every language: only the words differ.
"""

from coachdesk.domain.language import ENGLISH, FINNISH, SWEDISH
from coachdesk.services.demo.words import en, fi, sv
from coachdesk.services.demo.words.vocabulary import Words

WORDS = {ENGLISH: en.WORDS, FINNISH: fi.WORDS, SWEDISH: sv.WORDS}


def words_in(language: str) -> Words:
    """The words of ``language`` (fi, sv or en)."""
    return WORDS[language]
