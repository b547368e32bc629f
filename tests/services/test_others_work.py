"""desk.others: on a shared server, the kinds of records the other coordinators saved
since the last look; never what this desk saved itself; nothing on a laptop's file."""

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.kinds import Changes, RecordKind
from coachdesk.domain.schools import SchoolDraft, TeacherDraft
from coachdesk.services import Desk


def test_the_others_saves_are_heard_and_mine_are_not(pg_desk_url):
    with Desk.open_url(pg_desk_url) as mine, Desk.open_url(pg_desk_url) as theirs:
        assert mine.others.shared
        assert mine.others.poll() == Changes()  # the first look only counts
        school = theirs.schools.add(SchoolDraft(name="Korson koulu", kind="primary",
                                                language="fi"))
        heard = mine.others.poll()
        assert heard.kinds == {RecordKind.SCHOOL}
        assert mine.others.poll() == Changes()  # heard once
        mine.teachers.add(TeacherDraft(name="Opettaja", school_id=school))
        assert mine.others.poll() == Changes()  # my own save is not the others' work
        assert theirs.others.poll() == Changes()  # (its first look)
        mine.teachers.add(TeacherDraft(name="Toinen", school_id=school))
        assert theirs.others.poll().kinds == {RecordKind.TEACHER}


def test_a_file_has_no_others(desk, db_path):  # db_path: the SQLite file only
    assert not desk.others.shared
    assert desk.others.poll() == Changes()


def test_a_server_address_names_no_password_and_asks_for_tls_elsewhere(db_path):
    from coachdesk.services.server import server_address
    from coachdesk.storage.server import server_url

    far = server_address(" db.vantaa.fi ", 5432, "coachdesk", "pia")
    assert far == "postgresql://pia@db.vantaa.fi:5432/coachdesk"
    assert server_url(far).query["sslmode"] == "require"
    assert "sslmode" not in server_url(server_address("localhost", None, "c", "pia")).query
    with pytest.raises(ValidationError) as refused:
        server_address("", 70000, "", "pia")
    assert set(refused.value.errors) == {"host", "port", "database"}
