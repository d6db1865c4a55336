import numbers


class Incomplete(numbers.Integral):
    def __int__(self):
        return 0


print('creating')
Incomplete()
