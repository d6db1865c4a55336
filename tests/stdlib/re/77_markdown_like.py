# A tiny markdown-to-HTML converter using sub with groups and callables.
import re

md = """# Title
Some *emphasis*, **strong** and `code` with a [link](http://x.org/a_b).
## Sub title
- item one
- item **two**
Plain line with 2*3*4 maths and snake_case_name.
"""
def convert(text):
    text = re.sub(r"&", "&amp;", text)
    text = re.sub(r"^(#{1,6}) (.*)$", lambda m: "<h%d>%s</h%d>" % (len(m[1]), m[2], len(m[1])), text, flags=re.M)
    text = re.sub(r"^- (.*)$", r"<li>\1</li>", text, flags=re.M)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', text)
    return text
print(convert(md))
print(re.findall(r"<(\w+)[^>]*>", convert(md)))
