# raise ... from ...: the cause is printed first.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad port: ' + text) from e

print(parse_port('8080'))
print(parse_port('80x'))
