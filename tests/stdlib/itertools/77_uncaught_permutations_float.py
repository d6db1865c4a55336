import itertools

print(list(itertools.permutations("ab", None)))


def arrangements(seq, r=None):
    result = ["".join(p) for p in itertools.permutations(seq, r)]
    print(len(result), "arrangements of", seq, "taking", r, ":", result[:4])
    return result


arrangements("abc")
arrangements("abc", 2)
arrangements("abc", True)
arrangements("abc", 5)
arrangements("")
half = len("abcd") / 2
print("half is", half)
arrangements("abcd", half)
print("not reached")
