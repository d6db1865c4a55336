def process(items):
    results = []
    for item in items:
        try:
            try:
                results.append(100 // item)
            except ZeroDivisionError:
                results.append("inf")
                raise ValueError("zero in input")
            finally:
                results.append("|")
        except ValueError as e:
            results.append(str(e))
        except TypeError as e:
            results.append("type:" + str(e))
    return results
print(process([5, 0, "x", 20]))
