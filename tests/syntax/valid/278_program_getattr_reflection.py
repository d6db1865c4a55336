class Plugin:
    name = "base"
    def run(self):
        return "running " + self.name

p = Plugin()
setattr(p, "name", "custom")
method = getattr(p, "run")
print(method(), hasattr(p, "missing"), getattr(p, "missing", None))
delattr(p, "name")
print(p.name, callable(method), sorted(k for k in vars(Plugin) if not k.startswith("_")))
