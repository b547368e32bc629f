"""Every table of a CoachDesk database, in dialect-neutral SQLAlchemy Core."""

from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    text,
)

from coachdesk.domain.calendar import BreakKind
from coachdesk.domain.competence import LevelSource
from coachdesk.domain.devices import BorrowerKind, DeviceStatus, ReservationStatus
from coachdesk.domain.grants import LineKind
from coachdesk.domain.lessons import (
    Attendance,
    EnrollmentStatus,
    LessonKind,
    LessonStatus,
    PlaceKind,
)
from coachdesk.domain.recruitment import Consent
from coachdesk.domain.requests import AskedBy, RequestStatus, Urgency
from coachdesk.domain.schools import Language, SchoolKind
from coachdesk.domain.situations import DeviceAge, DeviceKind, DeviceUser, NeedStatus
from coachdesk.domain.topics import Audience, Level
from coachdesk.domain.tutors import RecruitmentStatus, TutorKind
from coachdesk.domain.visits import VisitPurpose, VisitStatus

# Named constraints so that Alembic batch migrations on SQLite can find them again.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def enum(cls: type[StrEnum]) -> Enum:
    """Enums as plain strings holding the value: portable and readable in the file."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
    )


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _text(name: str) -> Column:
    return Column(name, Text, nullable=False, default="", server_default="")


def _version() -> Column:
    """How many times the record was saved: a form that read it at another version saves
    over someone else's change, and is refused (storage/mapping.py, services/versions.py).
    Last in every table, where revisions 0010 and 0015 put it."""
    return Column("version", Integer, nullable=False, default=1, server_default="1")
# Compared character by character on every database: PostgreSQL's own collation would put
# "å", "ä", "ö" among the a's and o's (domain.text.person_sort_key makes the key).
SORT_KEY = Text().with_variant(Text(collation="C"), "postgresql")


def _sort_key() -> Column:
    return Column("sort_key", SORT_KEY, nullable=False, default="", server_default="")


schools = Table(
    "schools",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("name_key", String(200), nullable=False, unique=True),
    Column("kind", enum(SchoolKind), nullable=False),
    Column("language", enum(Language), nullable=False),
    _text("address"),
    _text("principal_name"),
    _text("principal_email"),
    _text("ict_contact_name"),
    _text("ict_contact_email"),
    Column("teacher_count", Integer),
    _text("notes"),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    _text("search_key"),
    _version(),
)

teachers = Table(
    "teachers",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False, default="", server_default=""),
    Column("school_id", ForeignKey("schools.id"), nullable=False, index=True),
    _text("subjects"),
    _text("notes"),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    _text("search_key"),
    _version(),
    _sort_key(),
)
# No index on name: ordering 100,000 teachers through it reads every row at random and
# is slower than a scan and a sort (benchmarks/bench_table_model.py).

topics = Table(
    "topics",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    _text("description"),
    Column("level", enum(Level), nullable=False),
    Column("audience", enum(Audience), nullable=False),
    _text("materials_url"),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    _version(),
)

tutors = Table(
    "tutors",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False, default="", server_default=""),
    Column("teacher_id", ForeignKey("teachers.id"), index=True),
    Column("home_school_id", ForeignKey("schools.id"), nullable=False, index=True),
    Column("kind", enum(TutorKind), nullable=False),
    Column("status", enum(RecruitmentStatus), nullable=False),
    Column("agreement_start", Date),
    Column("agreement_end", Date),
    _text("released_rule"),
    Column("released_from", String(5), nullable=False, default="", server_default=""),
    Column("released_until", String(5), nullable=False, default="", server_default=""),
    Column("weekly_hours", Float),
    Column("allotted_hours_per_term", Float),
    _text("notes"),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    _text("search_key"),
    _version(),
    _sort_key(),
    Column("hourly_cost", Numeric(8, 2)),  # € an hour of released time costs (grants)
    CheckConstraint(
        "agreement_end IS NULL OR agreement_start IS NULL OR agreement_end >= agreement_start",
        name="agreement_order",
    ),
)

tutor_schools = Table(
    "tutor_schools",
    metadata,
    Column("tutor_id", ForeignKey("tutors.id", ondelete="CASCADE"), primary_key=True),
    Column("school_id", ForeignKey("schools.id"), primary_key=True, index=True),
)

tutor_strengths = Table(
    "tutor_strengths",
    metadata,
    Column("tutor_id", ForeignKey("tutors.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id"), primary_key=True, index=True),
    Column("level", enum(Level), nullable=False),
)

school_years = Table(
    "school_years",
    metadata,
    _id(),
    Column("name", String(50), nullable=False, unique=True),
    Column("starts", Date, nullable=False),
    Column("ends", Date, nullable=False),
    _version(),
    # A closed year's lessons, visits and loans are read (reports, lists), never changed
    # (after the version: where revision 0017 adds it to an existing file).
    Column("closed", Boolean, nullable=False, default=False, server_default="0"),
)

terms = Table(
    "terms",
    metadata,
    _id(),
    Column("school_year_id", ForeignKey("school_years.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("name", String(100), nullable=False),
    Column("starts", Date, nullable=False),
    Column("ends", Date, nullable=False),
    _version(),
    CheckConstraint("ends >= starts", name="order"),
)

breaks = Table(
    "breaks",
    metadata,
    _id(),
    Column("school_year_id", ForeignKey("school_years.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("name", String(100), nullable=False),
    Column("kind", enum(BreakKind), nullable=False),
    Column("starts", Date, nullable=False),
    Column("ends", Date, nullable=False),
    _version(),
    CheckConstraint("ends >= starts", name="order"),
)

lesson_series = Table(
    "lesson_series",
    metadata,
    _id(),
    Column("rule", String(200), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    _version(),
    CheckConstraint("last_day >= first_day", name="order"),
)

lessons = Table(
    "lessons",
    metadata,
    _id(),
    Column("title", String(200), nullable=False),
    Column("topic_id", ForeignKey("topics.id")),
    Column("level", enum(Level), nullable=False),
    Column("kind", enum(LessonKind), nullable=False),
    Column("place_kind", enum(PlaceKind), nullable=False),
    Column("school_id", ForeignKey("schools.id"), index=True),
    _text("room"),
    _text("venue"),
    _text("online_url"),
    Column("starts_at", DateTime, nullable=False, index=True),
    Column("ends_at", DateTime, nullable=False),
    Column("capacity", Integer),
    Column("open_to_all", Boolean, nullable=False, default=True, server_default="1"),
    Column("status", enum(LessonStatus), nullable=False),
    Column("series_id", ForeignKey("lesson_series.id"), index=True),
    _text("notes"),
    Column("minutes", Integer, nullable=False, default=0, server_default="0"),
    # Columns added by later revisions go last, where the migrations put them.
    _text("feedback_summary"),
    _text("override_reason"),
    _version(),
    # A topic's lessons by status (the catalogue's planned and held counts), counted from
    # the index alone however many years of lessons there are.
    Index("ix_lessons_topic_status", "topic_id", "status"),
    # "All years" of the Lessons list sorted by title: the index hands them over in order.
    Index("ix_lessons_title", "title"),
    CheckConstraint("ends_at > starts_at", name="order"),
    CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
)

lesson_tutors = Table(
    "lesson_tutors",
    metadata,
    Column("lesson_id", ForeignKey("lessons.id", ondelete="CASCADE"), primary_key=True),
    Column("tutor_id", ForeignKey("tutors.id"), primary_key=True, index=True),
)

lesson_schools = Table(
    "lesson_schools",
    metadata,
    Column("lesson_id", ForeignKey("lessons.id", ondelete="CASCADE"), primary_key=True),
    Column("school_id", ForeignKey("schools.id"), primary_key=True, index=True),
)

enrollments = Table(
    "enrollments",
    metadata,
    _id(),
    Column("lesson_id", ForeignKey("lessons.id", ondelete="CASCADE"), nullable=False),
    Column("teacher_id", ForeignKey("teachers.id"), nullable=False, index=True),
    Column("enrolled_at", DateTime, nullable=False),
    Column("status", enum(EnrollmentStatus), nullable=False),
    Column("feedback_score", Integer),
    Column("attendance", enum(Attendance)),
    _text("feedback_comment"),
    Column("promoted_at", DateTime),
    _version(),
    Index("ix_enrollments_lesson_teacher", "lesson_id", "teacher_id", unique=True),
    # Covers the lessons list's seat counts and average feedback per lesson, and the
    # attendance counted per lesson, teacher and school (reports, the dashboard).
    Index("ix_enrollments_lesson_status", "lesson_id", "status", "feedback_score",
          "attendance", "teacher_id"),
    CheckConstraint(
        "feedback_score IS NULL OR (feedback_score BETWEEN 1 AND 5)", name="feedback_score"
    ),
)

visit_requests = Table(
    "visit_requests",
    metadata,
    _id(),
    Column("school_id", ForeignKey("schools.id"), nullable=False, index=True),
    Column("received_on", Date, nullable=False),
    Column("asked_by", enum(AskedBy), nullable=False),
    _text("asked_by_name"),
    Column("purpose", enum(VisitPurpose), nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("teachers_count", Integer),
    _text("description"),
    Column("urgency", enum(Urgency), nullable=False),
    Column("status", enum(RequestStatus), nullable=False, index=True),
    _version(),
)

request_windows = Table(
    "request_windows",
    metadata,
    _id(),
    Column("request_id", ForeignKey("visit_requests.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("starts", String(5), nullable=False),
    Column("ends", String(5), nullable=False),
    _version(),
    CheckConstraint("last_day >= first_day", name="order"),
)

request_topics = Table(
    "request_topics",
    metadata,
    Column("request_id", ForeignKey("visit_requests.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id"), primary_key=True, index=True),
)

visit_series = Table(
    "visit_series",
    metadata,
    _id(),
    Column("rule", String(200), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),
    _version(),
    CheckConstraint("last_day >= first_day", name="order"),
)

visits = Table(
    "visits",
    metadata,
    _id(),
    Column("school_id", ForeignKey("schools.id"), nullable=False, index=True),
    Column("tutor_id", ForeignKey("tutors.id"), nullable=False),
    Column("starts_at", DateTime, nullable=False),
    Column("ends_at", DateTime, nullable=False),
    Column("purpose", enum(VisitPurpose), nullable=False),
    Column("status", enum(VisitStatus), nullable=False),
    Column("teachers_reached", Integer),
    _text("notes"),
    Column("minutes", Integer, nullable=False, default=0, server_default="0"),
    # Columns added by later revisions go last, where the migrations put them.
    Column("request_id", ForeignKey("visit_requests.id"), index=True),
    Column("series_id", ForeignKey("visit_series.id"), index=True),
    _text("override_reason"),
    Column("follow_up", Boolean, nullable=False, default=False, server_default="0"),
    Column("spent_minutes", Integer),
    _version(),
    # Covers the sums of a tutor's hours in a period: read from the index alone.
    Index("ix_visits_tutor_starts", "tutor_id", "starts_at", "status", "minutes"),
    # Questions about a period (Today, the Calendar, the reports) read only its visits,
    # however many years lie behind it; the school and status decide what is counted.
    Index("ix_visits_starts", "starts_at", "status", "school_id"),
    # Booked visits by date: the ones not logged yet are few whatever the years behind.
    Index("ix_visits_status_starts", "status", "starts_at"),
    CheckConstraint("ends_at > starts_at", name="order"),
)

devices = Table(
    "devices",
    metadata,
    _id(),
    Column("asset_tag", String(64), nullable=False, unique=True),
    Column("category", String(100), nullable=False, index=True),
    _text("model"),
    _text("serial_number"),
    Column("purchase_date", Date),
    Column("price", Numeric(10, 2)),
    _text("funding_source"),
    _text("condition"),
    Column("status", enum(DeviceStatus), nullable=False),
    _text("location"),
    Column("content_count", Integer),
    _text("notes"),
    _version(),
)

loans = Table(
    "loans",
    metadata,
    _id(),
    Column("device_id", ForeignKey("devices.id"), nullable=False),
    Column("borrower_kind", enum(BorrowerKind), nullable=False),
    Column("tutor_id", ForeignKey("tutors.id"), index=True),
    Column("teacher_id", ForeignKey("teachers.id"), index=True),
    Column("school_id", ForeignKey("schools.id"), index=True),
    Column("out_on", Date, nullable=False),
    Column("due_on", Date, nullable=False, index=True),
    Column("returned_on", Date),
    _text("condition_out"),
    _text("condition_in"),
    _text("notes"),
    Column("renewals", Integer, nullable=False, default=0, server_default="0"),
    Column("lost_on", Date),
    _version(),
    Index("ix_loans_device_out", "device_id", "out_on"),
    # One open loan per device, held by the database itself: two desks lending the same
    # device at the same moment cannot both succeed (services/loans.py locks the device
    # first, so the loser hears the usual message; this is the last word).
    Index("ux_loans_open_device", "device_id", unique=True,
          sqlite_where=text("returned_on IS NULL AND lost_on IS NULL"),
          postgresql_where=text("returned_on IS NULL AND lost_on IS NULL")),
    # The open loans only, by due date (overdue, due soon): the returned ones of every
    # earlier year are not in it.
    Index("ix_loans_open_due", "due_on",
          sqlite_where=text("returned_on IS NULL AND lost_on IS NULL"),
          postgresql_where=text("returned_on IS NULL AND lost_on IS NULL")),
    CheckConstraint("due_on >= out_on", name="due_order"),
    CheckConstraint("returned_on IS NULL OR returned_on >= out_on", name="return_order"),
    CheckConstraint(
        "(CASE WHEN tutor_id IS NULL THEN 0 ELSE 1 END)"
        " + (CASE WHEN teacher_id IS NULL THEN 0 ELSE 1 END)"
        " + (CASE WHEN school_id IS NULL THEN 0 ELSE 1 END) = 1",
        name="one_borrower",
    ),
)

recruitment_rounds = Table(
    "recruitment_rounds",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("opens", Date, nullable=False),
    Column("closes", Date, nullable=False),
    _text("description"),
    Column("tutors_sought", Integer),
    _version(),
    CheckConstraint("closes >= opens", name="order"),
)

candidates = Table(
    "candidates",
    metadata,
    _id(),
    Column("round_id", ForeignKey("recruitment_rounds.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False, default="", server_default=""),
    Column("teacher_id", ForeignKey("teachers.id"), index=True),
    Column("home_school_id", ForeignKey("schools.id"), nullable=False, index=True),
    _text("motivation"),
    Column("consent", enum(Consent), nullable=False),
    _text("notes"),
    Column("status", enum(RecruitmentStatus), nullable=False),
    _text("decline_reason"),
    Column("tutor_id", ForeignKey("tutors.id"), index=True),
    _text("search_key"),
    _version(),
    _sort_key(),
)

candidate_strengths = Table(
    "candidate_strengths",
    metadata,
    Column("candidate_id", ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id"), primary_key=True, index=True),
)

candidate_steps = Table(
    "candidate_steps",
    metadata,
    _id(),
    Column("candidate_id", ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("from_status", enum(RecruitmentStatus)),
    Column("to_status", enum(RecruitmentStatus), nullable=False),
    Column("moved_on", Date, nullable=False),
    _text("note"),
    _version(),
)

visit_topics = Table(
    "visit_topics",
    metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id"), primary_key=True, index=True),
)

visit_teachers = Table(
    "visit_teachers",
    metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("teacher_id", ForeignKey("teachers.id"), primary_key=True, index=True),
)

app_settings = Table(
    "app_settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

device_categories = Table(
    "device_categories",
    metadata,
    _id(),
    Column("name", String(100), nullable=False, unique=True),
    Column("loan_days", Integer, nullable=False),
    Column("until_agreement_end", Boolean, nullable=False, default=False, server_default="0"),
    _text("description"),
    _version(),
)

reservations = Table(
    "reservations",
    metadata,
    _id(),
    Column("device_id", ForeignKey("devices.id"), nullable=False),
    Column("borrower_kind", enum(BorrowerKind), nullable=False),
    Column("tutor_id", ForeignKey("tutors.id"), index=True),
    Column("teacher_id", ForeignKey("teachers.id"), index=True),
    Column("school_id", ForeignKey("schools.id"), index=True),
    Column("starts", Date, nullable=False),
    Column("ends", Date, nullable=False),
    Column("status", enum(ReservationStatus), nullable=False),
    Column("loan_id", ForeignKey("loans.id")),
    Column("made_on", Date),
    _text("notes"),
    _version(),
    Index("ix_reservations_device_starts", "device_id", "starts"),
    CheckConstraint("ends >= starts", name="order"),
    CheckConstraint(
        "(CASE WHEN tutor_id IS NULL THEN 0 ELSE 1 END)"
        " + (CASE WHEN teacher_id IS NULL THEN 0 ELSE 1 END)"
        " + (CASE WHEN school_id IS NULL THEN 0 ELSE 1 END) = 1",
        name="one_borrower",
    ),
)

audits = Table(
    "audits",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("started_on", Date, nullable=False),
    Column("closed_on", Date),
)

audit_items = Table(
    "audit_items",
    metadata,
    Column("audit_id", ForeignKey("audits.id", ondelete="CASCADE"), primary_key=True),
    Column("device_id", ForeignKey("devices.id"), primary_key=True, index=True),
    Column("seen_on", Date, nullable=False),
)

message_templates = Table(
    "message_templates",
    metadata,
    Column("key", String(100), primary_key=True),  # "announcement", "visit_confirmation", …
    Column("language", String(5), primary_key=True),  # "fi", "sv", "en"
    _text("subject"),
    _text("body"),
)

change_log = Table(
    "change_log",
    metadata,
    _id(),
    Column("at", DateTime, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", Integer, nullable=False),
    Column("action", String(10), nullable=False),  # insert, update, delete
    _text("changes"),  # JSON: {field: [old, new]}, or the whole row of a deleted record
    Column("undone", Boolean, nullable=False, default=False, server_default="0"),
    # Who made the change: the database login on a server, the computer's user name on a
    # laptop ("" for what was recorded before revision 0010).
    Column("login", String(128), nullable=False, server_default=""),
    Index("ix_change_log_row", "table_name", "row_id"),
)

# How many transactions have written each kind of record (a RecordKind value), on a
# shared server: the window compares them every few seconds to see the other
# coordinators' work (storage/changes.py bumps them as each transaction commits).
change_counters = Table(
    "change_counters",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("counter", Integer, nullable=False),
)

# A lesson series (or a single lesson) that ends in a certificate, and what completes it.
trainings = Table(
    "trainings",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("series_id", ForeignKey("lesson_series.id"), unique=True),
    Column("lesson_id", ForeignKey("lessons.id"), unique=True),
    _text("description"),
    Column("min_attendance", Integer, nullable=False),  # per cent of the sessions
    Column("late_counts", Boolean, nullable=False),
    _text("organiser"),  # on the certificate: who organised it
    _text("signer"),  # on the certificate: the coordinator who signs it
    _version(),  # from revision 0015
    # Peer-reviewed assignments: whether completing asks for them, how many peers review
    # each submission and the scale of a review's score (1 to score_max).
    Column("require_submissions", Boolean, nullable=False, default=False,
           server_default="0"),
    Column("require_reviews", Boolean, nullable=False, default=False,
           server_default="0"),
    Column("reviewers", Integer, nullable=False, default=2, server_default="2"),
    Column("score_max", Integer, nullable=False, default=5, server_default="5"),
    Column("earns_level", Integer),  # from revision 0023: the competence level it earns
    CheckConstraint("(series_id IS NULL) <> (lesson_id IS NULL)", name="one_source"),
    CheckConstraint("min_attendance BETWEEN 0 AND 100", name="min_attendance"),
)

# A training's assignments; who handed each in; and who reviews whose work (the pairs
# CoachDesk assigned, each with the review once given).
assignments = Table(
    "assignments",
    metadata,
    _id(),
    Column("training_id", ForeignKey("trainings.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("title", String(200), nullable=False),
    Column("due_on", Date),
    _text("notes"),
)

submissions = Table(
    "submissions",
    metadata,
    Column("assignment_id", ForeignKey("assignments.id", ondelete="CASCADE"),
           primary_key=True),
    Column("teacher_id", ForeignKey("teachers.id"), primary_key=True, index=True),
    Column("handed_in_on", Date, nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    _id(),
    Column("assignment_id", ForeignKey("assignments.id", ondelete="CASCADE"),
           nullable=False),
    Column("reviewer_id", ForeignKey("teachers.id"), nullable=False, index=True),
    Column("author_id", ForeignKey("teachers.id"), nullable=False, index=True),
    Column("done", Boolean, nullable=False, default=False, server_default="0"),
    Column("score", Integer),
    _text("comment"),
    Index("ix_reviews_assignment_pair", "assignment_id", "reviewer_id", "author_id",
          unique=True),
    CheckConstraint("reviewer_id <> author_id", name="not_oneself"),
)

# The register of certificates issued: one per training and teacher, its code for ever
# (issuing again prints the same code); revoking keeps the row and says when and why.
certificates = Table(
    "certificates",
    metadata,
    _id(),
    Column("training_id", ForeignKey("trainings.id"), nullable=False),
    Column("teacher_id", ForeignKey("teachers.id"), nullable=False, index=True),
    Column("code", String(16), nullable=False, unique=True),
    Column("issued_on", Date, nullable=False),
    Column("revoked_on", Date),
    _text("revoke_reason"),
    Index("ix_certificates_training_teacher", "training_id", "teacher_id", unique=True),
)

# Training a teacher did elsewhere (another provider's course), entered by the coordinator
# or imported: part of the teacher's training record (issue 18).
external_trainings = Table(
    "external_trainings",
    metadata,
    _id(),
    Column("teacher_id", ForeignKey("teachers.id"), nullable=False, index=True),
    Column("course", String(200), nullable=False),
    _text("provider"),
    Column("held_on", Date, nullable=False),
    Column("hours", Float, nullable=False),
    _text("notes"),
    CheckConstraint("hours > 0", name="hours"),
)

# Digital-competence levels (issue 18): every assessment of a teacher is a row of its own,
# never overwritten (the latest on the scale in use counts); the targets per school, and
# the city's (school_id NULL), as per cent of the staff at or above each level.
competence_levels = Table(
    "competence_levels",
    metadata,
    _id(),
    Column("teacher_id", ForeignKey("teachers.id"), nullable=False),
    Column("scale", String(16), nullable=False),
    Column("level", Integer, nullable=False),
    Column("assessed_on", Date, nullable=False),
    Column("source", enum(LevelSource), nullable=False),
    _text("note"),
    # A teacher's latest level on a scale: read from the index alone.
    Index("ix_competence_levels_teacher", "teacher_id", "scale", "assessed_on", "id"),
)

competence_targets = Table(
    "competence_targets",
    metadata,
    _id(),
    Column("scale", String(16), nullable=False),
    Column("school_id", ForeignKey("schools.id", ondelete="CASCADE"), index=True),
    Column("level", Integer, nullable=False),
    Column("share", Integer, nullable=False),
    CheckConstraint("share BETWEEN 0 AND 100", name="share"),
)

# Whose personal data was erased, by record kind and id only (nothing that names them), so
# that restoring a copy from before the erase erases them again. No foreign key: a file
# restored from before the person existed keeps the record, so that a newcomer given the
# same id is never taken for them (see coachdesk/services/erasure.py).
erasures = Table(
    "erasures",
    metadata,
    Column("kind", String(10), primary_key=True),  # teacher, tutor
    Column("person_id", Integer, primary_key=True),
    Column("erased_on", Date, nullable=False),
)

# -- grants and costs ------------------------------------------------------------------------
grants = Table(
    "grants",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("name_key", String(200), nullable=False, unique=True),
    _text("funder"),
    _text("decision_number"),
    Column("decision_date", Date),
    Column("starts", Date, nullable=False),
    Column("ends", Date, nullable=False),
    Column("amount", Numeric(12, 2), nullable=False),
    Column("share", Numeric(5, 2), nullable=False),  # per cent of the approved costs
    Column("own_share", Numeric(12, 2), nullable=False),
    Column("values_hours", Boolean, nullable=False, default=True, server_default="1"),
    _text("notes"),
    Column("archived", Boolean, nullable=False, default=False, server_default="0"),
    _version(),  # from revision 0015
    CheckConstraint("ends >= starts", name="order"),
    CheckConstraint("share > 0 AND share <= 100", name="share"),
)

budget_lines = Table(
    "budget_lines",
    metadata,
    _id(),
    Column("grant_id", ForeignKey("grants.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", enum(LineKind), nullable=False),
    Column("language", enum(Language)),  # the language unit it pays for; NULL: every unit
    Column("name", String(200), nullable=False),
    Column("budget", Numeric(12, 2), nullable=False),
    _version(),  # from revision 0015
)

costs = Table(
    "costs",
    metadata,
    _id(),
    Column("line_id", ForeignKey("budget_lines.id"), nullable=False),
    Column("spent_on", Date, nullable=False),
    Column("amount", Numeric(12, 2), nullable=False),
    _text("description"),
    Column("school_id", ForeignKey("schools.id"), index=True),
    Column("device_id", ForeignKey("devices.id"), index=True),
    Column("reference", String(100), nullable=False, default="", server_default=""),
    _version(),  # from revision 0015
    Index("ix_costs_line_spent", "line_id", "spent_on"),
)

# The rows of form exports (sign-ups, cancellations, visit requests) already taken in, so
# that importing the same export again takes no one in twice (issue 24). Only a digest of
# the row's identifying cells is kept: no name or e-mail of a person lives here.
form_rows = Table(
    "form_rows",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("digest", String(64), primary_key=True),
    Column("imported_at", DateTime, nullable=False),
)

# -- a school's ICT situation (issue 24) ----------------------------------------------------
# One per school: the platforms in use (one a line), the network, and when it was last
# looked at and by which tutor (none: the coordinator).
school_situations = Table(
    "school_situations",
    metadata,
    _id(),
    Column("school_id", ForeignKey("schools.id", ondelete="CASCADE"), nullable=False,
           unique=True),
    _text("platforms"),
    _text("network"),
    _text("notes"),
    Column("looked_on", Date, nullable=False),
    Column("tutor_id", ForeignKey("tutors.id", ondelete="SET NULL")),
)

# The pupils' and teachers' devices of a school, by kind and rough age.
school_devices = Table(
    "school_devices",
    metadata,
    _id(),
    Column("school_id", ForeignKey("schools.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("user", enum(DeviceUser), nullable=False),
    Column("kind", enum(DeviceKind), nullable=False),
    Column("age", enum(DeviceAge), nullable=False),
    Column("count", Integer, nullable=False),
    CheckConstraint("count > 0", name="count"),
)

# The needs noticed at a school: when and by whom (no tutor: the coordinator), at which
# visit, what was made of them (a request, a lesson) and the visit that resolved them.
school_needs = Table(
    "school_needs",
    metadata,
    _id(),
    Column("school_id", ForeignKey("schools.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("description", String(300), nullable=False),
    Column("noted_on", Date, nullable=False),
    Column("tutor_id", ForeignKey("tutors.id", ondelete="SET NULL")),
    Column("status", enum(NeedStatus), nullable=False),
    Column("visit_id", ForeignKey("visits.id", ondelete="SET NULL")),
    Column("request_id", ForeignKey("visit_requests.id", ondelete="SET NULL")),
    Column("lesson_id", ForeignKey("lessons.id", ondelete="SET NULL")),
    Column("resolved_on", Date),
    Column("resolved_visit_id", ForeignKey("visits.id", ondelete="SET NULL")),
    Index("ix_school_needs_noted_on", "noted_on"),
)
