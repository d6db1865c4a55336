class Config:
    DEFAULTS = {"debug": False}
    count = 0
    names = [n for n in ("a", "b")]

    class Inner:
        value = 1

        def get(self):
            return self.value

    def method(self):
        Config.count += 1
        return self.Inner().get()
print(Config().method(), Config.count)
