x = f"value {1}
