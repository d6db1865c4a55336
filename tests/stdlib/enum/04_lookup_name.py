from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, repr(e))


show(lambda: Shape['SQUARE'])
show(lambda: Shape['ALIAS_FOR_SQUARE'])
show(lambda: Shape['square'])
show(lambda: Shape[2])
show(lambda: Shape[Shape.CIRCLE])
show(lambda: getattr(Shape, 'DIAMOND'))
show(lambda: Shape.__members__['CIRCLE'])
show(lambda: Shape.__members__.get('NOPE', 'default'))
show(lambda: 'CIRCLE' in Shape.__members__)
show(lambda: Shape.SQUARE.name)
show(lambda: Shape.ALIAS_FOR_SQUARE.name)
show(lambda: [name for name, m in Shape.__members__.items() if m.name != name])
show(lambda: Shape._member_map_['DIAMOND'])
show(lambda: hasattr(Shape, 'CIRCLE'))
