try:
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        finally:
            print("inner finally")
    finally:
        print("middle finally")
except TypeError as err:
    print("outer", type(err).__name__)
