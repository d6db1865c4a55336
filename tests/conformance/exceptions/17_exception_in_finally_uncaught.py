def cleanup():
    try:
        print("working")
        return 1
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")
cleanup()
