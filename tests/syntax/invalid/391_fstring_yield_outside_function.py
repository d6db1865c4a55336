s = f"{yield}"
