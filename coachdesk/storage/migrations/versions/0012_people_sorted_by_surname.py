"""people sorted by surname

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 10:00:00

Teachers, tutors and candidates get a ``sort_key``: the name with the surname (the last
word) first, folded so that comparing it character by character gives the Finnish and
Swedish order, å, ä and ö after z ("virtanen anna", "{kerlund", "|ij|l|"). Lists and
pickers sort people by it, as Finnish lists do, instead of by the first name. The key is
made here as ``domain.text.person_sort_key`` made it when this was written. On PostgreSQL
the column compares in the "C" collation, byte by byte, as SQLite's does.
"""
import unicodedata

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

PEOPLE = ('teachers', 'tutors', 'candidates')
NORDIC = {'å': '{', 'ä': '|', 'æ': '|', 'ö': '}', 'ø': '}', 'ü': 'y'}
PARTICLES = frozenset({'af', 'av', 'da', 'de', 'del', 'della', 'den', 'der', 'di', 'du',
                       'la', 'le', 'van', 'von', 'zu'})
SORT_KEY = sa.Text().with_variant(sa.Text(collation='C'), 'postgresql')


def _sort_key(name: str) -> str:
    words = unicodedata.normalize('NFC', name).casefold().split()
    if len(words) > 1:
        given, particles = words[:-1], []
        while len(given) > 1 and given[-1] in PARTICLES:
            particles.insert(0, given.pop())
        words = [words[-1], *given, *particles]
    return ''.join(NORDIC.get(char) or unicodedata.normalize('NFD', char)[0]
                   for char in ' '.join(words))


def upgrade() -> None:
    bind = op.get_bind()
    for name in PEOPLE:
        op.add_column(name, sa.Column('sort_key', SORT_KEY, nullable=False,
                                      server_default=''))
        table = sa.table(name, sa.column('id', sa.Integer), sa.column('name', sa.Text),
                         sa.column('sort_key', sa.Text))
        rows = bind.execute(sa.select(table.c.id, table.c.name)).all()
        if rows:
            bind.execute(table.update().where(table.c.id == sa.bindparam('i'))
                         .values(sort_key=sa.bindparam('k')),
                         [{'i': row.id, 'k': _sort_key(row.name)} for row in rows])


def downgrade() -> None:
    for name in PEOPLE:
        with op.batch_alter_table(name) as batch:
            batch.drop_column('sort_key')
