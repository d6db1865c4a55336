def title_case(sentence):
    small = {"a", "an", "the", "of", "in"}
    words = sentence.lower().split()
    return " ".join(
        w if i and w in small else w[0].upper() + w[1:]
        for i, w in enumerate(words)
    )

def is_palindrome(s):
    cleaned = [c for c in s.lower() if c.isalnum()]
    return cleaned == cleaned[::-1]

print(title_case("the lord of the rings"), is_palindrome("A man, a plan, a canal: Panama"))
