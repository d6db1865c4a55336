class Env(dict):
    def __missing__(self, key):
        if key.startswith("OPT_"):
            return ""
        raise KeyError("undefined variable: " + key)

env = Env(HOME="/home/x")
print(env["HOME"], repr(env["OPT_COLOR"]))
try:
    env["PATH"]
except KeyError as e:
    print("caught", e)
print(env.get("PATH", "no PATH"))
print(env["USER"])
