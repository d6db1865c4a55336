def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return {}[n]
    except ValueError as e:
        return "value: " + str(e)
    except (KeyError, IndexError) as e:
        return "lookup"
    except (TypeError,):
        return "type"
    except Exception:
        return "other"
print(risky(0), risky(1))
