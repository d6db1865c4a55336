class AppError(Exception):
    pass

def parse_config(text):
    try:
        key, value = text.split("=")
    except ValueError as exc:
        raise AppError(f"bad line: {text!r}") from exc
    return {key.strip(): value.strip()}

for line in ["a = 1", "oops"]:
    try:
        print(parse_config(line))
    except AppError as err:
        print(type(err).__name__, err, type(err.__cause__).__name__)
