"""What the demo writes in words, one :class:`Words` per language."""

from dataclasses import dataclass

from coachdesk.domain.visits import VisitPurpose


@dataclass(frozen=True)
class Words:
    # Teachers' subjects: the class teacher of grades 1–6, the special education teacher
    # and the preschool teacher; subject teachers teach one or two of ``subjects``.
    class_teacher: str
    special_education: str
    early_childhood: str
    subjects: list[str]
    # Training topics by key (see names.TOPICS): (name, description).
    topics: dict[str, tuple[str, str]]
    title_endings: list[str]  # a lesson's title is a topic's name and one of these
    network_meeting: str  # the title of the tutors' monthly meeting
    organiser: str  # who organises the trainings, on their certificates
    signer: str  # the coordinator who signs the certificates
    rooms: list[str]
    venues: list[str]
    categories: dict[str, str]  # device categories by key (see names.DEVICES)
    models: dict[str, str]  # the English model name → this language's, where it differs
    funding: list[str]
    conditions: list[str]
    storage: list[str]
    lost_note: str
    repair_note: str
    retired_note: str
    damaged_return_note: str
    stock_take: str  # {year}
    visit_notes: list[str]
    feedback: list[str]
    requests: dict[VisitPurpose, str]  # what a school asks for, by the visit's purpose
    year_round: str  # {first}, {last}: the spring call for the coming school year
    year_round_about: str
    extra_round: str
    extra_round_about: str
    motivations: list[str]
    decline_reasons: list[str]

    def model(self, english: str) -> str:
        return self.models.get(english, english)

