s = f"{'\n'.join(['a', 'b'])}"
