"""desk.templates: the texts of the e-mails CoachDesk drafts, editable per language.

A template has a subject and a body with placeholders in braces, ``{school}``; a
literal brace is written twice, ``{{``. Each kind of message (its *key*) has its own
placeholders. A template the coordinator has not edited comes from ``DEFAULTS`` (in
Finnish, Swedish and English); an edited one is kept in ``message_templates``.
"""

from dataclasses import dataclass
from string import Formatter

from sqlalchemy import delete, insert, select

from coachdesk.domain.characters import newlines, one_line
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.text import tr
from coachdesk.domain.validation import Checker, storable
from coachdesk.storage import tables as t
from coachdesk.storage.database import Database

ANNOUNCEMENT = "announcement"
VISIT_SCHOOL = "visit_confirmation_school"
VISIT_TUTOR = "visit_confirmation_tutor"
REPORT_COVER = "report_cover"
CERTIFICATE = "certificate"
REVIEW_PAIRS = "review_pairs"  # a peer reviewer told whose work to review, and by when
FORM_REPLY = "form_reply"  # to a teacher after their sign-up or cancellation form
KEYS = (ANNOUNCEMENT, VISIT_SCHOOL, VISIT_TUTOR, REPORT_COVER, CERTIFICATE, REVIEW_PAIRS,
        FORM_REPLY)
LANGUAGES = ("fi", "sv", "en")
SUBJECT_MAX, BODY_MAX = 250, 20_000


def key_label(key: str) -> str:
    return {
        ANNOUNCEMENT: tr("Announcement of lessons"),
        VISIT_SCHOOL: tr("Visit confirmation to the school"),
        VISIT_TUTOR: tr("Visit confirmation to the tutor"),
        REPORT_COVER: tr("Cover e-mail of a school report"),
        CERTIFICATE: tr("A teacher's certificate of a training"),
        REVIEW_PAIRS: tr("A peer reviewer's works to review"),
        FORM_REPLY: tr("Reply to a teacher's sign-up or cancellation"),
    }[key]


def language_label(language: str) -> str:
    return {"fi": tr("Finnish"), "sv": tr("Swedish"), "en": tr("English")}[language]


def _visit_places() -> dict[str, str]:
    return {
        "school": tr("the school's name"),
        "tutor": tr("the tutor's name"),
        "tutor_email": tr("the tutor's e-mail address"),
        "date": tr("the visit's date, e.g. 3.9.2026"),
        "weekday": tr("the visit's weekday"),
        "starts": tr("the starting time"),
        "ends": tr("the ending time"),
        "purpose": tr("what the visit is for"),
        "topics": tr("the visit's topics"),
        "notes": tr("the visit's notes"),
    }


def placeholders(key: str) -> dict[str, str]:
    """The placeholders a template of ``key`` may use, with what each one stands for."""
    if key == ANNOUNCEMENT:
        return {
            "lessons": tr("the chosen lessons, one per line: date, time, title, level, place"),
            "count": tr("how many lessons are announced"),
            "first_date": tr("the date of the first lesson"),
            "last_date": tr("the date of the last lesson"),
            "schools": tr("the names of the schools the announcement goes to"),
        }
    if key == VISIT_SCHOOL:
        return {**_visit_places(), "principal": tr("the principal's name")}
    if key == VISIT_TUTOR:
        return {**_visit_places(), "address": tr("the school's address"),
                "principal": tr("the principal's name"),
                "ict_contact": tr("the ICT contact's name and e-mail")}
    if key == REPORT_COVER:
        return {
            "school": tr("the school's name"),
            "principal": tr("the principal's name"),
            "period": tr("the report's period, e.g. 1.8.2026–31.12.2026"),
            "file_name": tr("the name of the attached workbook"),
        }
    if key == CERTIFICATE:
        return {
            "teacher": tr("the teacher's name"),
            "training": tr("the training's name"),
            "dates": tr("the training's dates, e.g. 1.–29.9.2026"),
            "hours": tr("the training's hours"),
            "code": tr("the certificate's verification code"),
            "organiser": tr("the training's organiser"),
            "file_name": tr("the name of the attached certificate"),
        }
    if key == REVIEW_PAIRS:
        return {
            "teacher": tr("the reviewer's name"),
            "training": tr("the training's name"),
            "assignment": tr("the assignment's title"),
            "due": tr("the day the reviews are due, e.g. 15.10.2026"),
            "authors": tr("whose work to review, one per line with their school"),
            "count": tr("how many works to review"),
        }
    if key == FORM_REPLY:
        return {
            "teacher": tr("the teacher's name"),
            "results": tr("each lesson asked for, one per line, with what became of it"),
        }
    raise ValidationError({"key": tr("There is no message template “{key}”.").format(key=key)})


