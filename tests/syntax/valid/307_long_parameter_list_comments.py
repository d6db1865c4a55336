def configure(
    host,          # where to connect
    port=8080,     # which port
    *,
    # keyword-only options follow
    timeout=1.5,
    retries=3,
    verbose=False,
    **extra,       # anything else
):
    return host, port, timeout, retries, verbose, extra
print(configure("localhost", verbose=True, debug=1))
