"""desk.templates: defaults in three languages, edited texts kept in the database,
placeholders checked on saving and filled on rendering with clear errors."""

import pytest
from sqlalchemy import func, select

from coachdesk.domain.errors import ValidationError
from coachdesk.services.templates import (
    ANNOUNCEMENT,
    DEFAULTS,
    KEYS,
    LANGUAGES,
    REPORT_COVER,
    VISIT_SCHOOL,
    TemplateText,
    fields_in,
    placeholders,
)
from coachdesk.storage import tables as t


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def stored(desk) -> int:
    with desk.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.message_templates))


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_default_exists_and_uses_only_its_placeholders(desk, key, language):
    template = desk.templates.get(key, language)
    assert template.is_default
    assert (template.subject, template.body) == DEFAULTS[(key, language)]
    used = set(fields_in(template.subject) + fields_in(template.body))
    assert used <= set(placeholders(key))
    values = {name: f"<{name}>" for name in placeholders(key)}
    subject, body = desk.templates.render(key, language, values)
    assert "{" not in subject + body


def test_the_defaults_speak_the_language(desk):
    assert "Hei" in desk.templates.get(REPORT_COVER, "fi").body
    assert "Hej" in desk.templates.get(REPORT_COVER, "sv").body
    assert "Dear" in desk.templates.get(REPORT_COVER, "en").body


def test_save_keeps_an_edited_template_and_reset_brings_the_default_back(desk):
    desk.templates.save(TemplateText(REPORT_COVER, "fi", " Raportti: {school} ",
                        "Hei {principal}!\r\nLiitteenä {file_name}.\n"))
    template = desk.templates.get(REPORT_COVER, "fi")
    assert not template.is_default
    assert template.subject == "Raportti: {school}"
    assert template.body == "Hei {principal}!\nLiitteenä {file_name}."
    assert desk.templates.get(REPORT_COVER, "sv").is_default  # other languages untouched
    desk.templates.save(TemplateText(REPORT_COVER, "fi", "Toinen {school}", "Teksti"))  # replaces
    assert stored(desk) == 1
    assert desk.templates.render(REPORT_COVER, "fi", {"school": "Korso"}) == (
        "Toinen Korso", "Teksti")
    desk.templates.reset(REPORT_COVER, "fi")
    assert desk.templates.get(REPORT_COVER, "fi").is_default
    assert stored(desk) == 0


def test_an_unknown_placeholder_is_named_and_nothing_is_saved(desk):
    errors = errors_of(desk.templates.save, TemplateText(VISIT_SCHOOL, "en", "Visit {schol}",
                       "Dear {principal}, {tutor} comes on {dat} and {dat}."))
    assert "{schol}" in errors["subject"]
    assert "{dat}" in errors["body"] and errors["body"].count("{dat}") == 1
    assert "{school}" in errors["body"]  # the names that can be used are listed
    assert stored(desk) == 0


@pytest.mark.parametrize("body, expected", [
    ("Hello {school", "brace"),
    ("Hello {school.name}", "{school.name}"),
    ("Hello {school!r}", "{school}"),
    ("Hello {0}", "{0}"),
    ("Hello {}", "brace"),
])
def test_broken_placeholders_are_refused(desk, body, expected):
    errors = errors_of(desk.templates.save, TemplateText(REPORT_COVER, "en", "Report", body))
    assert expected in errors["body"]


def test_doubled_braces_are_text(desk):
    desk.templates.save(TemplateText(REPORT_COVER, "en", "Report {school}", "Braces {{like this}}"))
    assert desk.templates.render(REPORT_COVER, "en", {"school": "Korso"})[1] == (
        "Braces {like this}")


@pytest.mark.parametrize("subject, body, field", [
    ("", "text", "subject"),
    ("two\nlines", "text", "subject"),
    ("x" * 251, "text", "subject"),
    ("Report", "   ", "body"),
])
def test_subject_and_body_are_checked(desk, subject, body, field):
    assert field in errors_of(desk.templates.save, TemplateText(REPORT_COVER, "en", subject, body))


def test_unknown_keys_and_languages(desk):
    assert "key" in errors_of(desk.templates.get, "newsletter", "fi")
    assert "“de”" in errors_of(desk.templates.get, ANNOUNCEMENT, "de")["language"]


def test_render_names_the_missing_values(desk):
    errors = errors_of(desk.templates.render, REPORT_COVER, "fi",
                       {"school": "Korso", "period": None})
    message = errors["values"]
    assert "{principal}" in message and "{period}" in message and "{file_name}" in message
    assert "{school}" not in message
