"""desk.certificates: the register of certificates issued, and checking a code.

Every teacher who completed a training gets one certificate of it, with a verification
code of its own (:mod:`coachdesk.domain.verification`). Issuing again (a lost paper, a
second printing) gives the same certificate with the same code; a revoked certificate
stays in the register with the day and the reason, and a check of its code says so.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from coachdesk.domain.errors import NotFound, ValidationError
from coachdesk.domain.formats import format_date, format_date_range, format_number
from coachdesk.domain.text import tr
from coachdesk.domain.training import CompletionStatus
from coachdesk.domain.validation import Checker, clean_text, storable
from coachdesk.domain.verification import new_code, read_code
from coachdesk.services.levels import earn_levels
from coachdesk.services.trainings import TrainingFacts, TrainingService
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

REASON_MAX = 1_000
_TRIES = 5  # fresh codes tried when one is taken (with 2^45 codes, never in practice)


@dataclass(frozen=True)
class Certificate:
    id: int
    code: str
    training_id: int
    teacher_id: int
    teacher: str
    email: str
    school: str
    language: str  # the teaching language of the teacher's school: what it is written in
    issued_on: date
    revoked_on: date | None
    revoke_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


class Check(StrEnum):
    """What a code checked turned out to be."""

    GENUINE = "genuine"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # a well-formed code that no certificate of this register has
    MISTYPED = "mistyped"  # cannot be a code at all (its check character is wrong)


@dataclass(frozen=True)
class Verification:
    check: Check
    code: str  # as read, or as typed when it cannot be a code
    certificate: Certificate | None = None
    training: TrainingFacts | None = None

    @property
    def genuine(self) -> bool:
        return self.check is Check.GENUINE

    def text(self) -> str:
        """What the check found, in the language spoken, in one or two sentences."""
        if self.check is Check.MISTYPED:
            return tr("“{code}” is not a certificate code: check the characters typed "
                      "(a code is ten letters and digits, such as 7KQ2M-X94RD).").format(
                code=self.code)
        if self.check is Check.UNKNOWN:
            return tr("No certificate with the code {code} has been issued: the "
                      "certificate is not genuine.").format(code=self.code)
        cert, training = self.certificate, self.training
        assert cert is not None and training is not None  # a code found in the register
        dates = (format_date_range(training.first_day, training.last_day)
                 if training.first_day and training.last_day else "—")
        what = tr("{code} certifies that {teacher} ({school}) completed “{training}”, "
                  "{hours} h, {dates}; issued on {issued}.").format(
            code=self.code, teacher=cert.teacher, school=cert.school,
            training=training.name, hours=format_number(training.hours),
            dates=dates, issued=format_date(cert.issued_on))
        if self.check is Check.REVOKED and cert.revoked_on is not None:
            return tr("Revoked on {day}: the certificate is no longer valid.").format(
                day=format_date(cert.revoked_on)) + " " + what
        return tr("Genuine.") + " " + what


class CertificateService:
    def __init__(self, db: Database, trainings: TrainingService):
        self.db = db
        self.trainings = trainings

    def issue(self, training_id: int, today: date | None = None,
              now: datetime | None = None) -> list[Certificate]:
        """A certificate for every teacher who has completed the training, new ones with
        a fresh code and ``issued_on = today``; those issued before come back unchanged
        (the same code), also to a teacher whose attendance was corrected since. Revoked
        ones are left out. Refused when no one has completed."""
        today = today or date.today()
        done = [p.teacher_id for p in self.trainings.participants(training_id, now)
                if p.status is CompletionStatus.COMPLETED]
        if not done:
            raise ValidationError({"training": tr(
                "No teacher has completed this training yet: there is no certificate to "
                "issue.")})
        c = t.certificates.c
        with self.db.transaction() as s:
            have = set(s.scalars(select(c.teacher_id).where(c.training_id == training_id)))
            new = [teacher for teacher in done if teacher not in have]
            for teacher in new:
                self._insert(s, training_id, teacher, today)
            earn_levels(s.connection(), training_id, new, today)  # if the training earns one
        return [x for x in self.of_training(training_id) if not x.revoked]

    def of_training(self, training_id: int) -> list[Certificate]:
        """Every certificate of the training in the register, revoked ones too, by name."""
        return self._read(t.certificates.c.training_id == training_id)

    def get(self, certificate_id: int) -> Certificate | None:
        found = self._read(t.certificates.c.id == certificate_id)
        return found[0] if found else None

    def find(self, code: str) -> Certificate | None:
        found = self._read(t.certificates.c.code == code)
        return found[0] if found else None

    def revoke(self, code: str, reason: str, today: date | None = None) -> None:
        """Mark a certificate revoked (it stays in the register); a reason is required."""
        reason = clean_text(reason)
        checker = Checker()
        checker.required("reason", reason, tr("Reason"))
        checker.multi_line("reason", reason, tr("Reason"))
        checker.max_length("reason", reason, REASON_MAX, tr("Reason"))
        checker.raise_if_any()
        read = read_code(code)
        c = t.certificates.c
        with self.db.transaction() as s:
            row = s.execute(select(c.id, c.revoked_on).where(c.code == read)).first() \
                if read else None
            if row is None:
                raise NotFound(tr("No certificate has the code {code}.").format(code=code))
            if row.revoked_on is not None:
                raise ValidationError({"reason": tr("The certificate is already revoked.")})
            s.execute(t.certificates.update().where(c.id == row.id).values(
                revoked_on=today or date.today(), revoke_reason=storable(reason)))

    def verify(self, typed: str) -> Verification:
        """Whether ``typed`` (any case, dashes and spaces anywhere) is the code of a
        certificate in the register, and what it certifies."""
        code = read_code(typed)
        if code is None:
            return Verification(Check.MISTYPED, (typed or "").strip())
        cert = self.find(code)
        if cert is None:
            return Verification(Check.UNKNOWN, code)
        return Verification(Check.REVOKED if cert.revoked else Check.GENUINE, code, cert,
                            self.trainings.facts(cert.training_id))

    # -- inside ---------------------------------------------------------------------------
    @staticmethod
    def _insert(s, training_id: int, teacher_id: int, today: date) -> None:
        for _ in range(_TRIES):
            try:
                with s.begin_nested():
                    s.execute(t.certificates.insert().values(
                        training_id=training_id, teacher_id=teacher_id, code=new_code(),
                        issued_on=today))
                return
            except IntegrityError:
                c = t.certificates.c
                if s.scalar(select(c.id).where(c.training_id == training_id,
                                               c.teacher_id == teacher_id)) is not None:
                    return  # another desk issued it meanwhile
                # else the code was taken: another one
        raise RuntimeError("no free certificate code found")

    def _read(self, where) -> list[Certificate]:
        c, tc, sc = t.certificates.c, t.teachers.c, t.schools.c
        query = (select(c.id, c.code, c.training_id, c.teacher_id, tc.name, tc.email,
                        sc.name, sc.language, c.issued_on, c.revoked_on, c.revoke_reason)
                 .select_from(t.certificates.join(t.teachers, c.teacher_id == tc.id)
                              .join(t.schools, tc.school_id == sc.id))
                 .where(where).order_by(tc.search_key, c.id))
        with self.db.reading() as conn:
            return [Certificate(*row[:7], row[7].value, *row[8:]) for row in conn.execute(query)]
