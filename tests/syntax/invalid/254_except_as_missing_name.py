try:
    pass
except ValueError as:
    pass
