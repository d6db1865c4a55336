config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("user", "guest"))
print("user" in config, sorted(config))
config.setdefault("timeout", 30)
print(config)
print(config["user"])
