del f"x"
