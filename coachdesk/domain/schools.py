"""Schools of the municipality and the teachers who work in them."""

from dataclasses import asdict, dataclass
from enum import StrEnum

from coachdesk.domain.text import person_sort_key, search_key, tr
from coachdesk.domain.validation import Checker, clean, clean_text


class SchoolKind(StrEnum):
    PRESCHOOL = "preschool"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    COMPREHENSIVE = "comprehensive"
    UPPER_SECONDARY = "upper_secondary"
    VOCATIONAL = "vocational"

    @property
    def label(self) -> str:
        return {
            SchoolKind.PRESCHOOL: tr("Preschool"),
            SchoolKind.PRIMARY: tr("Primary"),
            SchoolKind.LOWER_SECONDARY: tr("Lower secondary"),
            SchoolKind.COMPREHENSIVE: tr("Comprehensive"),
            SchoolKind.UPPER_SECONDARY: tr("Upper secondary"),
            SchoolKind.VOCATIONAL: tr("Vocational"),
        }[self]


class Language(StrEnum):
    FINNISH = "fi"
    SWEDISH = "sv"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Language.FINNISH: tr("Finnish"),
            Language.SWEDISH: tr("Swedish"),
            Language.OTHER: tr("Other"),
        }[self]


NAME_MAX = 200
TEXT_MAX = 10_000


@dataclass(frozen=True)
class SchoolDraft:
    """A school as a form, the import or the command line gives it, to add or change."""

    name: str = ""
    kind: SchoolKind = SchoolKind.COMPREHENSIVE
    language: Language = Language.FINNISH
    address: str = ""
    principal_name: str = ""
    principal_email: str = ""
    ict_contact_name: str = ""
    ict_contact_email: str = ""
    teacher_count: int | None = None
    notes: str = ""

    def check(self) -> None:
        """Raise ValidationError naming every field that is wrong (no database needed)."""
        School(**asdict(self)).check()


@dataclass(frozen=True)
class TeacherDraft:
    name: str = ""
    school_id: int | None = None
    email: str = ""
    subjects: str = ""
    notes: str = ""

    def check(self) -> None:
        Teacher(**asdict(self)).check()


@dataclass(eq=False)
class School:
    name: str
    kind: SchoolKind = SchoolKind.COMPREHENSIVE
    language: Language = Language.FINNISH
    address: str = ""
    principal_name: str = ""
    principal_email: str = ""
    ict_contact_name: str = ""
    ict_contact_email: str = ""
    teacher_count: int | None = None
    notes: str = ""
    archived: bool = False
    id: int | None = None
    # Kept by check(): the folded name (unique) and the text the list filter matches.
    name_key: str = ""
    search_key: str = ""

    def check(self) -> None:
        """Tidy the typed text and raise ValidationError naming every wrong field."""
        for attr in (
            "name", "address", "principal_name", "principal_email",
            "ict_contact_name", "ict_contact_email",
        ):
            setattr(self, attr, clean(getattr(self, attr)))
        self.notes = clean_text(self.notes)
        c = Checker()
        for field, label in (
            ("name", tr("Name")), ("address", tr("Address")),
            ("principal_name", tr("Principal")), ("principal_email", tr("Principal's e-mail")),
            ("ict_contact_name", tr("ICT contact person")),
            ("ict_contact_email", tr("ICT contact's e-mail")),
        ):
            c.single_line(field, getattr(self, field), label)
        c.multi_line("notes", self.notes, tr("Notes"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, NAME_MAX, tr("Name"))
        c.email("principal_email", self.principal_email)
        c.email("ict_contact_email", self.ict_contact_email)
        c.count("teacher_count", self.teacher_count, tr("Number of teachers"), maximum=5_000)
        c.max_length("notes", self.notes, TEXT_MAX, tr("Notes"))
        if not isinstance(self.kind, SchoolKind):
            c.fail("kind", tr("Choose the kind of school."))
        if not isinstance(self.language, Language):
            c.fail("language", tr("Choose the language of the school."))
        c.raise_if_any()
        self.name_key = search_key(self.name)
        self.search_key = search_key(
            self.name, self.address, self.principal_name, self.ict_contact_name
        )


@dataclass(eq=False)
class Teacher:
    name: str
    school_id: int | None = None
    email: str = ""
    subjects: str = ""
    notes: str = ""
    archived: bool = False
    id: int | None = None
    search_key: str = ""
    sort_key: str = ""  # kept by check(): surname first, for the order of lists

    def check(self) -> None:
        for attr in ("name", "email", "subjects"):
            setattr(self, attr, clean(getattr(self, attr)))
        self.notes = clean_text(self.notes)
        c = Checker()
        c.single_line("name", self.name, tr("Name"))
        c.single_line("email", self.email, tr("E-mail"))
        c.single_line("subjects", self.subjects, tr("Subjects"))
        c.multi_line("notes", self.notes, tr("Notes"))
        c.required("name", self.name, tr("Name"))
        c.max_length("name", self.name, NAME_MAX, tr("Name"))
        c.email("email", self.email)
        c.max_length("subjects", self.subjects, 1_000, tr("Subjects"))
        c.max_length("notes", self.notes, TEXT_MAX, tr("Notes"))
        if self.school_id is None:
            c.fail("school_id", tr("Choose the teacher's school."))
        c.raise_if_any()
        self.search_key = search_key(self.name, self.email, self.subjects)
        self.sort_key = person_sort_key(self.name)
