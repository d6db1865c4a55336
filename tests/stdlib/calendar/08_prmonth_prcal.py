import calendar

calendar.prmonth(2024, 7)
print("---")
calendar.prmonth(2024, 7, 3, 1)
print("---")
calendar.prcal(1999, m=2)
print("---")
calendar.prweek([(1, 0), (2, 1)], 2)
print("|")
calendar.format(["a", "bb", "ccc"])
calendar.format(["x", "y"], 5, 2)
print(repr(calendar.formatstring(["ab", "cd"], 4, 1)))
