# ChainMap prints each of its maps on its own line.
import pprint
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "timeout": 30, "retries": 3}
env = {"user": "admin"}
cli = {"timeout": 5, "verbose": True}
cm = ChainMap(cli, env, defaults)
pprint.pprint(cm)
pprint.pprint(cm, width=40)
pprint.pprint(ChainMap())
pprint.pprint(ChainMap({}), width=1)
pprint.pprint(ChainMap({"a": list(range(30))}), width=40)
pprint.pprint([ChainMap({"x" * 30: 1}, {"y" * 30: 2})], width=50)
child = cm.new_child({"local": "value " * 10})
pprint.pprint(child, width=50)
