"""A coordinator's path through the window: from an application to the tutor register."""

from datetime import date

from coachdesk.domain.recruitment import CandidateDraft, Consent, RoundDraft
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.ui.pages.recruitment_page import RecruitmentPage
from coachdesk.ui.pages.tutors_page import TutorsPage
from tests.ui.helpers import with_dialog


def _tutor_names(page: TutorsPage) -> list[str]:
    model = page.list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_candidate_run_to_appointed_appears_in_the_tutor_register(window, desk):
    korso = desk.schools.add(SchoolDraft(name="Korson koulu"))
    desk.teachers.add(TeacherDraft(name="Liisa Nieminen", school_id=korso))
    round_id = desk.recruitment.add_round(RoundDraft(name="Tutor call", opens=date(2026, 3, 1),
                                                     closes=date(2026, 3, 31)))
    candidate = desk.recruitment.add_candidate(round_id, CandidateDraft(name="Liisa Nieminen",
                                                                        home_school_id=korso,
                                                                        consent=Consent.GIVEN))

    tutors = window.page(TutorsPage)
    window.nav.setCurrentRow(window.pages.index(tutors))
    assert _tutor_names(tutors) == []

    recruitment = window.page(RecruitmentPage)
    window.nav.setCurrentRow(window.pages.index(recruitment))
    recruitment.list.select_id(candidate)
    recruitment.forward_action.trigger()  # interviewed
    recruitment.forward_action.trigger()  # selected

    def appoint(dialog) -> None:  # released on Tuesdays: the dialog asks for the time
        dialog.plan.day_boxes[2].setChecked(True)
        dialog.accept()

    with_dialog(recruitment.forward_action.trigger, appoint)

    window.nav.setCurrentRow(window.pages.index(tutors))  # the page reads its list again
    assert _tutor_names(tutors) == ["Liisa Nieminen"]
    assert window.current_page() is tutors
