from fractions import Fraction as F
from statistics import mean, median, variance, pvariance, harmonic_mean


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat(%s)' % float.__repr__(self)


class MyInt(int):
    pass


class MyFraction(F):
    pass


def show(f, data):
    try:
        r = f(data)
    except Exception as e:
        print(f.__name__, '->', type(e).__name__, e)
        return
    print(f.__name__, '->', type(r).__name__, repr(r))


show(mean, [MyFloat(1.5), MyFloat(2.5)])
show(mean, [MyFloat(1.5), 2.5])
show(mean, [MyFloat(1.5), 2])
show(mean, [MyInt(1), MyInt(2)])
show(mean, [MyInt(1), MyInt(3)])
show(mean, [MyInt(1), 2.5])
show(mean, [MyFraction(1, 2), F(1, 3)])
show(mean, [MyFraction(1, 2), 0.5])
show(mean, [MyFraction(1, 2), MyFloat(0.5)])
show(variance, [MyInt(1), MyInt(2), MyInt(4)])
show(pvariance, [MyFraction(1, 2), MyFraction(1, 4)])
show(median, [MyInt(1), MyInt(2)])
show(harmonic_mean, [MyFraction(1, 2), MyFraction(1, 4)])
show(mean, [True, MyInt(3)])
show(mean, [1, F(1, 2), 0.5])
