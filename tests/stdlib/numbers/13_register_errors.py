import numbers


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: numbers.Real.register(5))
show(lambda: numbers.Real.register('float'))
show(lambda: numbers.Integral.register(numbers.Number))
show(lambda: numbers.Integral.register(numbers.Integral))
show(lambda: numbers.Number.register(numbers.Integral))
show(lambda: numbers.Real.register())
show(lambda: numbers.Integral.register(int, float))
