print("a") "b"
