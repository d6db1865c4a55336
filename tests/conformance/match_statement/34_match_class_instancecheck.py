class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class Answer(metaclass=Meta):
    pass
print(isinstance(42, Answer))   # True in both
match 42:
    case Answer():
        print('matched via __instancecheck__')
    case _:
        print('no match')
