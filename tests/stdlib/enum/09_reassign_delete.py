from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 10


def set_name():
    Color.RED.name = 'BLUE'


def del_value():
    del Color.RED.value


def new_attr():
    Color.extra = 'fine'
    return Color.extra


def del_attr():
    del Color.extra
    return hasattr(Color, 'extra')


def member_attr():
    Color.RED.note = 'hello'
    return Color.RED.note


def private_value():
    Color.GREEN._value_ = 99
    return Color.GREEN.value


show(reassign)
show(delete)
show(set_value)
show(set_name)
show(del_value)
show(new_attr)
show(del_attr)
show(member_attr)
show(private_value)
show(lambda: setattr(Color, 'RED', 1))
show(lambda: delattr(Color, 'RED'))
show(lambda: delattr(Color, 'nothing'))
print(Color.RED, list(Color))
