"""Add or edit a candidate: an existing teacher (searched by name) or a new person."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.recruitment import CandidateDraft, Consent
from coachdesk.domain.text import tr
from coachdesk.services import Desk
from coachdesk.ui.dialogs.new_in_place import offer_school, offer_topic
from coachdesk.ui.operations import perform
from coachdesk.ui.widgets.form import Field, FormDialog, problems_of


def candidate_fields(desk: Desk, teachers: list[tuple[int, str]]) -> list[Field]:
    schools = [(None, tr("— choose a school —"))] + desk.schools.choices()
    return [
        Field("teacher_id", tr("Existing teacher"), "choice", teachers),
        Field("name", tr("Name"), placeholder=tr("a new person's name, or the teacher's")),
        Field("email", tr("E-mail"), placeholder="name@example.fi"),
        Field("home_school_id", tr("Home school"), "choice", schools),
        Field("consent", tr("Principal's consent"), "choice",
              [(c.value, c.label) for c in Consent]),
        Field("strengths", tr("Strengths"), "checklist", desk.topics.choices()),
        Field("motivation", tr("Motivation"), "multiline"),
        Field("notes", tr("Notes"), "multiline"),
    ]


def make_searchable(combo: QComboBox, placeholder: str) -> None:
    """Type any part of a name and pick from the matches; an empty box means nobody."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.lineEdit().setPlaceholderText(placeholder)


def picked_id(combo: QComboBox) -> int | None:
    """The id of the item whose text is in the box; a typed name that is no item is an error."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text)
    if index < 0:  # a bare name, without " — school", if only one teacher has it
        matches = [i for i in range(combo.count())
                   if combo.itemText(i).casefold().startswith(f"{text.casefold()} — ")]
        index = matches[0] if len(matches) == 1 else -1
    if index < 0:
        raise ValidationError({"teacher_id": tr(
            "No teacher matches “{text}”. Pick one from the list, or empty the box to "
            "add a new person.").format(text=text)})
    return combo.itemData(index)


def candidate_draft(values: dict) -> CandidateDraft:
    return CandidateDraft(**{**values, "consent": Consent(values["consent"]),
                             "strengths": tuple(values["strengths"])})


def edit_candidate(
    parent: QWidget | None,
    desk: Desk,
    round_id: int,
    candidate_id: int | None = None,
) -> int | None:
    """Open the form; returns the candidate's id once saved, None if cancelled."""
    teachers = desk.teachers.choices()
    if candidate_id is None:
        values = {"consent": Consent.PENDING.value}
        title = tr("New candidate")
    else:
        draft = desk.recruitment.candidate_draft(candidate_id)
        values = {**vars(draft), "consent": draft.consent.value,
                  "strengths": list(draft.strengths)}
        if draft.teacher_id is not None and all(tid != draft.teacher_id for tid, _ in teachers):
            teachers.insert(0, (draft.teacher_id, draft.name))  # archived since
        title = tr("Edit {name}").format(name=draft.name)

    dialog: FormDialog | None = None
    check = problems_of(candidate_draft)

    def save(values: dict) -> int:
        try:
            values["teacher_id"] = picked_id(dialog.editors["teacher_id"])
        except ValidationError as exc:  # named with every other mistake but those the
            # teacher meant would have filled (a name, a school): checked as if one was found
            raise ValidationError({**check({**values, "teacher_id": -1}), **exc.errors}
                                  ) from None
        draft = candidate_draft(values)
        if candidate_id is None:
            return perform(lambda: desk.recruitment.add_candidate(round_id, draft))
        perform(lambda: desk.recruitment.update_candidate(candidate_id, draft))
        return candidate_id

    dialog = FormDialog(parent, title, candidate_fields(desk, teachers), values, save,
                        "candidate_dialog", check=check)
    offer_school(dialog, desk, "home_school_id")
    offer_topic(dialog, desk, "strengths")
    combo: QComboBox = dialog.editors["teacher_id"]
    make_searchable(combo, tr("Type to search; leave empty for a new person"))
    combo.setCurrentIndex(combo.findData(values.get("teacher_id")) if values.get(
        "teacher_id") is not None else -1)

    def teacher_chosen(index: int) -> None:
        """A teacher brings their name, e-mail and school; they can still be typed over."""
        if index < 0 or combo.currentText() != combo.itemText(index):
            return
        teacher = desk.teachers.get(combo.itemData(index))
        dialog.set_value("name", teacher.name)
        dialog.set_value("email", teacher.email)
        dialog.set_value("home_school_id", teacher.school_id)

    combo.currentIndexChanged.connect(teacher_chosen)
    return dialog.result_value if dialog.exec() else None
