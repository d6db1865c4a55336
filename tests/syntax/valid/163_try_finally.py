def f():
    try:
        return "try"
    finally:
        print("finally runs")

try:
    pass
finally:
    pass
print(f())
