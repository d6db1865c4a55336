# list/tuple/str methods with positions beyond ssize_t: some clamp, some raise.
def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError, IndexError) as e:
        print(label, '->', type(e).__name__, e)

l = [1, 2, 3]
attempt('l.pop(2**63)', lambda: l.pop(2**63))
attempt('l.pop(-2**70)', lambda: l.pop(-2**70))
attempt('l.pop(5)', lambda: l.pop(5))
attempt('l.insert(2**63, 0)', lambda: l.insert(2**63, 0))
attempt('l.insert(-2**70, 0)', lambda: l.insert(-2**70, 0))
attempt('[1, 2].index(1, 2**63)', lambda: [1, 2].index(1, 2**63))
attempt('[1, 2].index(1, -2**63)', lambda: [1, 2].index(1, -2**63))
attempt('[1, 2].index(2, 0, 2**70)', lambda: [1, 2].index(2, 0, 2**70))
attempt('[1, 2, 3].index(3, -2**70)', lambda: [1, 2, 3].index(3, -2**70))
attempt('(1, 2, 1).index(1, 2**70)', lambda: (1, 2, 1).index(1, 2**70))
attempt('(1, 2, 1).index(1, 1, 2**63)', lambda: (1, 2, 1).index(1, 1, 2**63))
attempt("'ab'.find('b', 2**70)", lambda: 'ab'.find('b', 2**70))
attempt("'ab'.find('b', -2**70)", lambda: 'ab'.find('b', -2**70))
attempt("'ab'.count('b', 0, 2**70)", lambda: 'ab'.count('b', 0, 2**70))
attempt("'abc'.index('c', -2**70, 2**70)", lambda: 'abc'.index('c', -2**70, 2**70))
attempt("'abc'.rfind('a', 2**70)", lambda: 'abc'.rfind('a', 2**70))
attempt("'abc'.startswith('b', -2**70)", lambda: 'abc'.startswith('b', -2**70))
print(l)
