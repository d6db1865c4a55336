def attempt(x):
    try:
        print("try", x)
        result = 10 / x
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        return "error"
    else:
        print("else", result)
        return result
    finally:
        print("finally", x)
print(attempt(2))
print(attempt(0))
