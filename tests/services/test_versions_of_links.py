"""A change of a record's links alone (a lesson's tutors or schools, a visit's topics or
teachers) makes the record one version newer, as a change of its fields does: a form open
on it saves over the change only on purpose, and two forms saving different links at the
same moment keep one whole set, never a mix or a silent loss."""

from dataclasses import replace
from datetime import date, datetime, time
from functools import partial

import pytest

from coachdesk.domain.calendar import SchoolYearDraft
from coachdesk.domain.errors import ChangedMeanwhile
from coachdesk.domain.kinds import RecordKind
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.requests import PreferredTime, RequestDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import Level, TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.domain.visits import VisitDraft, VisitLog, VisitStatus
from coachdesk.services import Desk
from tests.drafts import edit
from tests.services.test_two_desks import ROUNDS, at_once, one_won, two_desks  # noqa: F401

MONDAY = date(2026, 9, 7)
NOW = datetime(2026, 9, 1, 12, 0)
WEEKDAYS = {"released_rule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "released_from": time(8),
            "released_until": time(17), "agreement_start": date(2026, 8, 1),
            "agreement_end": date(2027, 7, 31)}


def world(desk) -> dict:
    desk.school_years.create(SchoolYearDraft(2026))
    school = desk.schools.add(SchoolDraft(name="Korson koulu", kind="primary", language="fi"))
    other = desk.schools.add(SchoolDraft(name="Ankkurin koulu", kind="primary", language="fi"))
    tutors = [desk.tutors.add(TutorDraft(name=f"Tutor {i}", home_school_id=school, **WEEKDAYS))
              for i in range(3)]
    lesson = desk.lessons.add(LessonDraft(
        "Scratch", datetime.combine(MONDAY, time(14, 30)), datetime.combine(MONDAY, time(16)),
        (tutors[0],), school_id=school))
    topics = [desk.topics.add(TopicDraft(name=name)) for name in ("Scratch", "Padlet")]
    visit = desk.visits.book(VisitDraft(school, tutors[0], datetime.combine(MONDAY, time(9)),
                                        datetime.combine(MONDAY, time(10))), now=NOW)
    return {"school": school, "other_school": other, "tutors": tutors, "lesson": lesson,
            "topics": topics, "visit": visit}


def test_a_change_of_links_alone_makes_the_record_newer(desk):
    w = world(desk)
    lesson, visit = w["lesson"], w["visit"]
    version = desk.versions.of(RecordKind.LESSON, lesson)
    edit(desk.lessons, lesson, tutor_ids=(w["tutors"][1],))
    assert desk.versions.of(RecordKind.LESSON, lesson) == version + 1
    edit(desk.lessons, lesson, open_to_all=False, school_ids=(w["other_school"],))
    assert desk.versions.of(RecordKind.LESSON, lesson) == version + 2  # fields and links: one
    edit(desk.lessons, lesson)  # saved as it is
    assert desk.versions.of(RecordKind.LESSON, lesson) == version + 2

    version = desk.versions.of(RecordKind.VISIT, visit)
    edit(desk.visits, visit, topic_ids=(w["topics"][0],), now=NOW)
    assert desk.versions.of(RecordKind.VISIT, visit) == version + 1
    teachers = [desk.teachers.add(TeacherDraft(name=name, school_id=w["school"]))
                for name in ("Liisa Laine", "Olli Oja")]
    after = datetime.combine(MONDAY, time(11))
    desk.visits.log(visit, VisitLog(VisitStatus.DONE, teacher_ids=(teachers[0],)), now=after)
    assert desk.versions.of(RecordKind.VISIT, visit) == version + 2  # fields and links: one
    desk.visits.log(visit, VisitLog(VisitStatus.DONE, teacher_ids=(teachers[1],)), now=after)
    assert desk.versions.of(RecordKind.VISIT, visit) == version + 3


