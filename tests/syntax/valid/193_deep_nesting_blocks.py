def level1(n):
    if n > 0:
        for i in range(n):
            while i > 0:
                try:
                    with_value = i
                    if with_value % 2:
                        for j in range(with_value):
                            if j:
                                while j > 0:
                                    if j == 1:
                                        return j
                                    j -= 1
                except ValueError:
                    pass
                i -= 1
    return 0
