class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["base"]
    def run(self):
        return ["Base.run"]
class Mid(Base):
    def __init__(self):
        print("Mid.__init__ start")
        super().__init__()
        self.log.append("mid")
        print("Mid.__init__ end")
    def run(self):
        return super().run() + ["Mid.run"]
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
    def run(self):
        return super().run() + ["Leaf.run"]
l = Leaf()
print(l.log, l.run())
class NoSuperInit(Base):
    def __init__(self):
        pass
n = NoSuperInit()
try:
    print(n.log)
except AttributeError as e:
    print(type(e).__name__, e)
