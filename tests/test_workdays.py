"""Working-day arithmetic (portal.workdays); each test names the DOMAIN.md "Working days" fact it checks."""

from datetime import date, datetime

import pytest

from portal.workdays import WorkCalendar, calendar_from_settings

D = date


@pytest.fixture
def cal():
    return WorkCalendar()


# DOMAIN.md "Working days": Saturday and Sunday are not working days.
def test_weekend_is_not_a_working_day(cal):
    assert cal.is_working_day(D(2026, 11, 6))  # Friday
    assert not cal.is_working_day(D(2026, 11, 7))  # Saturday
    assert not cal.is_working_day(D(2026, 11, 8))  # Sunday
    assert cal.is_working_day(D(2026, 11, 9))  # Monday


# DOMAIN.md "Working days": the public holidays (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng
# Vương, 30/4, 1/5, Quốc khánh) are not working days. Dates as holidays 0.109 gives them for 2026:
# Tết is 16–20/2 (eve to the 4th day); Giỗ Tổ falls on Sunday 26/4, observed Monday 27/4;
# Quốc khánh is 1–2/9.
@pytest.mark.parametrize(
    "day",
    [
        D(2026, 1, 1),  # Tết Dương lịch (Thursday)
        D(2026, 2, 16),  # Giao thừa (Monday)
        D(2026, 2, 17),  # Mùng một Tết
        D(2026, 2, 18),
        D(2026, 2, 19),
        D(2026, 2, 20),  # Mùng bốn Tết (Friday)
        D(2026, 4, 27),  # Giỗ Tổ Hùng Vương, observed on Monday
        D(2026, 4, 30),  # Ngày Chiến thắng (Thursday)
        D(2026, 5, 1),  # Quốc tế Lao động (Friday)
        D(2026, 9, 1),  # Quốc khánh, the day joined to 2/9
        D(2026, 9, 2),  # Quốc khánh (Wednesday)
        D(2027, 1, 1),  # Tết Dương lịch (Friday): the calendar works in any year
    ],
)
def test_public_holiday_is_not_a_working_day(cal, day):
    assert day.weekday() < 5  # a weekday, so only the holiday rule can make it a day off
    assert not cal.is_working_day(day)


# DOMAIN.md "Working days": "except a Saturday the government declares a make-up working day (làm
# bù)" — the package knows Saturday 22/8/2026 is worked in exchange for Monday 31/8/2026 off.
def test_government_make_up_saturday_is_a_working_day(cal):
    assert cal.is_working_day(D(2026, 8, 22))
    assert not cal.is_working_day(D(2026, 8, 31))


# DOMAIN.md "Working days": a province may add its own days off in the settings.
def test_province_day_off_is_not_a_working_day():
    assert WorkCalendar().is_working_day(D(2026, 12, 31))
    cal = calendar_from_settings({"portal.days_off": "2026-12-31"})
    assert not cal.is_working_day(D(2026, 12, 31))
    assert cal.is_working_day(D(2026, 12, 30))


# DOMAIN.md "Working days": a province may add extra working days in the settings (a Saturday here,
# and a day the package calls a holiday).
def test_province_extra_working_day_is_a_working_day():
    assert not WorkCalendar().is_working_day(D(2026, 12, 26))
    cal = calendar_from_settings({"portal.working_days": "2026-12-26 2026-11-24"})
    assert cal.is_working_day(D(2026, 12, 26))  # Saturday
    assert cal.is_working_day(D(2026, 11, 24))  # Ngày Văn hóa Việt Nam in holidays 0.109
    assert not cal.is_working_day(D(2026, 12, 27))  # the Sunday after stays off


# DOMAIN.md "Working days" / "Public services": weekends are excluded from a time limit — received
# Friday with 1 working day, due Monday.
def test_add_working_days_across_a_weekend(cal):
    assert cal.add_working_days(D(2026, 11, 6), 1) == D(2026, 11, 9)
    assert cal.add_working_days(D(2026, 11, 6), 3) == D(2026, 11, 11)


