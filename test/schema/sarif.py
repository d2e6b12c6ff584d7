#!/usr/bin/env python3
"""Checks SARIF logs against what the SARIF 2.1.0 standard (OASIS,
errata 01) requires of the objects sysprune writes: for each object, the
properties it must have, the properties it may have (every object of these
kinds allows no others), and the type and range of each value. Objects of
kinds sysprune does not write are accepted as they are, once their name is
one the standard allows.

usage: sarif.py LOG.sarif...

Prints one line for each violation, `LOG: at PATH: MESSAGE`, and exits with
1 when there is one, 2 when a file cannot be read as JSON, and 0 when every
log is valid.
"""

import json
import sys

# Value types: a string, an integer at or above a bound, a choice, an object
# of a kind below, an array (of at least `min` items) of one, or a map from
# names to one.
STRING = ("string",)
ANY = ("any",)


def integer(minimum):
    return ("integer", minimum)


def one_of(*values):
    return ("enum", values)


def obj(kind):
    return ("object", kind)


def array(kind, minimum=0):
    return ("array", kind, minimum)


def map_of(kind):
    return ("map", kind)


LEVEL = one_of("none", "note", "warning", "error")

# kind: (required, alternatives one of which is required, properties)
KINDS = {
    "sarifLog": (["version", "runs"], [], {
        "$schema": STRING, "version": one_of("2.1.0"),
        "runs": array(obj("run")), "inlineExternalProperties": ANY,
        "properties": ANY}),
    "run": (["tool"], [], {
        "tool": obj("tool"), "originalUriBaseIds": map_of(obj("artifactLocation")),
        "results": array(obj("result")), "columnKind":
        one_of("utf16CodeUnits", "unicodeCodePoints"),
        **{name: ANY for name in [
            "invocations", "conversion", "language", "versionControlProvenance",
            "artifacts", "logicalLocations", "graphs", "automationDetails",
            "runAggregates", "baselineGuid", "redactionTokens",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences",
            "externalPropertyFileReferences", "threadFlowLocations",
            "taxonomies", "addresses", "translations", "policies",
            "webRequests", "webResponses", "specialLocations", "properties"]}}),
    "tool": (["driver"], [], {
        "driver": obj("toolComponent"), "extensions": array(obj("toolComponent")),
        "properties": ANY}),
    "toolComponent": (["name"], [], {
        "name": STRING, "version": STRING, "informationUri": STRING,
        "rules": array(obj("reportingDescriptor")),
        "shortDescription": obj("multiformatMessageString"),
        "fullDescription": obj("multiformatMessageString"),
        **{name: ANY for name in [
            "guid", "organization", "product", "productSuite", "fullName",
            "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc",
            "downloadUri", "globalMessageStrings", "notifications", "taxa",
            "locations", "language", "contents", "isComprehensive",
            "localizedDataSemanticVersion",
            "minimumRequiredLocalizedDataSemanticVersion",
            "associatedComponent", "translationMetadata",
            "supportedTaxonomies", "properties"]}}),
    "reportingDescriptor": (["id"], [], {
        "id": STRING, "name": STRING,
        "shortDescription": obj("multiformatMessageString"),
        "fullDescription": obj("multiformatMessageString"),
        "help": obj("multiformatMessageString"), "helpUri": STRING,
        "defaultConfiguration": obj("reportingConfiguration"),
        **{name: ANY for name in [
            "deprecatedIds", "guid", "deprecatedGuids", "deprecatedNames",
            "messageStrings", "relationships", "properties"]}}),
    "multiformatMessageString": (["text"], [], {
        "text": STRING, "markdown": STRING, "properties": ANY}),
    "reportingConfiguration": ([], [], {
        "enabled": ANY, "level": LEVEL, "rank": ANY, "parameters": ANY,
        "properties": ANY}),
    "result": (["message"], [], {
        "ruleId": STRING, "ruleIndex": integer(-1), "level": LEVEL,
        "message": obj("message"), "locations": array(obj("location")),
        "relatedLocations": array(obj("location")),
        "fixes": array(obj("fix")),
        "kind": one_of("notApplicable", "pass", "fail", "review", "open",
                       "informational"),
        **{name: ANY for name in [
            "rule", "analysisTarget", "guid", "correlationGuid",
            "occurrenceCount", "partialFingerprints", "fingerprints", "stacks",
            "codeFlows", "graphs", "graphTraversals", "suppressions",
            "baselineState", "rank", "attachments", "hostedViewerUri",
            "workItemUris", "provenance", "taxa", "webRequest", "webResponse",
            "properties"]}}),
    "message": ([], [["text"], ["id"]], {
        "text": STRING, "markdown": STRING, "id": STRING, "arguments": ANY,
        "properties": ANY}),
    "location": ([], [], {
        "id": integer(-1), "physicalLocation": obj("physicalLocation"),
        "message": obj("message"), "logicalLocations": ANY,
        "annotations": ANY, "relationships": ANY, "properties": ANY}),
    "physicalLocation": ([], [["address"], ["artifactLocation"]], {
        "artifactLocation": obj("artifactLocation"), "region": obj("region"),
        "address": ANY, "contextRegion": obj("region"), "properties": ANY}),
    "artifactLocation": ([], [], {
        "uri": STRING, "uriBaseId": STRING, "index": integer(-1),
        "description": obj("message"), "properties": ANY}),
    "region": ([], [["startLine"], ["charOffset"], ["byteOffset"]], {
        "startLine": integer(1), "startColumn": integer(1),
        "endLine": integer(1), "endColumn": integer(1),
        "charOffset": integer(-1), "charLength": integer(0),
        "byteOffset": integer(-1), "byteLength": integer(0),
        "snippet": obj("artifactContent"), "message": obj("message"),
        "sourceLanguage": STRING, "properties": ANY}),
    "fix": (["artifactChanges"], [], {
        "description": obj("message"),
        "artifactChanges": array(obj("artifactChange"), 1), "properties": ANY}),
    "artifactChange": (["artifactLocation", "replacements"], [], {
        "artifactLocation": obj("artifactLocation"),
        "replacements": array(obj("replacement"), 1), "properties": ANY}),
    "replacement": (["deletedRegion"], [], {
        "deletedRegion": obj("region"),
        "insertedContent": obj("artifactContent"), "properties": ANY}),
    "artifactContent": ([], [], {
        "text": STRING, "binary": STRING, "rendered": ANY, "properties": ANY}),
}


