class Account:
    def __init__(self, owner):
        self._owner = owner

    @property
    def owner(self):
        return self._owner

    balance = property(None, lambda self, v: None)


a = Account("ann")
print(a.owner)
for action in ("set", "del", "get"):
    try:
        if action == "set":
            a.owner = "bob"
        elif action == "del":
            del a.owner
        else:
            a.balance
    except AttributeError as e:
        print("AttributeError:", e)
print(a.owner)
a.owner = "eve"
print("not reached")
