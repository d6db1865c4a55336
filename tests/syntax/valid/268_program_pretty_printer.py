def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        lines = ["{"]
        for key, item in value.items():
            lines.append(f"{pad}  {key!r}: {pretty(item, indent + 1)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    elif isinstance(value, (list, tuple)):
        inner = ", ".join(pretty(v, indent) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    return repr(value)
print(pretty({"a": [1, 2, (3,)], "b": {"c": None}}))
