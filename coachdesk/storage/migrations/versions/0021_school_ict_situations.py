"""each school's ICT situation: devices, platforms, network and needs noticed (issue 24)

Revision ID: 0021
Revises: 0017
Create Date: 2026-12-02 12:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'school_situations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('platforms', sa.Text(), server_default='', nullable=False),
        sa.Column('network', sa.Text(), server_default='', nullable=False),
        sa.Column('notes', sa.Text(), server_default='', nullable=False),
        sa.Column('looked_on', sa.Date(), nullable=False),
        sa.Column('tutor_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'], ondelete='CASCADE',
                                name=op.f('fk_school_situations_school_id_schools')),
        sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], ondelete='SET NULL',
                                name=op.f('fk_school_situations_tutor_id_tutors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_school_situations')),
        sa.UniqueConstraint('school_id', name=op.f('uq_school_situations_school_id')),
    )
    op.create_table(
        'school_devices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('user', sa.Enum('pupils', 'teachers', name='deviceuser',
                                  native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('kind', sa.Enum('laptop', 'chromebook', 'tablet', 'desktop', 'display',
                                  'other', name='devicekind', native_enum=False,
                                  create_constraint=False, length=32), nullable=False),
        sa.Column('age', sa.Enum('new', 'middle', 'old', 'unknown', name='deviceage',
                                 native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.CheckConstraint('count > 0', name=op.f('ck_school_devices_count')),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'], ondelete='CASCADE',
                                name=op.f('fk_school_devices_school_id_schools')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_school_devices')),
    )
    with op.batch_alter_table('school_devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_devices_school_id'), ['school_id'],
                              unique=False)
    op.create_table(
        'school_needs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('description', sa.String(length=300), nullable=False),
        sa.Column('noted_on', sa.Date(), nullable=False),
        sa.Column('tutor_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.Enum('open', 'planned', 'resolved', name='needstatus',
                                    native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('visit_id', sa.Integer(), nullable=True),
        sa.Column('request_id', sa.Integer(), nullable=True),
        sa.Column('lesson_id', sa.Integer(), nullable=True),
        sa.Column('resolved_on', sa.Date(), nullable=True),
        sa.Column('resolved_visit_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'], ondelete='CASCADE',
                                name=op.f('fk_school_needs_school_id_schools')),
        sa.ForeignKeyConstraint(['tutor_id'], ['tutors.id'], ondelete='SET NULL',
                                name=op.f('fk_school_needs_tutor_id_tutors')),
        sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], ondelete='SET NULL',
                                name=op.f('fk_school_needs_visit_id_visits')),
        sa.ForeignKeyConstraint(['request_id'], ['visit_requests.id'], ondelete='SET NULL',
                                name=op.f('fk_school_needs_request_id_visit_requests')),
        sa.ForeignKeyConstraint(['lesson_id'], ['lessons.id'], ondelete='SET NULL',
                                name=op.f('fk_school_needs_lesson_id_lessons')),
        sa.ForeignKeyConstraint(['resolved_visit_id'], ['visits.id'], ondelete='SET NULL',
                                name=op.f('fk_school_needs_resolved_visit_id_visits')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_school_needs')),
    )
    with op.batch_alter_table('school_needs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_needs_school_id'), ['school_id'],
                              unique=False)
        batch_op.create_index('ix_school_needs_noted_on', ['noted_on'], unique=False)


def downgrade() -> None:
    op.drop_table('school_needs')
    op.drop_table('school_devices')
    op.drop_table('school_situations')
