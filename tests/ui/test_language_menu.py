"""File ▸ Language remembers the window's language for the next start."""

from coachdesk import i18n
from coachdesk.ui.language_menu import choose


def _actions(window):
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "language_menu")
    return {action.text(): action for action in menu.actions()}


def test_the_languages_are_named_in_themselves_and_the_system_is_first(window):
    texts = list(_actions(window))
    assert texts[1:] == ["Suomi", "Svenska", "English"]
    assert texts[0].startswith("The system's (")


def test_a_choice_is_remembered_and_said_to_take_effect_next_time(window, answers,
                                                                  monkeypatch):
    said = []
    monkeypatch.setattr("coachdesk.ui.messages.inform",
                        lambda parent, title, text: said.append(text))
    _actions(window)["Svenska"].trigger()
    assert i18n.saved_language() == "sv"
    assert i18n.choose_language(None) == "sv"  # what the next start chooses
    assert said == ["CoachDesk will speak Svenska from the next time it starts."]
    monkeypatch.setenv(i18n.ENVIRONMENT, "fi")
    assert i18n.choose_language(None) == "fi"  # COACHDESK_LANG comes first
    assert i18n.choose_language("en") == "en"  # and --lang before it
    choose(window, None)
    assert i18n.saved_language() is None
