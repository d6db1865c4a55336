class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class Widget(Mixin):
    pass
print(Widget().hello(), [c.__name__ for c in Widget.__mro__])
alias = Mixin
class Broken(Widget, alias, Mixin):
    pass
print("not reached")
