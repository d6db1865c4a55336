def main():
    print("running")
    return 0

if __name__ == "__main__":
    main()
