# gc functions with arguments beyond their C types: each raises, and nothing changes.
import gc

def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError) as e:
        print(label, '->', type(e).__name__, e)

attempt('gc.set_threshold(2**31)', lambda: gc.set_threshold(2**31))
attempt('gc.set_threshold(-2**63)', lambda: gc.set_threshold(-2**63))
attempt('gc.set_threshold(2**63)', lambda: gc.set_threshold(2**63))
attempt('gc.set_threshold(700, 2**31)', lambda: gc.set_threshold(700, 2**31))
print(gc.get_threshold())
attempt('gc.set_debug(-2**63)', lambda: gc.set_debug(-2**63))
attempt('gc.set_debug(2**31)', lambda: gc.set_debug(2**31))
print(gc.get_debug())
attempt('gc.collect(2**31)', lambda: gc.collect(2**31))
attempt('gc.collect(2**63)', lambda: gc.collect(2**63))
attempt('gc.collect(3)', lambda: gc.collect(3))
attempt('gc.collect(-1)', lambda: gc.collect(-1))
gc.set_threshold(2**31 - 1, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
