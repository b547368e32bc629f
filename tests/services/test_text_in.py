"""Text on every way in: one normal form (NFC) for names, so that a name pasted from a Mac
is the same name; and no line break or control character in a single-line field, refused
at the field with a message that says what to do."""

import unicodedata
from datetime import date, datetime, time

import pytest

from coachdesk.domain.calendar import BreakDraft, SchoolYearDraft
from coachdesk.domain.devices import CategoryDraft, DeviceDraft
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.lessons import LessonDraft
from coachdesk.domain.recruitment import CandidateDraft, RoundDraft
from coachdesk.domain.requests import RequestDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.domain.topics import TopicDraft
from coachdesk.domain.tutors import TutorDraft
from coachdesk.services.imports import Action, ImportRow
from coachdesk.services.listing import ListRequest
from coachdesk.services.templates import TemplateText
from tests.drafts import edit


def teacher_ids(desk) -> list[int]:
    return desk.teachers.list_source().ids(ListRequest())


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


AGREEMENT = {"agreement_start": date(2026, 8, 1), "agreement_end": date(2027, 7, 31)}

# -- one normal form ----------------------------------------------------------------------


def test_a_school_name_pasted_from_a_mac_is_the_same_school(desk):
    desk.schools.add(SchoolDraft(name="Håkansböle skola", language="sv"))
    errors = errors_of(desk.schools.add, SchoolDraft(name=nfd("Håkansböle skola"), language="sv"))
    assert "already exists" in errors["name"]
    assert [name for _, name in desk.schools.choices()] == ["Håkansböle skola"]


def test_every_text_is_stored_composed(desk, school_id):
    teacher = desk.teachers.add(TeacherDraft(name=nfd("Äinö Öljy"), school_id=school_id,
                                             subjects=nfd("äidinkieli"), notes=nfd("Pyysi lisää")))
    stored = desk.teachers.get(teacher)
    assert (stored.name, stored.subjects, stored.notes) == (
        "Äinö Öljy", "äidinkieli", "Pyysi lisää")


def test_look_ups_by_name_find_a_name_written_decomposed(desk, school_id):
    """The names that the command line's --school and --tutor look up."""
    school = desk.schools.add(SchoolDraft(name="Myyrmäen koulu"))
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school_id,
                                       **AGREEMENT))
    desk.devices.add_category(CategoryDraft(name="Robottisarja", loan_days=14))
    device = desk.devices.add(DeviceDraft(asset_tag="VÄN-001", category=nfd("Robottisarja")))
    assert desk.reports.find_school(nfd("Myyrmäen koulu")) == (school, "Myyrmäen koulu")
    assert desk.reports.find_school(nfd("MYYRMÄEN")) == (school, "Myyrmäen koulu")
    assert desk.outbox.find_tutor(nfd("Maija Meikäläinen")) == (tutor, "Maija Meikäläinen")
    assert desk.devices.find_by_tag(nfd("vän-001")).id == device
    assert desk.devices.category_named(nfd("Robottisarja")).name == "Robottisarja"


def test_an_import_finds_a_school_named_decomposed(desk):
    """A teacher row naming "Myyrmäen koulu" in NFD was refused; a school row in NFD made
    a second school."""
    school = desk.schools.add(SchoolDraft(name="Myyrmäen koulu"))
    teachers = desk.imports.apply("teachers", [ImportRow(2, {
        "name": "Aino Opettaja", "email": "aino@vantaa.fi", "school": nfd("Myyrmäen koulu")})])
    assert [(x.action, x.problems) for x in teachers.lines] == [(Action.CREATE, [])]
    assert desk.teachers.list_source().rows(teacher_ids(desk)) and all(
        desk.teachers.get(i).school_id == school for i in teacher_ids(desk))
    schools = desk.imports.preview("schools", [ImportRow(2, {"name": nfd("Myyrmäen koulu")})])
    assert [(x.action, x.existing_id) for x in schools.lines] == [(Action.UPDATE, school)]


# -- single lines and multi-line texts ----------------------------------------------------

LINE_BREAKS = ["Korson\nkoulu", "Korson\r\nkoulu", "Korson\rkoulu", "Korson\u2028koulu",
               "Korson\x85koulu"]
CONTROLS = [("Korson\x00koulu", "U+0000"), ("Korson\x1b[31mkoulu", "U+001B"),
            ("Korson\tkoulu", "U+0009"), ("Korson\u202ekoulu", "U+202E")]


@pytest.mark.parametrize("name", LINE_BREAKS)
def test_a_line_break_in_a_name_is_refused_at_the_field(desk, name):
    errors = errors_of(desk.schools.add, SchoolDraft(name=name))
    assert errors == {"name": "Name must be on one line: remove the line break."}
    assert desk.schools.choices() == []


@pytest.mark.parametrize(("name", "code"), CONTROLS)
def test_a_control_character_in_a_name_is_refused_and_named(desk, name, code):
    errors = errors_of(desk.schools.add, SchoolDraft(name=name))
    assert list(errors) == ["name"]
    assert errors["name"].startswith(f"Name holds an invisible control character ({code})")
    assert desk.schools.choices() == []


