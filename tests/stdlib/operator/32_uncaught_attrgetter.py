import operator


class Cfg:
    def __init__(self):
        self.db = Cfg2()


class Cfg2:
    host = "localhost"


get = operator.attrgetter("db.host", "db.port")
print(operator.attrgetter("db.host")(Cfg()))
print(get(Cfg()))
