#!/usr/bin/python3
"""Checks the shipped JSON files against the JSON Schemas in schema/ with an
independent validator (Debian's python3-jsonschema), and that the bundle schema
refuses a broken copy of the sample. Files named as arguments (bundles Accord
wrote, such as an export) are checked too. Run from the repository root."""
import copy
import glob
import json
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    bundle_schema = load("schema/bundle.schema.json")
    countries_schema = load("schema/countries.schema.json")
    failures = 0
    checked = 0
    for path in sorted(glob.glob("samples/**/*.json", recursive=True)) + sys.argv[1:]:
        doc = load(path)
        schema = {"accord-bundle": bundle_schema, "accord-countries": countries_schema}.get(doc.get("format"))
        if schema is None:
            continue
        checked += 1
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
        for e in errors:
            print(f"{path}: $.{'.'.join(map(str, e.absolute_path))}: {e.message}")
        failures += len(errors)

    sample = load("samples/skopje-2016/skopje-2016.json")
    broken = copy.deepcopy(sample)
    broken["declarations"][0]["endorsements"][0]["status"] = "signed"
    broken["conference"]["colour"] = "blue"
    if jsonschema.Draft202012Validator(bundle_schema).is_valid(broken):
        print("the bundle schema accepted an unknown status and an unknown field")
        failures += 1

    print(f"{checked} files checked against their JSON Schema, {failures} problems")
    return 1 if failures or checked < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
