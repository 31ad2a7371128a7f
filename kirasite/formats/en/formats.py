"""English dates in one style, month names written out: June 28, 2025, November 30, 1991.

Django's English formats abbreviate months in the Associated Press way (Nov. 30, but June 28
and February 1990), so one page mixed two styles.
"""

DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, P"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
