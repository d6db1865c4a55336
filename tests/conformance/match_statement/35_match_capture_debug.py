match 5:
    case __debug__:
        print("bound __debug__", __debug__)
