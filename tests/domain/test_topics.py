"""Topics of the training catalogue."""

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.topics import Audience, Level, Topic, TopicDraft


def errors_of(topic: Topic) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        topic.check()
    return caught.value.errors


def test_a_valid_topic_is_tidied():
    topic = Topic(name=" Padlet ", description=" Basics ", materials_url=" https://x.fi/p ")
    topic.check()
    assert (topic.name, topic.description, topic.materials_url) == (
        "Padlet", "Basics", "https://x.fi/p"
    )


@pytest.mark.parametrize("url", ["", "http://example.fi", "https://example.fi/a?b=c"])
def test_materials_url_may_be_empty_or_a_web_link(url):
    Topic(name="Padlet", materials_url=url).check()


@pytest.mark.parametrize("url", ["https://", "https://example.fi/my file.pdf", "http:///x"])
def test_materials_url_must_be_whole_and_without_spaces(url):
    assert set(errors_of(Topic(name="Padlet", materials_url=url))) == {"materials_url"}


@pytest.mark.parametrize("url", ["example.fi", "ftp://example.fi", "www.example.fi", "https:/x"])
def test_materials_url_must_be_a_web_link(url):
    assert errors_of(Topic(name="Padlet", materials_url=url)) == {
        "materials_url": "A link starts with http:// or https://."
    }


def test_topic_name_is_required_and_limited():
    assert errors_of(Topic(name=" ")) == {"name": "Name is required."}
    Topic(name="n" * 200).check()
    assert set(errors_of(Topic(name="n" * 201))) == {"name"}


def test_levels_have_distinct_labels():
    assert [level.label for level in Level] == ["Basic", "Intermediate", "Advanced"]


def test_audiences_have_distinct_labels():
    assert [a.label for a in Audience] == ["Preschool", "Primary", "Secondary", "Everyone"]


def test_a_draft_names_every_mistake_at_once():
    TopicDraft("Padlet", level=Level.ADVANCED, audience=Audience.PRIMARY).check()
    with pytest.raises(ValidationError) as caught:
        TopicDraft(" ", level="expert", audience="parents", materials_url="www.x.fi").check()
    assert set(caught.value.errors) == {"name", "level", "audience", "materials_url"}
