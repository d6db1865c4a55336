from statistics import linear_regression, LinearRegression


def show(*args, **kwargs):
    try:
        r = linear_regression(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r), type(r).__name__, r.slope, r.intercept, r[0], r[1])


year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
show(year, films_total)
slope, intercept = linear_regression(year, films_total)
print(round(slope * 2019 + intercept))
show([1, 2, 3], [2, 4, 6])
show([1, 2, 3], [2, 4, 6], proportional=True)
show([1, 2, 3], [3, 5, 7], proportional=True)
show([1.5, 2.5, 3.5], [1, 0, -1])
show([1, 1, 1], [1, 2, 3])
show([0, 0], [1, 2], proportional=True)
show([1], [2])
show([1, 2], [1])
show([1, 2], [1, 2], True)
r = linear_regression([1, 2, 3], [1, 2, 3])
print(r._fields, r._asdict(), r == (1.0, 0.0), LinearRegression(1, 2))
print(LinearRegression.__name__, LinearRegression.__module__)
