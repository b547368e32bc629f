"""digital-competence levels and their targets; the level a training earns (issue 18)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02 12:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'competence_levels',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('teacher_id', sa.Integer(), nullable=False),
        sa.Column('scale', sa.String(length=16), nullable=False),
        sa.Column('level', sa.Integer(), nullable=False),
        sa.Column('assessed_on', sa.Date(), nullable=False),
        sa.Column('source', sa.Enum('self', 'confirmed', 'certificate', name='levelsource',
                                    native_enum=False, create_constraint=False, length=32),
                  nullable=False),
        sa.Column('note', sa.Text(), server_default='', nullable=False),
        sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'],
                                name=op.f('fk_competence_levels_teacher_id_teachers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_levels')),
    )
    with op.batch_alter_table('competence_levels', schema=None) as batch_op:
        batch_op.create_index('ix_competence_levels_teacher',
                              ['teacher_id', 'scale', 'assessed_on', 'id'], unique=False)
    op.create_table(
        'competence_targets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('scale', sa.String(length=16), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=True),
        sa.Column('level', sa.Integer(), nullable=False),
        sa.Column('share', sa.Integer(), nullable=False),
        sa.CheckConstraint('share BETWEEN 0 AND 100', name=op.f('ck_competence_targets_share')),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'], ondelete='CASCADE',
                                name=op.f('fk_competence_targets_school_id_schools')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_targets')),
    )
    with op.batch_alter_table('competence_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_targets_school_id'), ['school_id'],
                              unique=False)
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('earns_level', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_column('earns_level')
    with op.batch_alter_table('competence_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competence_targets_school_id'))
    op.drop_table('competence_targets')
    with op.batch_alter_table('competence_levels', schema=None) as batch_op:
        batch_op.drop_index('ix_competence_levels_teacher')
    op.drop_table('competence_levels')
