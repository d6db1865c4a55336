# ForwardRef: construction, repr, equality, evaluation
from typing import ForwardRef, List, Optional, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


fr = ForwardRef('int')
print(fr, repr(fr), fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_value__)
print(fr.__forward_is_argument__, fr.__forward_is_class__, fr.__forward_module__)
print(ForwardRef('X', module='mod'), ForwardRef('X', is_argument=False).__forward_is_argument__)
print(fr._evaluate({}, None, frozenset()), fr.__forward_evaluated__, fr.__forward_value__)
print(ForwardRef('List[int]')._evaluate({'List': List}, None, frozenset()))
print(ForwardRef('a')._evaluate(None, {'a': str}, frozenset()))
t(lambda: ForwardRef('int') == ForwardRef('int'))
t(lambda: ForwardRef('int') == ForwardRef('str'))
t(lambda: ForwardRef('int') == ForwardRef('int', module='m'))
t(lambda: ForwardRef('int') == 'int')
t(lambda: hash(ForwardRef('int')) == hash(ForwardRef('int')))
t(lambda: List['int'])
t(lambda: List['int'].__args__[0] == ForwardRef('int'))
t(lambda: Optional['X'])
t(lambda: Union['X', 'Y', 'X'])
t(lambda: ForwardRef('X') | int)
t(lambda: int | ForwardRef('X'))
t(lambda: ForwardRef(3))
t(lambda: ForwardRef('1 +'))
t(lambda: ForwardRef(''))
t(lambda: ForwardRef('*Ts'))
t(lambda: ForwardRef('(int, str)')._evaluate({}, {}, frozenset()))
t(lambda: ForwardRef('ClassVar[int]')._evaluate(__import__('typing').__dict__, None, frozenset()))
t(lambda: ForwardRef('ClassVar[int]', is_class=True)._evaluate(__import__('typing').__dict__,
                                                               None, frozenset()))
t(lambda: ForwardRef('undefined_name')._evaluate({}, {}, frozenset()))
t(lambda: ForwardRef('X')._evaluate({'X': 1}, None, frozenset()))
t(lambda: ForwardRef('X')._evaluate({}, None, frozenset({'X'})))
t(lambda: ForwardRef('Y')._evaluate({'Y': List['Y']}, None, frozenset()))
t(lambda: isinstance(1, ForwardRef('int')))
try:
    class Sub(ForwardRef):
        pass
except TypeError as e:
    print(type(e).__name__, e)
