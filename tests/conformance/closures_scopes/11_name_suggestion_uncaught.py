values = [1, 2, 3]
result = sum(values)
print(result)
def report():
    return f"result={result}"
print(report())
print(resutl)
