"""text in composed form (NFC)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 09:00:00

Names, e-mail addresses and every other text a user typed are rewritten in Unicode's
composed form (NFC), as CoachDesk stores them from now on: "Håkansböle skola" pasted
from a Mac (decomposed, NFD: "a" and a combining ring) and the same name typed on
Windows become one name. The folded look-up keys (``schools.name_key`` and the
``search_key`` columns) are computed again from the composed text, as the services keep
them. The change log keeps the text as it was recorded.

Duplicates: two rows that become equal where the schema wants them unique (two schools
whose names differ only in their normal form, two such devices' asset tags, device
categories or school years) are both kept. Nothing is merged or dropped and the upgrade
does not fail: the row whose text was already composed keeps it (when both change, the
one added first), and the other gets " (2)" after its name ("Håkansböle skola (2)"), so
that the coordinator sees the pair in the list and can merge or archive one of them. A
renamed device category takes its devices with it.

Downgrading leaves the text composed: an older CoachDesk reads it as it is.
"""
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# The text columns a user fills in, per table (ids, codes and dates need nothing).
TEXT = {
    'device_categories': ('name', 'description'),  # first: devices follow its renames
    'schools': ('name', 'address', 'principal_name', 'principal_email', 'ict_contact_name',
                'ict_contact_email', 'notes'),
    'teachers': ('name', 'email', 'subjects', 'notes'),
    'topics': ('name', 'description', 'materials_url'),
    'tutors': ('name', 'email', 'notes'),
    'school_years': ('name',),
    'terms': ('name',),
    'breaks': ('name',),
    'lessons': ('title', 'room', 'venue', 'online_url', 'notes', 'feedback_summary',
                'override_reason'),
    'enrollments': ('feedback_comment',),
    'visit_requests': ('asked_by_name', 'description'),
    'visits': ('notes', 'override_reason'),
    'devices': ('asset_tag', 'category', 'model', 'serial_number', 'funding_source',
                'condition', 'location', 'notes'),
    'loans': ('condition_out', 'condition_in', 'notes'),
    'reservations': ('notes',),
    'recruitment_rounds': ('name', 'description'),
    'candidates': ('name', 'email', 'motivation', 'notes', 'decline_reason'),
    'candidate_steps': ('note',),
    'audits': ('name',),
}
# Folded keys: the key column and the columns it is made from, as the entities' check().
KEYS = {
    'schools': {'name_key': ('name',),
                'search_key': ('name', 'address', 'principal_name', 'ict_contact_name')},
    'teachers': {'search_key': ('name', 'email', 'subjects')},
    'tutors': {'search_key': ('name', 'email')},
    'candidates': {'search_key': ('name', 'email')},
}
# The unique column, the column renamed to keep it unique, and that column's length.
UNIQUE = {
    'schools': ('name_key', 'name', 200),
    'devices': ('asset_tag', 'asset_tag', 64),
    'device_categories': ('name', 'name', 100),
    'school_years': ('name', 'name', 50),
}


def _nfc(value):
    return unicodedata.normalize('NFC', value) if isinstance(value, str) else value


def _key(*parts) -> str:
    """The folded text the look-ups compare, as ``domain.text.search_key`` makes it."""
    return " ".join(_nfc(_nfc(p).casefold()).strip() for p in parts if p)


def upgrade() -> None:
    categories = _rewrite('device_categories')
    for name in TEXT:
        if name != 'device_categories':
            _rewrite(name, categories)
    _rewrite_templates()


def _rewrite(name: str, categories: dict | None = None) -> dict:
    """Compose one table's text and fold its keys again; returns {old: new} of the
    renamed column of a table with a unique one (device categories for the devices)."""
    columns, keys = TEXT[name], KEYS.get(name, {})
    table = sa.table(name, sa.column('id', sa.Integer),
                     *(sa.column(c, sa.Text) for c in (*columns, *keys)))
    bind = op.get_bind()
    rows = bind.execute(sa.select(table).order_by(table.c.id)).mappings().all()
    pairs = []
    for row in rows:
        new = {c: _nfc(row[c]) for c in columns}
        if name == 'devices' and categories:
            new['category'] = categories.get(row['category'], new['category'])
        pairs.append((row, new))
    if name in UNIQUE:
        _keep_unique(name, pairs)
    for _, new in pairs:
        for key, sources in keys.items():
            new[key] = _key(*(new[c] for c in sources))
    changed = [(row, new) for row, new in pairs if any(row[c] != v for c, v in new.items())]
    if changed:
        unique = UNIQUE.get(name, (None,))[0]
        moving = [row['id'] for row, new in changed if unique and row[unique] != new[unique]]
        if moving:  # out of each other's way first: a new value may be another row's old one
            bind.execute(table.update().where(table.c.id == sa.bindparam('row_id'))
                         .values({unique: sa.bindparam('placeholder')}),
                         [{'row_id': i, 'placeholder': f"\x1f0008:{i}"} for i in moving])
        columns_written = list(changed[0][1])
        bind.execute(table.update().where(table.c.id == sa.bindparam('row_id'))
                     .values({c: sa.bindparam(f'v_{c}') for c in columns_written}),
                     [{'row_id': row['id'], **{f'v_{c}': new[c] for c in columns_written}}
                      for row, new in changed])
    if name not in UNIQUE:
        return {}
    column = UNIQUE[name][1]
    return {row[column]: new[column] for row, new in pairs}


def _keep_unique(name: str, pairs: list) -> None:
    """Rename, in place, the rows whose unique value another row already holds."""
    unique, column, limit = UNIQUE[name]

    def value(new: dict) -> str:
        return _key(new[column]) if unique == 'name_key' else new[column]

    taken: set[str] = set()
    # Rows the composing leaves as they were come first, then the others as added.
    for row, new in sorted(pairs, key=lambda p: (p[0][column] != p[1][column], p[0]['id'])):
        base, n = new[column], 2
        while value(new) in taken:
            suffix = f" ({n})"
            new[column] = base[:limit - len(suffix)] + suffix
            n += 1
        taken.add(value(new))


def _rewrite_templates() -> None:
    table = sa.table('message_templates', sa.column('key', sa.String),
                     sa.column('language', sa.String), sa.column('subject', sa.Text),
                     sa.column('body', sa.Text))
    bind = op.get_bind()
    changed = [
        {'k': row.key, 'l': row.language, 's': _nfc(row.subject), 'b': _nfc(row.body)}
        for row in bind.execute(sa.select(table))
        if (_nfc(row.subject), _nfc(row.body)) != (row.subject, row.body)
    ]
    if changed:
        bind.execute(table.update()
                     .where(table.c.key == sa.bindparam('k'),
                            table.c.language == sa.bindparam('l'))
                     .values(subject=sa.bindparam('s'), body=sa.bindparam('b')), changed)


def downgrade() -> None:
    pass
