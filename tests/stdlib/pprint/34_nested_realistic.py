# A realistic nested structure (an API response) at several widths.
import pprint

response = {
    "status": "ok",
    "count": 3,
    "results": [
        {"id": 101, "name": "Alice Johnson", "email": "alice@example.com", "roles": ["admin", "editor"],
         "address": {"street": "12 Main St", "city": "Springfield", "zip": "12345"}, "active": True},
        {"id": 102, "name": "Bob Smith", "email": "bob@example.com", "roles": [],
         "address": None, "active": False},
        {"id": 103, "name": "Carol White", "email": "carol@example.com", "roles": ["viewer"],
         "address": {"street": "9 Elm Rd", "city": "Shelbyville", "zip": "54321"}, "active": True,
         "scores": (98.5, 87.25, 91.0)},
    ],
    "next": None,
}
pprint.pprint(response)
pprint.pprint(response, width=60, compact=True)
pprint.pprint(response, depth=2)
pprint.pp(response["results"][0], width=50)
