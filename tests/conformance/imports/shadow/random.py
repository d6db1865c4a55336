MARK = 'user random'


def random():
    return 0.5
