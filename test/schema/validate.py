#!/usr/bin/env python3
"""Checks JSON documents against a JSON Schema (draft 4), such as
oci-seccomp.schema.json beside this script or the official SARIF 2.1.0
schema (../shared/schemas/sarif-schema-2.1.0.json).

usage: validate.py SCHEMA.json DOCUMENT.json...

Prints one line for each violation, `DOCUMENT: at PATH: MESSAGE`, and exits
with 1 when there is one, 2 when a file cannot be read or the jsonschema
module (Debian: python3-jsonschema, which scripts/install-deps installs) is
missing, and 0 when every document is valid.
"""

import json
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("validate.py: error: the Python module jsonschema is missing "
              "(scripts/install-deps installs python3-jsonschema)",
              file=sys.stderr)
        return 2
    try:
        with open(argv[1]) as f:
            schema = json.load(f)
        jsonschema.Draft4Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"validate.py: error: {argv[1]}: {e}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft4Validator(schema)
    invalid = False
    for path in argv[2:]:
        try:
            with open(path) as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"validate.py: error: {path}: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(document),
                        key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            where = "/" + "/".join(map(str, error.absolute_path))
            print(f"{path}: at {where}: {error.message}")
        invalid = invalid or bool(errors)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