# DOMAIN.md "Working days": Tết Nguyên đán is not a working day. Friday 13/2/2026 + 1: Sat 14, Sun 15
# weekend, 16–20 Tết, Sat 21, Sun 22 weekend → Monday 23/2.
def test_add_working_days_across_tet_2026(cal):
    assert cal.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)


# DOMAIN.md "Working days": 30/4 and 1/5 are not working days. Wednesday 29/4/2026 + 1: Thu 30/4,
# Fri 1/5 holidays, Sat 2, Sun 3 weekend → Monday 4/5.
def test_add_working_days_across_30_4_and_1_5(cal):
    assert cal.add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)
    # Friday 24/4 + 1: 25–26 weekend, 27 Giỗ Tổ (observed) → Tuesday 28/4.
    assert cal.add_working_days(D(2026, 4, 24), 1) == D(2026, 4, 28)


# DOMAIN.md "Working days": Tết Dương lịch is not a working day, also across the turn of the year.
# Thursday 31/12/2026 + 1: Fri 1/1/2027 holiday, Sat 2, Sun 3 weekend → Monday 4/1/2027.
def test_add_working_days_across_new_year(cal):
    assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)


# DOMAIN.md "Public services": time limits are counted in working days, so the day of receipt is
# never one of them (whatever it is) and a zero limit is the day itself.
def test_add_working_days_zero_and_start_not_counted(cal):
    assert cal.add_working_days(D(2026, 11, 9), 0) == D(2026, 11, 9)
    assert cal.add_working_days(D(2026, 11, 7), 0) == D(2026, 11, 7)  # Saturday stays Saturday
    assert cal.add_working_days(D(2026, 11, 7), 1) == D(2026, 11, 9)  # Saturday + 1 → Monday
    assert cal.add_working_days(D(2026, 11, 9), 1) == D(2026, 11, 10)
    with pytest.raises(ValueError):
        cal.add_working_days(D(2026, 11, 9), -1)


# DOMAIN.md "Working days": weekends and public holidays do not count while the clock is stopped.
# Paused Friday 24/4/2026, resumed Monday 4/5/2026: 25–26 weekend, 27 Giỗ Tổ, 28 ✓, 29 ✓, 30/4 and
# 1/5 holidays, 2–3 weekend, 4/5 ✓ → 3 working days.
def test_working_days_between_a_weekend_and_holidays(cal):
    assert cal.working_days_between(D(2026, 4, 24), D(2026, 5, 4)) == 3
    # A pause spanning only a weekend: Friday 6/11 → Monday 9/11 counts Monday alone.
    assert cal.working_days_between(D(2026, 11, 6), D(2026, 11, 9)) == 1


# DOMAIN.md "Working days": nothing is added to a deadline for an empty or reversed pause.
def test_working_days_between_empty_or_reversed(cal):
    assert cal.working_days_between(D(2026, 11, 9), D(2026, 11, 9)) == 0
    assert cal.working_days_between(D(2026, 11, 12), D(2026, 11, 9)) == 0


# DOMAIN.md "Working days": a day off is not a working day, so the next working day skips it.
def test_next_working_day(cal):
    assert cal.next_working_day(D(2026, 11, 9)) == D(2026, 11, 9)
    assert cal.next_working_day(D(2026, 11, 7)) == D(2026, 11, 9)
    assert cal.next_working_day(D(2026, 2, 14)) == D(2026, 2, 23)  # Tết 2026


# DOMAIN.md "Working days": the working-day test is about the day, so a timestamp (an application
# received at 16:30) counts by its date, and results are plain dates.
def test_datetime_inputs_use_the_date_and_return_date(cal):
    assert cal.is_working_day(datetime(2026, 11, 9, 14, 30))
    assert not cal.is_working_day(datetime(2026, 11, 7, 9, 0))
    due = cal.add_working_days(datetime(2026, 11, 6, 16, 30), 1)
    assert type(due) is date and due == D(2026, 11, 9)
    nxt = cal.next_working_day(datetime(2026, 11, 7, 8, 0))
    assert type(nxt) is date and nxt == D(2026, 11, 9)
    same = cal.add_working_days(datetime(2026, 11, 6, 16, 30), 0)
    assert type(same) is date and same == D(2026, 11, 6)
    assert cal.working_days_between(datetime(2026, 11, 6, 23, 0), datetime(2026, 11, 9, 1, 0)) == 1
    province = WorkCalendar(days_off=[datetime(2026, 12, 31, 12, 0)])
    assert not province.is_working_day(D(2026, 12, 31))