def single_line_calls(desk, ids):
    """(call, field) for a single-line field of every kind of record, with the bad text."""
    def when(hour):
        return {"starts_at": datetime(2026, 9, 8, hour), "ends_at": datetime(2026, 9, 8, hour, 45)}

    return [
        (lambda v: desk.schools.add(SchoolDraft(name="Kiva", principal_email=f"a{v}@b.fi")),
         "principal_email"),
        (lambda v: desk.schools.add(SchoolDraft(name="Kiva", address=v)), "address"),
        (lambda v: desk.teachers.add(TeacherDraft(name=v, school_id=ids["school"])), "name"),
        (lambda v: desk.tutors.add(TutorDraft(name=v, home_school_id=ids["school"], **AGREEMENT)),
         "name"),
        (lambda v: desk.topics.add(TopicDraft(name=v)), "name"),
        (lambda v: desk.devices.add_category(CategoryDraft(name=v, loan_days=14)), "name"),
        (lambda v: desk.devices.add(DeviceDraft(asset_tag=v, category="iPad")), "asset_tag"),
        (lambda v: desk.devices.add(DeviceDraft(asset_tag="VAN-9", category="iPad", location=v)),
         "location"),
        (lambda v: desk.lessons.add(LessonDraft(**when(14), title=v, place_kind="venue",
                                                venue="Hall", tutor_ids=[ids["tutor"]])), "title"),
        (lambda v: desk.lessons.add(LessonDraft(**when(14), title="Scratch", place_kind="venue",
                                                venue=v, tutor_ids=[ids["tutor"]])), "venue"),
        (lambda v: desk.recruitment.add_round(RoundDraft(name=v, opens=date(2027, 3, 1),
                                                         closes=date(2027, 3, 31))),
         "name"),
        (lambda v: desk.recruitment.add_candidate(
            ids["round"], CandidateDraft(name=v, home_school_id=ids["school"])), "name"),
        (lambda v: desk.requests.add(RequestDraft(ids["school"], received_on=date(2026, 9, 1),
                                                  asked_by_name=v)), "asked_by_name"),
        (lambda v: desk.school_years.add_break(ids["year"], BreakDraft(
            name=v, kind="other", starts=date(2026, 10, 5), ends=date(2026, 10, 6))), "name"),
        (lambda v: desk.audits.start(v), "name"),
    ]


@pytest.fixture
def ids(desk):
    year = desk.school_years.create(SchoolYearDraft(2026))
    school = desk.schools.add(SchoolDraft(name="Korson koulu"))
    tutor = desk.tutors.add(TutorDraft(name="Maija Meikäläinen", home_school_id=school, **AGREEMENT,
                                       released_rule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                                       released_from=time(8), released_until=time(16)))
    desk.devices.add_category(CategoryDraft(name="iPad", loan_days=30))
    round_id = desk.recruitment.add_round(RoundDraft(name="Tutorhaku", opens=date(2027, 3, 1),
                                                     closes=date(2027, 3, 31)))
    return {"year": year, "school": school, "tutor": tutor, "round": round_id}


@pytest.mark.parametrize("bad", ["Line\r\nbreak", "Nul\x00", "Esc\x1b", "Rlo\u202e"])
def test_every_single_line_field_refuses_breaks_and_control_characters(desk, ids, bad):
    for call, field in single_line_calls(desk, ids):
        errors = errors_of(call, bad)
        assert field in errors, (field, errors)
        assert "line break" in errors[field] or "control character" in errors[field]


@pytest.mark.parametrize("name", ["Korson koulu", "Ville Väinö-Öhman", "Zoë O'Brien",
                                  "Skola \u200fمدرسة", "Kids 👩‍🏫"])
def test_names_people_type_are_kept(desk, name):
    school = desk.schools.add(SchoolDraft(name=name))
    assert desk.schools.get(school).name == name


def test_notes_keep_their_lines_and_refuse_other_control_characters(desk, school_id):
    edit(desk.schools, school_id, notes="Rehtori:\r\n\tPirjo\rIlkka\u2028")
    assert desk.schools.get(school_id).notes == "Rehtori:\n\tPirjo\nIlkka"
    errors = errors_of(edit, desk.schools, school_id, notes="Bell\x07 rings")
    assert errors["notes"].startswith("Notes holds an invisible control character (U+0007)")
    assert desk.schools.get(school_id).notes == "Rehtori:\n\tPirjo\nIlkka"


def test_a_template_subject_is_one_line_without_control_characters(desk):
    errors = errors_of(desk.templates.save, TemplateText("report_cover", "en",
                                                         "Report\x1b {school}",
                       "Dear {principal}"))
    assert "control character (U+001B)" in errors["subject"]
    errors = errors_of(desk.templates.save, TemplateText("report_cover", "en", "Report",
                                                         "Dear\x00"))
    assert "control character (U+0000)" in errors["body"]
