"""A school ICT survey's questions recognised by their words in Finnish, Swedish and
English, and its answers read: kinds of devices with their numbers, rough ages, lists."""

from coachdesk.domain.situations import DeviceAge, DeviceKind
from coachdesk.domain.survey import (
    count_said,
    device_age,
    devices_said,
    items_said,
    question_of,
    questions_of,
)


def test_questions_as_the_municipalities_type_them():
    asked = {
        "Completion time": "answered_on", "Aikaleima": "answered_on",
        "Koulu": "school", "Skolans namn": "school",
        "Mitä laitteita oppilailla on käytössä?": "pupils_devices",
        "Kuinka monta oppilaslaitetta koulussa on?": "pupils_count",
        "Kuinka vanhoja oppilaiden laitteet ovat?": "pupils_age",
        "Opettajien laitteet": "teachers_devices",
        "Opettajien laitteiden määrä": "teachers_count",
        "Opettajien laitteiden ikä": "teachers_age",
        "Elevernas enheter": "pupils_devices", "Antal elevenheter": "pupils_count",
        "Elevenheternas ålder": "pupils_age", "Lärarnas datorer": "teachers_devices",
        "Mitä alustoja ja työkaluja käytätte?": "platforms",
        "Plattformar och verktyg": "platforms", "Miten verkko toimii?": "network",
        "Nätverk": "network", "Mihin tarvitsette tukea?": "needs", "Behov": "needs",
        "Support needs": "needs",
    }
    assert {header: question_of(header) for header in asked} == asked
    for left_out in ("ID", "Start time", "Email", "Name", "Sähköposti", None, ""):
        assert question_of(left_out) is None


def test_each_question_at_its_first_column():
    assert questions_of(["ID", "Koulu", "Tarpeet", "Muut tarpeet"]) == {1: "school",
                                                                       2: "needs"}


def test_devices_with_or_without_their_numbers():
    said = devices_said("Chromebook 120; iPad 30 kpl\nKannettava tietokone, 12")
    assert said.kinds == ((DeviceKind.CHROMEBOOK, 120), (DeviceKind.TABLET, 30),
                          (DeviceKind.LAPTOP, 12))
    assert devices_said("Bärbar dator;Surfplatta").kinds == (
        (DeviceKind.LAPTOP, None), (DeviceKind.TABLET, None))
    wrong = devices_said("Chromebook; Commodore 64")
    assert wrong.kinds == ((DeviceKind.CHROMEBOOK, None),)
    assert "“Commodore 64” is not a kind of device" in wrong.problems[0]
    assert devices_said(None) == devices_said("")


def test_rough_ages_as_the_choices_say_them():
    assert device_age("alle 2 vuotta") is DeviceAge.NEW
    assert device_age("Under 2 år") is DeviceAge.NEW
    assert device_age("2–4 vuotta") is DeviceAge.MIDDLE
    assert device_age("5 vuotta tai enemmän") is DeviceAge.OLD
    assert device_age("över 5 år") is DeviceAge.OLD
    assert device_age("En tiedä") is DeviceAge.UNKNOWN
    assert device_age(None) is DeviceAge.UNKNOWN
    assert device_age("sininen") is None


def test_counts_and_lists():
    assert count_said(120.0, "Number") == (120, [])
    assert count_said("", "Number") == (None, [])
    assert count_said("paljon", "Number") == (None, ["Number must be a whole number."])
    assert items_said("Teams;Wilma\n Seppo ;") == ("Teams", "Wilma", "Seppo")
