"""training a teacher did elsewhere, for their training record (issue 18)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 12:45:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'external_trainings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('teacher_id', sa.Integer(), nullable=False),
        sa.Column('course', sa.String(length=200), nullable=False),
        sa.Column('provider', sa.Text(), server_default='', nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('hours', sa.Float(), nullable=False),
        sa.Column('notes', sa.Text(), server_default='', nullable=False),
        sa.CheckConstraint('hours > 0', name=op.f('ck_external_trainings_hours')),
        sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'],
                                name=op.f('fk_external_trainings_teacher_id_teachers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_external_trainings')),
    )
    with op.batch_alter_table('external_trainings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_external_trainings_teacher_id'), ['teacher_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('external_trainings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_external_trainings_teacher_id'))
    op.drop_table('external_trainings')
