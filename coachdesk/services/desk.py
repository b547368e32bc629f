"""The Desk: the one entry to all data, in the spirit of Anki's ``Collection``."""

from pathlib import Path

from coachdesk.services.assignments import AssignmentService
from coachdesk.services.audits import AuditService
from coachdesk.services.certificates import CertificateService
from coachdesk.services.changes import OthersWork
from coachdesk.services.costs import CostService
from coachdesk.services.dashboard import DashboardService
from coachdesk.services.devices import DeviceService
from coachdesk.services.enrollments import EnrollmentService
from coachdesk.services.follow_up import FollowUpService
from coachdesk.services.forms import FormService
from coachdesk.services.grant_report import GrantReportService
from coachdesk.services.grants import GrantService
from coachdesk.services.history import HistoryService
from coachdesk.services.imports import ImportService
from coachdesk.services.lessons import LessonService
from coachdesk.services.levels import LevelService
from coachdesk.services.loans import LoanService
from coachdesk.services.offer import OfferService
from coachdesk.services.outbox import Outbox
from coachdesk.services.privacy import PrivacyService
from coachdesk.services.recruitment import RecruitmentService
from coachdesk.services.report_data import ReportDataService
from coachdesk.services.requests import RequestService
from coachdesk.services.school_years import SchoolYearService
from coachdesk.services.schools import SchoolService
from coachdesk.services.settings import SettingsService
from coachdesk.services.situations import SituationService
from coachdesk.services.teachers import TeacherService
from coachdesk.services.templates import TemplateService
from coachdesk.services.topics import TopicService
from coachdesk.services.training_record import TrainingRecordService
from coachdesk.services.trainings import TrainingService
from coachdesk.services.tutors import TutorService
from coachdesk.services.valued_hours import ValuedHoursService
from coachdesk.services.versions import VersionService
from coachdesk.services.visits import VisitService
from coachdesk.storage.database import Database


class Desk:
    def __init__(self, db: Database):
        self.db = db
        self.schools = SchoolService(db)
        self.teachers = TeacherService(db)
        self.topics = TopicService(db)
        self.school_years = SchoolYearService(db)
        self.tutors = TutorService(db, self.school_years)
        self.recruitment = RecruitmentService(db, self.tutors)
        self.enrollments = EnrollmentService(db)
        self.settings = SettingsService(db)
        self.lessons = LessonService(db, self.school_years, self.settings)
        self.visits = VisitService(db, self.school_years, self.settings)
        self.requests = RequestService(db, self.visits)
        self.devices = DeviceService(db)
        self.loans = LoanService(db, self.devices)
        self.audits = AuditService(db, self.devices)
        self.imports = ImportService(db)
        self.forms = FormService(db, self.enrollments, self.requests)  # form exports
        self.reports = ReportDataService(db)
        self.history = HistoryService(db)
        self.templates = TemplateService(db)
        self.outbox = Outbox(db)  # what calendars and e-mail drafts read
        self.offer = OfferService(db, self.outbox)
        self.versions = VersionService(db)
        self.others = OthersWork(db)  # the other coordinators' work, on a server
        self.trainings = TrainingService(db)
        self.certificates = CertificateService(db, self.trainings)
        self.assignments = AssignmentService(db)
        self.training_record = TrainingRecordService(db, self.trainings)
        self.privacy = PrivacyService(db, self.training_record)
        self.grants = GrantService(db)
        self.costs = CostService(db)
        self.valued_hours = ValuedHoursService(db)
        self.follow_up = FollowUpService(db, self.valued_hours)
        self.dashboard = DashboardService(db, self.follow_up)
        self.grant_report = GrantReportService(db, self.follow_up)
        self.situations = SituationService(db)  # each school's ICT situation and needs
        self.levels = LevelService(db)

    @classmethod
    def open(cls, path: Path | str, create: bool = True, daily_backup: bool = True) -> "Desk":
        """The file at ``path``, created or upgraded as needed (``create=False``: an
        existing file at the current version only; ``daily_backup=False``: the day's copy
        left to the caller; see Database.open)."""
        return cls(Database.open(path, create=create, daily_backup=daily_backup))

    @classmethod
    def open_for_reading(cls, path: Path | str) -> "Desk":
        """An existing CoachDesk file opened for reports and checks: nothing is created,
        upgraded or written, and a file in a read-only folder can be read."""
        return cls(Database.open_for_reading(path))

    @classmethod
    def open_url(cls, url: str) -> "Desk":
        return cls(Database.open_url(url))

    def twin(self) -> "Desk":
        """A Desk on the same open database for another thread: no second check, backup
        or upgrade of the file (every service call opens its own session anyway)."""
        return Desk(self.db)

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def label(self) -> str:
        return self.db.label

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