# The default texts are messages to schools in a chosen language, not user-interface
# strings: they are data, and stay as written here whatever the interface language.
DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    (ANNOUNCEMENT, "fi"): (
        "Tutoropettajien koulutuksia {first_date}–{last_date}",
        "Hyvä vastaanottaja,\n\n"
        "tutoropettajat pitävät seuraavat koulutukset ({count} kpl):\n\n"
        "{lessons}\n\n"
        "Ilmoittautuminen: vastaa tähän viestiin ja kerro nimesi, koulusi ja koulutus, "
        "johon haluat osallistua. Paikat täytetään ilmoittautumisjärjestyksessä; "
        "täydestä koulutuksesta pääset jonoon.\n\n"
        "Välitättehän tiedon koulunne opettajille.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (ANNOUNCEMENT, "sv"): (
        "Tutorlärarnas utbildningar {first_date}–{last_date}",
        "Bästa mottagare,\n\n"
        "tutorlärarna håller följande utbildningar ({count} st.):\n\n"
        "{lessons}\n\n"
        "Anmälan: svara på detta meddelande och uppge ditt namn, din skola och den "
        "utbildning du vill delta i. Platserna fylls i anmälningsordning; är utbildningen "
        "full kommer du på kölistan.\n\n"
        "Vänligen vidarebefordra informationen till lärarna på er skola.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (ANNOUNCEMENT, "en"): (
        "Tutor teachers' trainings {first_date}–{last_date}",
        "Dear colleague,\n\n"
        "the tutor teachers hold the following trainings ({count}):\n\n"
        "{lessons}\n\n"
        "To enroll, reply to this message with your name, your school and the training "
        "you wish to attend. Seats are given in the order of enrollment; when a training "
        "is full you join its waitlist.\n\n"
        "Please pass this on to the teachers of your school.\n\n"
        "Best regards\nICT coordinator",
    ),
    (VISIT_SCHOOL, "fi"): (
        "Tutoropettajan käynti: {school} {date}",
        "Hei {principal},\n\n"
        "tutoropettaja {tutor} tulee kouluunne {weekday} {date} klo {starts}–{ends}.\n"
        "Käynnin tarkoitus: {purpose}\nAiheet: {topics}\n{notes}\n\n"
        "Valmistautukaa näin: varatkaa tila ja laitteet, sopikaa osallistuvat opettajat "
        "ja tarkistakaa, että verkkoyhteys ja tunnukset toimivat.\n"
        "Tutoropettajan tavoittaa osoitteesta {tutor_email}.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (VISIT_SCHOOL, "sv"): (
        "Tutorlärarens besök: {school} {date}",
        "Hej {principal},\n\n"
        "tutorläraren {tutor} besöker er skola {weekday} {date} kl. {starts}–{ends}.\n"
        "Besökets syfte: {purpose}\nTeman: {topics}\n{notes}\n\n"
        "Förbered så här: boka rum och utrustning, kom överens om vilka lärare som deltar "
        "och kontrollera att nätet och inloggningarna fungerar.\n"
        "Tutorläraren nås på {tutor_email}.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (VISIT_SCHOOL, "en"): (
        "Tutor visit: {school} {date}",
        "Dear {principal},\n\n"
        "the tutor teacher {tutor} visits your school on {weekday} {date}, "
        "{starts}–{ends}.\n"
        "Purpose: {purpose}\nTopics: {topics}\n{notes}\n\n"
        "Please prepare: book a room and the devices, agree on the teachers taking part "
        "and check that the network and log-ins work.\n"
        "You can reach the tutor at {tutor_email}.\n\n"
        "Best regards\nICT coordinator",
    ),
    (VISIT_TUTOR, "fi"): (
        "Koulukäynti: {school} {date} klo {starts}",
        "Hei {tutor},\n\n"
        "sinulle on varattu koulukäynti:\n"
        "{school}, {address}\n{weekday} {date} klo {starts}–{ends}\n"
        "Tarkoitus: {purpose}\nAiheet: {topics}\n{notes}\n\n"
        "Rehtori: {principal}\nTVT-yhdyshenkilö: {ict_contact}\n\n"
        "Kalenterimerkintä on liitteenä.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (VISIT_TUTOR, "sv"): (
        "Skolbesök: {school} {date} kl. {starts}",
        "Hej {tutor},\n\n"
        "ett skolbesök är bokat för dig:\n"
        "{school}, {address}\n{weekday} {date} kl. {starts}–{ends}\n"
        "Syfte: {purpose}\nTeman: {topics}\n{notes}\n\n"
        "Rektor: {principal}\nIKT-kontaktperson: {ict_contact}\n\n"
        "Kalenderposten finns som bilaga.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (VISIT_TUTOR, "en"): (
        "School visit: {school} {date} at {starts}",
        "Hi {tutor},\n\n"
        "a school visit is booked for you:\n"
        "{school}, {address}\n{weekday} {date}, {starts}–{ends}\n"
        "Purpose: {purpose}\nTopics: {topics}\n{notes}\n\n"
        "Principal: {principal}\nICT contact: {ict_contact}\n\n"
        "The calendar entry is attached.\n\n"
        "Best regards\nICT coordinator",
    ),
    (REPORT_COVER, "fi"): (
        "Tutoroinnin raportti: {school} {period}",
        "Hei {principal},\n\n"
        "liitteenä on koulunne tutoroinnin raportti ajalta {period} ({file_name}): "
        "tutoropettajien käynnit, koulutuksiin osallistuneet opettajat, lainatut laitteet "
        "ja avoimet pyynnöt.\n\n"
        "Vastaan mielelläni kysymyksiin.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (REPORT_COVER, "sv"): (
        "Tutorrapport: {school} {period}",
        "Hej {principal},\n\n"
        "bifogat finns er skolas tutorrapport för perioden {period} ({file_name}): "
        "tutorlärarnas besök, lärare som deltagit i utbildningar, utlånade apparater och "
        "öppna förfrågningar.\n\n"
        "Jag svarar gärna på frågor.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (REPORT_COVER, "en"): (
        "Tutoring report: {school} {period}",
        "Dear {principal},\n\n"
        "attached is your school's tutoring report for {period} ({file_name}): the tutor "
        "teachers' visits, the teachers who attended trainings, the devices on loan and "
        "the open requests.\n\n"
        "I am happy to answer any questions.\n\n"
        "Best regards\nICT coordinator",
    ),
    (CERTIFICATE, "fi"): (
        "Osallistumistodistus: {training}",
        "Hei {teacher},\n\n"
        "kiitos osallistumisesta koulutukseen {training} ({dates}, {hours} h). Liitteenä "
        "on osallistumistodistuksesi ({file_name}).\n\n"
        "Todistuksen tarkistuskoodi on {code}: sillä järjestäjä voi vahvistaa, että "
        "todistus on aito.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (CERTIFICATE, "sv"): (
        "Deltagarintyg: {training}",
        "Hej {teacher},\n\n"
        "tack för att du deltog i utbildningen {training} ({dates}, {hours} h). Bifogat "
        "finns ditt deltagarintyg ({file_name}).\n\n"
        "Intygets verifieringskod är {code}: med den kan arrangören bekräfta att intyget "
        "är äkta.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (CERTIFICATE, "en"): (
        "Certificate of participation: {training}",
        "Dear {teacher},\n\n"
        "thank you for taking part in the training {training} ({dates}, {hours} h). "
        "Attached is your certificate of participation ({file_name}).\n\n"
        "Its verification code is {code}: with it the organiser can confirm that the "
        "certificate is genuine.\n\n"
        "Best regards\nICT coordinator",
    ),
    (REVIEW_PAIRS, "fi"): (
        "Vertaisarviointi: {assignment}",
        "Hei {teacher},\n\n"
        "koulutuksen {training} tehtävästä {assignment} arvioit seuraavien osallistujien "
        "työt ({count} kpl):\n\n"
        "{authors}\n\n"
        "Anna arviointisi viimeistään {due}.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (REVIEW_PAIRS, "sv"): (
        "Kamratbedömning: {assignment}",
        "Hej {teacher},\n\n"
        "i uppgiften {assignment} i utbildningen {training} bedömer du följande deltagares "
        "arbeten ({count} st.):\n\n"
        "{authors}\n\n"
        "Ge din bedömning senast {due}.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (REVIEW_PAIRS, "en"): (
        "Peer review: {assignment}",
        "Dear {teacher},\n\n"
        "for the assignment {assignment} of the training {training} you review the work "
        "of these participants ({count}):\n\n"
        "{authors}\n\n"
        "Please give your reviews by {due}.\n\n"
        "Best regards\nICT coordinator",
    ),
    (FORM_REPLY, "fi"): (
        "Ilmoittautumisesi tutoropettajien koulutuksiin",
        "Hei {teacher},\n\n"
        "kiitos ilmoittautumisestasi. Näin se on käsitelty:\n\n"
        "{results}\n\n"
        "Jos paikka vapautuu jonosta, saat siitä tiedon. Voit perua ilmoittautumisesi "
        "samalla tavalla kuin ilmoittauduit.\n\n"
        "Ystävällisin terveisin\nTVT-koordinaattori",
    ),
    (FORM_REPLY, "sv"): (
        "Din anmälan till tutorlärarnas utbildningar",
        "Hej {teacher},\n\n"
        "tack för din anmälan. Så här har den behandlats:\n\n"
        "{results}\n\n"
        "Om en plats blir ledig från kön får du veta det. Du kan avanmäla dig på samma "
        "sätt som du anmälde dig.\n\n"
        "Med vänliga hälsningar\nIKT-koordinatorn",
    ),
    (FORM_REPLY, "en"): (
        "Your sign-up for the tutor teachers' lessons",
        "Dear {teacher},\n\n"
        "thank you for signing up. This is what became of it:\n\n"
        "{results}\n\n"
        "If a seat frees up while you wait, you will hear from us. You can cancel the same "
        "way you signed up.\n\n"
        "Best regards\nICT coordinator",
    ),
}


