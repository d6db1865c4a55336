class Settings:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"setting {name!r} is not defined") from None


s = Settings(host="localhost", port=8080)
print(s.host, s.port)
print(getattr(s, "debug", False))
print(hasattr(s, "host"), hasattr(s, "debug"))
print(s.timeout)
