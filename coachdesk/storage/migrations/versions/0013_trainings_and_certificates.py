"""trainings with a completion rule, and the certificates issued

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 09:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'trainings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('series_id', sa.Integer(), nullable=True),
        sa.Column('lesson_id', sa.Integer(), nullable=True),
        sa.Column('description', sa.Text(), server_default='', nullable=False),
        sa.Column('min_attendance', sa.Integer(), nullable=False),
        sa.Column('late_counts', sa.Boolean(), nullable=False),
        sa.Column('organiser', sa.Text(), server_default='', nullable=False),
        sa.Column('signer', sa.Text(), server_default='', nullable=False),
        sa.CheckConstraint('(series_id IS NULL) <> (lesson_id IS NULL)',
                           name=op.f('ck_trainings_one_source')),
        sa.CheckConstraint('min_attendance BETWEEN 0 AND 100',
                           name=op.f('ck_trainings_min_attendance')),
        sa.ForeignKeyConstraint(['lesson_id'], ['lessons.id'],
                                name=op.f('fk_trainings_lesson_id_lessons')),
        sa.ForeignKeyConstraint(['series_id'], ['lesson_series.id'],
                                name=op.f('fk_trainings_series_id_lesson_series')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings')),
        sa.UniqueConstraint('lesson_id', name=op.f('uq_trainings_lesson_id')),
        sa.UniqueConstraint('series_id', name=op.f('uq_trainings_series_id')),
    )
    op.create_table(
        'certificates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('training_id', sa.Integer(), nullable=False),
        sa.Column('teacher_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('revoked_on', sa.Date(), nullable=True),
        sa.Column('revoke_reason', sa.Text(), server_default='', nullable=False),
        sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'],
                                name=op.f('fk_certificates_teacher_id_teachers')),
        sa.ForeignKeyConstraint(['training_id'], ['trainings.id'],
                                name=op.f('fk_certificates_training_id_trainings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
        sa.UniqueConstraint('code', name=op.f('uq_certificates_code')),
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_teacher_id'), ['teacher_id'],
                              unique=False)
        batch_op.create_index('ix_certificates_training_teacher',
                              ['training_id', 'teacher_id'], unique=True)


def downgrade() -> None:
    op.drop_table('certificates')
    op.drop_table('trainings')
