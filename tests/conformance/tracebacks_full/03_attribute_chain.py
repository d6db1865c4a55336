# An AttributeError on the middle of an attribute chain.
class Config:
    def __init__(self):
        self.name = 'demo'
        self.size = 3

cfg = Config()
print(cfg.name, cfg.size)
total = cfg.size + cfg.limits.upper + 1
