def validate(value):
    if value < 0:
        raise ValueError("bad value", value)
    return value
print(validate(3))
print("raising")
validate(-42)
