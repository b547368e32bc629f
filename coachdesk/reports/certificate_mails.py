"""An e-mail draft per teacher with their certificate attached, in the language the
certificate is written in (the template "certificate", editable per language)."""

from coachdesk.domain.formats import format_date_range, format_number
from coachdesk.reports.messages import Attachment, Mail
from coachdesk.services.certificates import Certificate
from coachdesk.services.desk import Desk
from coachdesk.services.templates import CERTIFICATE, LANGUAGES
from coachdesk.services.trainings import TrainingFacts

PDF = ("application", "pdf")


def mail_language(certificate: Certificate, language: str | None = None) -> str:
    """The language asked for, or the teacher's school's (English for another one)."""
    chosen = language or certificate.language
    return chosen if chosen in LANGUAGES else "en"


def certificate_mail(desk: Desk, facts: TrainingFacts, certificate: Certificate,
                     file_name: str, pdf: bytes, language: str | None = None) -> Mail:
    """The draft to the teacher (no addressee when their e-mail is not known) with the
    certificate's PDF attached."""
    dates = (format_date_range(facts.first_day, facts.last_day)
             if facts.first_day and facts.last_day else "")
    to = [(certificate.teacher, certificate.email)] if certificate.email.strip() else []
    mail = Mail("", "", to=to)
    mail.subject, mail.body = desk.templates.render(
        CERTIFICATE, mail_language(certificate, language),
        {"teacher": certificate.teacher, "training": facts.name, "dates": dates,
         "hours": format_number(facts.hours), "code": certificate.code,
         "organiser": facts.organiser, "file_name": file_name})
    mail.attachments.append(Attachment(file_name, pdf, *PDF))
    return mail