def test_links_saved_over_others_links_are_refused_then_kept_on_purpose(desk):
    w = world(desk)
    lesson, tutors = w["lesson"], w["tutors"]
    opened = desk.versions.of(RecordKind.LESSON, lesson)
    mine = replace(desk.lessons.draft(lesson), tutor_ids=(tutors[2],))
    edit(Desk(desk.db).lessons, lesson, tutor_ids=(tutors[1],))  # another coordinator

    with pytest.raises(ChangedMeanwhile) as refused, \
            desk.versions.expecting(RecordKind.LESSON, lesson, opened):
        desk.lessons.update(lesson, mine)
    assert refused.value.fields == ("Tutors",)
    assert desk.lessons.draft(lesson).tutor_ids == (tutors[1],)  # theirs, nothing of mine

    with desk.versions.expecting(RecordKind.LESSON, lesson, refused.value.version):
        desk.lessons.update(lesson, mine)  # keep mine, on purpose
    assert desk.lessons.draft(lesson).tutor_ids == (tutors[2],)

    visit, topics = w["visit"], w["topics"]
    opened = desk.versions.of(RecordKind.VISIT, visit)
    mine = replace(desk.visits.draft(visit), topic_ids=(topics[1],))
    edit(Desk(desk.db).visits, visit, topic_ids=(topics[0],), now=NOW)
    with pytest.raises(ChangedMeanwhile), \
            desk.versions.expecting(RecordKind.VISIT, visit, opened):
        desk.visits.update(visit, mine, now=NOW)
    assert desk.visits.draft(visit).topic_ids == (topics[0],)


def test_two_forms_saving_other_links_at_once_keep_one_set(two_desks):  # noqa: F811
    a, b = two_desks
    w = world(a)
    lesson, tutors = w["lesson"], w["tutors"]

    def save(desk, version, draft):
        with desk.versions.expecting(RecordKind.LESSON, lesson, version):
            desk.lessons.update(lesson, draft)

    for round_ in range(ROUNDS):
        version = a.versions.of(RecordKind.LESSON, lesson)
        now = a.lessons.draft(lesson)
        # each form leaves the tutor now and takes one of the others
        teams = [tuple(x for x in tutors if x not in now.tutor_ids)[i:i + 1] for i in (0, 1)]
        drafts = [replace(now, tutor_ids=team) for team in teams]
        outcomes = at_once(partial(save, a, version, drafts[0]),
                           partial(save, b, version, drafts[1]))
        one_won(outcomes, ChangedMeanwhile)
        assert b.lessons.draft(lesson).tutor_ids == teams[outcomes.index(None)], round_
        assert b.versions.of(RecordKind.LESSON, lesson) == version + 1


def test_a_change_of_preferred_times_or_strengths_alone_makes_the_record_newer(desk):
    w = world(desk)
    request = desk.requests.add(RequestDraft(w["school"], received_on=MONDAY, windows=(
        PreferredTime(MONDAY),)))
    version = desk.versions.of(RecordKind.REQUEST, request)
    edit(desk.requests, request)  # saved as it is
    assert desk.versions.of(RecordKind.REQUEST, request) == version
    edit(desk.requests, request, windows=(PreferredTime(MONDAY, starts=time(12)),))
    assert desk.versions.of(RecordKind.REQUEST, request) == version + 1

    tutor = w["tutors"][0]
    version = desk.versions.of(RecordKind.TUTOR, tutor)
    edit(desk.tutors, tutor, strengths={w["topics"][0]: Level.ADVANCED})
    assert desk.versions.of(RecordKind.TUTOR, tutor) == version + 1
    edit(desk.tutors, tutor)  # saved as it is
    assert desk.versions.of(RecordKind.TUTOR, tutor) == version + 1


def test_preferred_times_saved_over_others_are_refused(desk):
    w = world(desk)
    request = desk.requests.add(RequestDraft(w["school"], received_on=MONDAY))
    opened = desk.versions.of(RecordKind.REQUEST, request)
    mine = replace(desk.requests.draft(request), windows=(PreferredTime(MONDAY),))
    edit(Desk(desk.db).requests, request,  # another coordinator adds a time meanwhile
         windows=(PreferredTime(MONDAY, starts=time(12)),))
    with pytest.raises(ChangedMeanwhile), \
            desk.versions.expecting(RecordKind.REQUEST, request, opened):
        desk.requests.update(request, mine)
