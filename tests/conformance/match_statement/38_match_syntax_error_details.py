# each line alone is a separate program; see report. This one: {**_} message
match {}:
    case {**_}:
        pass
