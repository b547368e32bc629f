"""The demo's state grant for the school year, partly spent by the demo's today, so that
the Grants page and the grant report show something real at once.

Every tutor gets an hourly cost; the grant has a salary line per language unit and lines
for substitutes, training days and travel with a few costs entered on them, each sized
to its forecast for the year (what is spent, and the pace or what is booked), so that
the grant is spent as far as the year has gone and nothing runs over.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select, update

from coachdesk.domain.costing import Money, forecast, grant_part, hours_cost
from coachdesk.domain.grants import BudgetLine, Cost, Grant, LineKind, cents, own_share_of
from coachdesk.domain.language import ENGLISH, FINNISH, SWEDISH
from coachdesk.domain.lessons import LessonStatus
from coachdesk.domain.schools import Language
from coachdesk.domain.visits import VisitStatus
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import entity_row, insert_returning_ids, insert_rows

SHARE = Decimal(80)
HOURLY_COSTS = [Decimal(c) for c in ("38.40", "41.10", "43.75", "46.20", "49.90")]
TEXTS = {
    ENGLISH: {"grant": "State grant for tutor teachers {years}",
              "funder": "Finnish National Agency for Education",
              "fi": "Tutor salaries, Finnish unit", "sv": "Tutor salaries, Swedish unit",
              "subs": "Substitutes", "days": "Training and development days",
              "travel": "Travel", "sub": "Substitute for a tutor, {n} days",
              "venue": "Venue and coffee, development day", "trip": "Travel to a school"},
    FINNISH: {"grant": "Tutoropettajien valtionavustus {years}", "funder": "Opetushallitus",
              "fi": "Tutoropettajien palkat, suomenkielinen yksikkö",
              "sv": "Tutoropettajien palkat, ruotsinkielinen yksikkö",
              "subs": "Sijaiset", "days": "Koulutus- ja kehittämispäivät",
              "travel": "Matkat", "sub": "Tutoropettajan sijainen, {n} päivää",
              "venue": "Tila ja kahvit, kehittämispäivä", "trip": "Matka koululle"},
    SWEDISH: {"grant": "Statsunderstöd för tutorlärare {years}",
              "funder": "Utbildningsstyrelsen",
              "fi": "Tutorlärarnas löner, finskspråkiga enheten",
              "sv": "Tutorlärarnas löner, svenskspråkiga enheten",
              "subs": "Vikarier", "days": "Utbildnings- och utvecklingsdagar",
              "travel": "Resor", "sub": "Vikarie för en tutorlärare, {n} dagar",
              "venue": "Lokal och kaffe, utvecklingsdag", "trip": "Resa till en skola"},
}


def add_grant(ctx: DemoContext) -> None:
    starts = ctx.year_starts
    ends = date(starts.year + 1, 7, 31)
    texts = TEXTS.get(ctx.language, TEXTS[ENGLISH])
    hours = _price_the_tutors(ctx, starts, ends)

    def budget_for(costs: Money) -> Decimal:
        """The grant's money for a line: its part of the forecast for the year, with a
        tenth to spare, in whole hundreds (at least a thousand euros)."""
        wanted = grant_part(forecast(costs.spent, costs.committed, starts, ends, ctx.today)
                            * Decimal("1.1"), SHARE)
        return max(Decimal(1000), (wanted / 100).to_integral_value() * 100)

    entered = _entered_costs(ctx, starts, ends, texts)
    budgets = [
        (LineKind.TUTOR_SALARIES, Language.FINNISH, texts["fi"],
         budget_for(hours[Language.FINNISH])),
        (LineKind.TUTOR_SALARIES, Language.SWEDISH, texts["sv"],
         budget_for(hours[Language.SWEDISH])),
        (LineKind.SUBSTITUTES, None, texts["subs"], budget_for(Money(entered["subs"]))),
        (LineKind.TRAINING, None, texts["days"], budget_for(Money(entered["days"]))),
        (LineKind.TRAVEL, None, texts["travel"], budget_for(Money(entered["travel"]))),
    ]
    amount = sum((budget for *_, budget in budgets), Decimal(0))
    grant = Grant(texts["grant"].format(years=f"{starts.year}–{ends.year}"), starts, ends,
                  amount, SHARE, own_share_of(amount, SHARE), texts["funder"],
                  f"OPH-{1000 + ctx.rng.randrange(9000)}-{starts.year}",
                  starts - timedelta(days=60))
    grant.check()
    grant_id = insert_returning_ids(ctx.conn, t.grants, [entity_row(grant, t.grants)])[0]
    lines = []
    for kind, language, name, budget in budgets:
        line = BudgetLine(grant_id, name, kind, budget, language)
        line.check()
        lines.append(entity_row(line, t.budget_lines))
    ids = dict(zip([key for key in ("fi", "sv", "subs", "days", "travel")],
                   insert_returning_ids(ctx.conn, t.budget_lines, lines), strict=True))
    costs: list[dict] = []
    for key, rows in entered["rows"].items():
        for day, amount_, description, school_id in rows:
            cost = Cost(ids[key], day, amount_, description, school_id,
                        reference=f"{200000 + len(costs)}")
            cost.check()
            costs.append(entity_row(cost, t.costs))
    ctx.counts["costs"] = insert_rows(ctx.conn, t.costs, costs)
    ctx.counts["grants"] = 1


def _price_the_tutors(ctx: DemoContext, starts: date, ends: date) -> dict[Language, Money]:
    """Give each tutor an hourly cost; what their work done and booked costs, per unit."""
    tu, sc, v = t.tutors.c, t.schools.c, t.visits.c
    le, lt = t.lessons.c, t.lesson_tutors.c
    tutors = ctx.conn.execute(select(tu.id, sc.language).join(
        t.schools, sc.id == tu.home_school_id).order_by(tu.id)).all()
    hourly = {}
    for tutor_id, language in tutors:
        hourly[tutor_id] = (ctx.rng.choice(HOURLY_COSTS), Language(language))
        ctx.conn.execute(update(t.tutors).where(tu.id == tutor_id)
                         .values(hourly_cost=hourly[tutor_id][0]))
    start, now = datetime.combine(starts, time()), datetime.combine(ctx.today, time())
    end = datetime.combine(ends + timedelta(days=1), time())
    done = list(ctx.conn.execute(select(v.tutor_id, v.minutes).where(
        v.status == VisitStatus.DONE, v.starts_at >= start, v.starts_at < end)))
    done += ctx.conn.execute(select(lt.tutor_id, le.minutes).select_from(
        t.lesson_tutors.join(t.lessons)).where(
        le.status == LessonStatus.HELD, le.starts_at >= start, le.starts_at < end)).all()
    booked = list(ctx.conn.execute(select(v.tutor_id, v.minutes).where(
        v.status == VisitStatus.BOOKED, v.starts_at >= max(start, now),
        v.starts_at < end)))
    booked += ctx.conn.execute(select(lt.tutor_id, le.minutes).select_from(
        t.lesson_tutors.join(t.lessons)).where(
        le.status.in_((LessonStatus.PLANNED, LessonStatus.PUBLISHED)),
        le.starts_at >= max(start, now), le.starts_at < end)).all()
    costs = {Language.FINNISH: Money(), Language.SWEDISH: Money()}
    for rows, done_ in ((done, True), (booked, False)):
        for tutor_id, minutes in rows:
            cost, language = hourly[tutor_id]
            unit = Language.SWEDISH if language is Language.SWEDISH else Language.FINNISH
            value = hours_cost(minutes or 0, cost)
            costs[unit] += Money(value, Decimal(0)) if done_ else Money(Decimal(0), value)
    return costs


def _entered_costs(ctx: DemoContext, starts: date, ends: date, texts: dict[str, str]) -> dict:
    """A few substitutes, development days and trips before the demo's today (in the
    grant's period)."""
    rng = ctx.rng
    days = max(1, min((ctx.today - starts).days, (ends - starts).days + 1))
    schools = [s.id for s in ctx.schools]
    rows: dict[str, list] = {"subs": [], "days": [], "travel": []}
    for _ in range(6):
        n = rng.randint(1, 3)
        rows["subs"].append((starts + timedelta(days=rng.randrange(days)),
                             Decimal(n * 185), texts["sub"].format(n=n), rng.choice(schools)))
    for _ in range(2):
        rows["days"].append((starts + timedelta(days=rng.randrange(days)),
                             Decimal(rng.randint(600, 1400)), texts["venue"], None))
    for _ in range(8):
        rows["travel"].append((starts + timedelta(days=rng.randrange(days)),
                               cents(Decimal(rng.randint(800, 4200)) / 100), texts["trip"],
                               rng.choice(schools)))
    totals = {key: sum((r[1] for r in found), Decimal(0)) for key, found in rows.items()}
    return {**totals, "rows": rows}
