# object.__init__ with extra arguments: the message names object when the class has its own
# __init__ (it called up with arguments), the class when it has no __init__ of its own.
class Plain:
    pass

class Own:
    def __init__(self, x):
        super().__init__(x)

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, '->', e)

attempt('Plain.__init__(Plain(), 1)', lambda: Plain.__init__(Plain(), 1))
attempt('object.__init__(Plain(), 1)', lambda: object.__init__(Plain(), 1))
attempt('Own(1)', lambda: Own(1))
attempt('object.__init__(Own(1) if False else Plain(), k=1)', lambda: object.__init__(Plain(), k=1))
attempt('Plain().__init__()', lambda: Plain().__init__())
