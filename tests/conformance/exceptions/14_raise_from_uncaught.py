class ConfigError(Exception):
    pass
def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e
s = {"debug": True}
print(load(s, "debug"))
print(load(s, "port"))
