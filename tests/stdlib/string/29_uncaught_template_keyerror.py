from string import Template

defaults = {"path": "index.html"}
print(Template("http://$host/$path").substitute(defaults, host="example"))
print(sorted(Template("http://$host:$port/$path").get_identifiers()))
config = {"host": "localhost", "port": 8888}
url = Template("http://$host:$port/$path")
print(url.safe_substitute(config))
print("valid:", url.is_valid())
missing = [name for name in url.get_identifiers() if name not in config]
print("missing:", missing)
try:
    url.substitute(config, path=None)
    print("path=None is fine:", url.substitute(config, path=None))
except KeyError as e:
    print("unexpected", e)
print(url.substitute(config))
print("not reached")