def check_value(value, spec, path, errors):
    kind = spec[0]
    if kind == "any":
        return
    if kind == "string":
        if not isinstance(value, str):
            errors.append((path, f"{json.dumps(value)} is not a string"))
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            errors.append((path, f"{json.dumps(value)} is not an integer"))
        elif value < spec[1]:
            errors.append((path, f"{value} is less than {spec[1]}"))
    elif kind == "enum":
        if value not in spec[1]:
            errors.append((path, f"{json.dumps(value)} is not one of "
                                 f"{', '.join(spec[1])}"))
    elif kind == "object":
        check_object(value, spec[1], path, errors)
    elif kind == "array":
        if not isinstance(value, list):
            errors.append((path, "is not an array"))
            return
        if len(value) < spec[2]:
            errors.append((path, f"has fewer than {spec[2]} items"))
        for i, item in enumerate(value):
            check_value(item, spec[1], f"{path}/{i}", errors)
    elif kind == "map":
        if not isinstance(value, dict):
            errors.append((path, "is not an object"))
            return
        for name, item in value.items():
            check_value(item, spec[1], f"{path}/{name}", errors)


def check_object(value, kind, path, errors):
    if not isinstance(value, dict):
        errors.append((path, f"is not an object ({kind})"))
        return
    required, alternatives, properties = KINDS[kind]
    for name in required:
        if name not in value:
            errors.append((path, f"'{name}' is required ({kind})"))
    if alternatives and not any(all(n in value for n in alternative)
                                for alternative in alternatives):
        names = " or ".join(f"'{a[0]}'" for a in alternatives)
        errors.append((path, f"{names} is required ({kind})"))
    for name, item in value.items():
        if name not in properties:
            errors.append((path, f"'{name}' is not a property of {kind}"))
        else:
            check_value(item, properties[name], f"{path}/{name}", errors)


def check_log(log):
    """The violations in `log`, as (JSON pointer, message) pairs."""
    errors = []
    check_object(log, "sarifLog", "", errors)
    # A result's rule must be one the run's tool declares, at that index.
    for r, run in enumerate(log.get("runs", []) if isinstance(log, dict) else []):
        if not isinstance(run, dict):
            continue
        driver = run.get("tool", {}).get("driver", {})
        rules = [rule.get("id") for rule in driver.get("rules", [])
                 if isinstance(rule, dict)]
        for i, result in enumerate(run.get("results", [])):
            if not isinstance(result, dict) or "ruleIndex" not in result:
                continue
            index = result["ruleIndex"]
            if not isinstance(index, int) or not 0 <= index < len(rules) or \
                    rules[index] != result.get("ruleId"):
                errors.append((f"/runs/{r}/results/{i}/ruleIndex",
                               f"{index} is not the index of rule "
                               f"{json.dumps(result.get('ruleId'))}"))
    return errors


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    invalid = False
    for path in argv[1:]:
        try:
            with open(path) as f:
                log = json.load(f)
        except (OSError, ValueError) as e:
            print(f"sarif.py: error: {path}: {e}", file=sys.stderr)
            return 2
        for where, message in check_log(log):
            print(f"{path}: at {where or '/'}: {message}")
            invalid = True
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
