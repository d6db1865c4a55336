class _:
    pass
match _():
    case _():
        print('class pattern on _')