@dataclass(frozen=True)
class Template:
    key: str
    language: str
    subject: str
    body: str
    is_default: bool


@dataclass(frozen=True)
class TemplateText:
    """An edited template to keep: the message (``key``), its language and its text."""

    key: str
    language: str
    subject: str
    body: str

    def tidied(self) -> "TemplateText":
        """The text as it is kept: composed, the subject stripped, the body's line breaks
        as \\n without blank lines around it."""
        return TemplateText(self.key, self.language, storable(self.subject).strip(),
                            newlines(storable(self.body)).strip("\n"))

    def check(self) -> None:
        """Raise ValidationError naming every unknown placeholder or broken brace."""
        check_key(self.key, self.language)
        tidy = self.tidied()
        check_text(tidy.key, tidy.subject, tidy.body)


def fields_in(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order; raises ValueError when the
    braces do not pair up or a placeholder is not a plain name."""
    names = []
    for _literal, name, spec, conversion in Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(name)
        names.append(name)
    return names


def check_text(key: str, subject: str, body: str) -> None:
    """Raise ValidationError naming each unknown placeholder or broken brace."""
    known = placeholders(key)
    errors: dict[str, str] = {}
    for field, text, label in (("subject", subject, tr("Subject")),
                               ("body", body, tr("Text"))):
        try:
            used = fields_in(text)
        except ValueError as exc:
            bad = str(exc)
            errors[field] = (tr("{label}: “{{{name}}}” is not a placeholder. Use one of the "
                                "names listed, in braces, or write a brace twice ({{{{ or "
                                "}}}}) to show it.").format(label=label, name=bad) if bad
                             else tr("{label}: a brace is not closed. Write placeholders as "
                                     "{{school}}, and a brace itself twice ({{{{ or }}}})."
                                     ).format(label=label))
            continue
        unknown = [n for n in dict.fromkeys(used) if n not in known]
        if unknown:
            errors[field] = tr("{label}: unknown placeholder {names}. You can use: "
                               "{known}.").format(
                label=label, names=", ".join("{" + n + "}" for n in unknown),
                known=", ".join("{" + n + "}" for n in known))
    lines = Checker()
    lines.single_line("subject", subject, tr("Subject"))
    lines.multi_line("body", body, tr("Text"))
    if "subject" in lines.errors:
        errors["subject"] = lines.errors["subject"]
    elif not subject.strip():
        errors["subject"] = tr("Give the subject.")
    elif len(subject) > SUBJECT_MAX:
        errors["subject"] = tr("The subject is longer than {n} characters.").format(
            n=SUBJECT_MAX)
    if "body" in lines.errors:
        errors.setdefault("body", lines.errors["body"])
    elif not body.strip():
        errors.setdefault("body", tr("Give the text of the message."))
    elif len(body) > BODY_MAX:
        errors.setdefault("body", tr("The text is longer than {n} characters.").format(
            n=BODY_MAX))
    if errors:
        raise ValidationError(errors)


def check_key(key: str, language: str) -> None:
    """Refuse a message or a language CoachDesk has no template for."""
    if key not in KEYS:
        raise ValidationError({"key": tr("There is no message template “{key}”.").format(
            key=key)})
    if language not in LANGUAGES:
        raise ValidationError({"language": tr(
            "Messages are written in Finnish (fi), Swedish (sv) or English (en), not "
            "“{language}”.").format(language=language)})


def fill(key: str, subject: str, body: str, values: dict[str, object]) -> tuple[str, str]:
    """The subject and body with the placeholders filled; ValidationError names the
    values that are missing."""
    check_text(key, subject, body)
    used = dict.fromkeys(fields_in(subject) + fields_in(body))
    missing = [n for n in used if n not in values or values[n] is None]
    if missing:
        raise ValidationError({"values": tr(
            "The message needs {names}: fill them in and try again.").format(
            names=", ".join(f"{{{n}}} ({placeholders(key)[n]})" for n in missing))})
    text_values = {n: str(values[n]) for n in used}
    # A value may come from an old record with a line break in a name: a subject stays one line.
    return one_line(subject.format(**text_values)).strip(), body.format(**text_values)


class TemplateService:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, language: str) -> Template:
        """The stored template, or the default one when it was never edited."""
        check_key(key, language)
        c = t.message_templates.c
        with self.db.reading() as conn:
            row = conn.execute(select(c.subject, c.body)
                               .where(c.key == key, c.language == language)).first()
        if row is not None:
            return Template(key, language, row.subject, row.body, False)
        subject, body = DEFAULTS[(key, language)]
        return Template(key, language, subject, body, True)

    def default(self, key: str, language: str) -> Template:
        check_key(key, language)
        subject, body = DEFAULTS[(key, language)]
        return Template(key, language, subject, body, True)

    def save(self, text: TemplateText) -> None:
        """Keep an edited template; ValidationError names every unknown placeholder."""
        text.check()
        text = text.tidied()
        c = t.message_templates.c
        with self.db.transaction() as s:
            s.execute(delete(t.message_templates).where(c.key == text.key,
                                                        c.language == text.language))
            s.execute(insert(t.message_templates).values(
                key=text.key, language=text.language, subject=text.subject, body=text.body))

    def reset(self, key: str, language: str) -> None:
        """Go back to the default text."""
        check_key(key, language)
        c = t.message_templates.c
        with self.db.transaction() as s:
            s.execute(delete(t.message_templates).where(c.key == key, c.language == language))

    def render(self, key: str, language: str, values: dict[str, object]) -> tuple[str, str]:
        """(subject, body) of the message with ``values`` filled in."""
        template = self.get(key, language)
        return fill(key, template.subject, template.body, values)

