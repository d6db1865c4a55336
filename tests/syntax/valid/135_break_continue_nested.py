for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if j == 2:
            break
    else:
        continue
    while True:
        break
    try:
        continue
    finally:
        pass