# DOMAIN.md "Working days": the province's days off and extra working days come from the settings
# (lists separated by commas, spaces or newlines); missing keys change nothing.
def test_calendar_from_settings_parses_lists():
    cal = calendar_from_settings(
        {
            "portal.days_off": "\n2026-12-31, 2027-01-04\n  2027-01-05,",
            "portal.working_days": "2026-12-26,2027-01-09",
        }
    )
    assert cal.days_off == {D(2026, 12, 31), D(2027, 1, 4), D(2027, 1, 5)}
    assert cal.working_days == {D(2026, 12, 26), D(2027, 1, 9)}
    assert not cal.is_working_day(D(2027, 1, 4))
    assert cal.is_working_day(D(2027, 1, 9))  # Saturday

    empty = calendar_from_settings({"portal.title": "Cổng"})
    assert empty.days_off == set() and empty.working_days == set()
    assert calendar_from_settings({"portal.days_off": ""}).days_off == set()


# DOMAIN.md "Working days": settings hold the province's dates; a wrong one must be reported in
# Vietnamese, naming the setting and the value, instead of being silently dropped.
@pytest.mark.parametrize("bad", ["2026-13-01", "31/12/2026", "20261231", "2026-02-30"])
def test_calendar_from_settings_rejects_a_bad_date(bad):
    with pytest.raises(ValueError) as info:
        calendar_from_settings({"portal.days_off": f"2026-12-31, {bad}"})
    assert str(info.value) == (
        f"Cấu hình portal.days_off có ngày không hợp lệ: {bad} (cần dạng YYYY-MM-DD)."
    )


def test_calendar_from_settings_names_the_working_days_setting():
    # DOMAIN.md "Working days": the error names which setting (extra working days here) is wrong.
    with pytest.raises(ValueError, match=r"^Cấu hình portal\.working_days .*: 2026-12-32 "):
        calendar_from_settings({"portal.working_days": "2026-12-32"})


# DOMAIN.md "Working days" and "Public services": the due date is counted in working days and a
# request for more papers stops the clock.
# Received Monday 2/11/2026 with 5 working days: Tue 3, Wed 4, Thu 5, Fri 6, (Sat 7, Sun 8 off),
# Mon 9 → due Monday 9/11. The 3rd working day is Thursday 5/11: paused then; resumed 4 calendar
# days later, Monday 9/11. Working days in (5/11, 9/11]: Fri 6 and Mon 9 → 2. Extended due date:
# Monday 9/11 + 2 working days → Tue 10, Wed 11 → Wednesday 11/11/2026.
def test_clock_stop_extends_the_due_date(cal):
    received = D(2026, 11, 2)
    due = cal.add_working_days(received, 5)
    assert due == D(2026, 11, 9)
    paused_on = cal.add_working_days(received, 3)
    assert paused_on == D(2026, 11, 5)
    resumed_on = D(2026, 11, 9)
    stopped = cal.working_days_between(paused_on, resumed_on)
    assert stopped == 2
    assert cal.add_working_days(due, stopped) == D(2026, 11, 11)


def test_deadline_class_counts_working_days_left(cal):
    friday = date(2026, 11, 20)
    assert cal.deadline_class(friday, date(2026, 11, 19)) == "overdue"
    assert cal.deadline_class(friday, friday) == "due-soon"
    # the weekend and 24/11 (a day off) do not count: Wednesday is two working days
    # away, Thursday three
    assert cal.deadline_class(friday, date(2026, 11, 25)) == "due-soon"
    assert cal.deadline_class(friday, date(2026, 11, 26)) == ""
    assert cal.deadline_class(friday, datetime(2026, 11, 25, 17, 0)) == "due-soon"
