match [1, 2]:
    case (*x):
        print('star', x)
