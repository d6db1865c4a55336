# strptime with %U %W %w %a %j %G %V %u: how the date is worked out, and the ISO errors.
from datetime import datetime


def show(s, f):
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)


show('2024 0 0', '%Y %U %w')
show('2024 0 1', '%Y %W %w')
show('2024 1 1', '%Y %W %w')
show('2024 1 0', '%Y %U %w')
show('2024 53 6', '%Y %U %w')
show('2024 52 Sat', '%Y %W %a')
show('2024 1 Sun', '%Y %U %a')
show('2023 0 Mon', '%Y %W %a')
show('2023 0 Sunday', '%Y %U %A')
show('1 0 0', '%Y %U %w')
show('0001 00 1', '%Y %W %w')
show('9999 53 0', '%Y %U %w')
show('2024 5', '%Y %U')
show('2024 100 Mon', '%Y %j %a')
show('1 Mon', '%j %a')
show('2024-W05-3', '%G-W%V-%u')
show('2024-W05-3', '%Y-W%W-%w')
show('2024-W05-3', '%Y-W%U-%w')
show('2019 1 1', '%G %V %u')
show('2019 52 7', '%G %V %u')
show('2020 53 7', '%G %V %u')
show('2021 53 1', '%G %V %u')
show('2020 1 1', '%G %V %u')
show('1 1 1', '%G %V %u')
show('9999 52 7', '%G %V %u')
show('2024 1 Wed', '%G %V %a')
show('2024 1', '%G %V')
show('2024 1', '%G %u')
show('2024 1 1', '%Y %V %u')
show('1 1', '%V %u')
show('1', '%V')
show('2024 1 1 1', '%G %V %u %j')
show('2024 2024 1 1', '%Y %G %V %u')
show('2024 1 1 Mon', '%Y %U %W %a')
show('2024 7 2', '%Y %w %u')
show('Tue 2024 10', '%a %Y %W')
