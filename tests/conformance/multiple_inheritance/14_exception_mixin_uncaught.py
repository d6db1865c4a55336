class Tagged:
    tag = "T"
    def __str__(self):
        return f"[{self.tag}] " + " ".join(map(str, self.args))
class ConfigError(Tagged, ValueError):
    tag = "config"
try:
    raise ConfigError("bad", 42)
except ValueError as e:
    print("caught:", e)
print(ConfigError.__base__.__name__)
raise ConfigError("missing key", "port")
