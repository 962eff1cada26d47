#!/usr/bin/env python3
"""Packs Debian's tzdata (/usr/share/zoneinfo) into one compact blob for the engine to embed.

Keeps, per zone, only what 1970 and later need: the local-time types, the transitions from 1970 on
minus the trailing ones that the zone's POSIX TZ rule (the TZif v2+ footer) reproduces, and that
rule. Zones whose kept data is identical share one record. Not a TZif writer: the format below is
read by src/core/time/zone_database.cpp only.

Blob layout (little-endian):
  "CSTZ" u16 format(1) u16 recordCount u16 nameCount u8 versionLength version
  names (sorted by lower-case name): u8 flags(1 = listed for the settings UI) u16 record u8 length bytes
  u32 record offsets (from the blob's start), then records:
    u8 typeCount, per type: i32 utcOffsetSeconds u8 isDst u8 abbreviationLength bytes
    u8 initialType (in effect before the first transition: 1970-01-01)
    u16 transitionCount, per transition: LEB128 seconds since the previous one (the first: since 1970) u8 type
    u8 footerLength footer (the POSIX TZ rule for times after the last transition)
Usage: pack_zones.py ZONEINFO_DIR OUTPUT
"""
import os
import struct
import sys

LISTED_TABLES = ("zone1970.tab", "zone.tab")


def read_tzif(path):
    data = open(path, "rb").read()
    if data[:4] != b"TZif" or data[4:5] < b"2":
        raise ValueError(f"{path}: not TZif version 2 or later")

    def counts(at):
        return struct.unpack(">6l", data[at + 20:at + 44])

    isutc, isstd, leap, times, types, chars = counts(0)
    at = 44 + times * 5 + types * 6 + chars + leap * 8 + isstd + isutc  # skip the 32-bit block
    isutc, isstd, leap, times, types, chars = counts(at)
    at += 44
    transitions = struct.unpack(f">{times}q", data[at:at + 8 * times])
    at += 8 * times
    indices = list(data[at:at + times])
    at += times
    raw_types = [struct.unpack(">lBB", data[at + 6 * i:at + 6 * i + 6]) for i in range(types)]
    at += 6 * types
    abbreviations = data[at:at + chars]
    at += chars + leap * 12 + isstd + isutc
    footer = data[at:].split(b"\n")[1].decode("ascii")
    zone_types = [(off, dst, abbreviations[i:abbreviations.index(b"\0", i)].decode("ascii")) for off, dst, i in raw_types]
    return zone_types, list(zip(transitions, indices)), footer


# --- POSIX TZ rules (RFC 8536 §3.3), enough to know which transitions the footer reproduces ---

def parse_name(text, at):
    if text[at] == "<":
        end = text.index(">", at)
        return text[at + 1:end], end + 1
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[at:end], end


def parse_hms(text, at):
    sign = 1
    if text[at] in "+-":
        sign = -1 if text[at] == "-" else 1
        at += 1
    parts = [0, 0, 0]
    for i in range(3):
        end = at
        while end < len(text) and text[end].isdigit():
            end += 1
        parts[i] = int(text[at:end])
        at = end
        if i < 2 and at < len(text) and text[at] == ":":
            at += 1
        else:
            break
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), at


def parse_rule_date(text, at):
    if text[at] == "M":
        m, w, d = text[at + 1:].split(",")[0].split("/")[0].split(".")
        at += 1 + len(m) + len(w) + len(d) + 2
        rule = ("M", int(m), int(w), int(d))
    elif text[at] == "J":
        end = at + 1
        while end < len(text) and text[end].isdigit():
            end += 1
        rule, at = ("J", int(text[at + 1:end])), end
    else:
        end = at
        while end < len(text) and text[end].isdigit():
            end += 1
        rule, at = ("N", int(text[at:end])), end
    seconds = 7200
    if at < len(text) and text[at] == "/":
        seconds, at = parse_hms(text, at + 1)
    return rule, seconds, at


def parse_footer(footer):
    std_name, at = parse_name(footer, 0)
    std_offset, at = parse_hms(footer, at)
    rule = {"std": (-std_offset, 0, std_name)}
    if at == len(footer):
        return rule
    dst_name, at = parse_name(footer, at)
    dst_offset = std_offset - 3600
    if at < len(footer) and footer[at] != ",":
        dst_offset, at = parse_hms(footer, at)
    rule["dst"] = (-dst_offset, 1, dst_name)
    rule["start"], rule["start_time"], at = parse_rule_date(footer, at + 1)
    rule["end"], rule["end_time"], at = parse_rule_date(footer, at + 1)
    return rule


def days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def rule_day(rule, year):
    if rule[0] == "J":  # 1..365, February 29 never counted
        n = rule[1]
        return days_from_civil(year, 1, 1) + n - 1 + (1 if is_leap(year) and n >= 60 else 0)
    if rule[0] == "N":  # 0..365, February 29 counted
        return days_from_civil(year, 1, 1) + rule[1]
    _, month, week, weekday = rule
    first = days_from_civil(year, month, 1)
    first_weekday = (first + 4) % 7  # 1970-01-01 was a Thursday
    day = first + (weekday - first_weekday) % 7 + (week - 1) * 7
    month_days = days_from_civil(year + (month == 12), month % 12 + 1, 1) - first
    while day - first >= month_days:
        day -= 7
    return day


def year_of(t):
    days = t // 86400
    year = 1970 + days // 366
    while days_from_civil(year + 1, 1, 1) <= days:
        year += 1
    return year


def rule_changes(rule, types, initial, kept, until):
    """The changes the engine tables from the footer after the kept transitions (TimeZone::build
    does exactly this): each year's two changes, in time order, skipping those that are not later
    than the last one or do not change the type."""
    if "dst" not in rule:
        return []
    last = kept[-1][0] if kept else None
    current = types[kept[-1][1]] if kept else types[initial]
    out = []
    for year in range(max(1970, year_of(last if last is not None else 0)), year_of(until) + 2):
        start = (rule_day(rule["start"], year) * 86400 + rule["start_time"] - rule["std"][0], rule["dst"])
        end = (rule_day(rule["end"], year) * 86400 + rule["end_time"] - rule["dst"][0], rule["std"])
        for when, kind in sorted([start, end], key=lambda change: change[0]):
            if (last is not None and when <= last) or kind == current:
                continue
            out.append((when, kind))
            last, current = when, kind
    return out


def trim(types, transitions, initial, footer):
    """Drops the trailing transitions that the footer's changes reproduce exactly."""
    if not footer or not transitions:
        return transitions
    rule = parse_footer(footer)
    if "dst" not in rule:  # a constant rule reproduces nothing after a change to it
        rule_type = rule["std"]
        k = len(transitions)
        while k > 1 and types[transitions[k - 1][1]] == rule_type and types[transitions[k - 2][1]] == rule_type:
            k -= 1
        return transitions[:k]
    until = transitions[-1][0]
    expected = [(t, types[index]) for t, index in transitions]
    k = len(transitions)
    while k > 0:
        generated = [c for c in rule_changes(rule, types, initial, transitions[:k - 1], until) if c[0] <= until]
        if generated != expected[k - 1:]:
            break
        k -= 1
    return transitions[:k]


def leb128(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def pack_record(path):
    types, transitions, footer = read_tzif(path)
    before_1970 = [index for t, index in transitions if t < 0]
    initial = before_1970[-1] if before_1970 else next((i for i, ty in enumerate(types) if not ty[1]), 0)
    transitions = [(t, index) for t, index in transitions if t >= 0]
    transitions = trim(types, transitions, initial, footer)
    used = sorted({initial} | {index for _, index in transitions})
    remap = {old: new for new, old in enumerate(used)}
    out = bytearray([len(used)])
    for old in used:
        off, dst, abbreviation = types[old]
        out += struct.pack("<lBB", off, dst, len(abbreviation)) + abbreviation.encode("ascii")
    out += bytes([remap[initial]]) + struct.pack("<H", len(transitions))
    previous = 0
    for t, index in transitions:
        out += leb128(t - previous) + bytes([remap[index]])
        previous = t
    out += bytes([len(footer)]) + footer.encode("ascii")
    return bytes(out)


def main(zoneinfo, output):
    names, version = set(), ""
    for line in open(os.path.join(zoneinfo, "tzdata.zi"), encoding="utf-8"):
        fields = line.split()
        if line.startswith("# version"):
            version = fields[2]
        elif fields and fields[0] == "Z":
            names.add(fields[1])
        elif fields and fields[0] == "L":
            names.add(fields[2])
    names.add("UTC")
    listed = {"UTC"}
    for table in LISTED_TABLES:
        for line in open(os.path.join(zoneinfo, table), encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                listed.add(line.split("\t")[2].strip())
    records, record_of = [], {}
    entries = []
    for name in sorted(names, key=str.lower):
        record = pack_record(os.path.join(zoneinfo, name))
        if record not in record_of:
            record_of[record] = len(records)
            records.append(record)
        entries.append((name, record_of[record]))
    head = b"CSTZ" + struct.pack("<HHH", 1, len(records), len(entries)) + bytes([len(version)]) + version.encode()
    for name, record in entries:
        encoded = name.encode("ascii")
        head += bytes([1 if name in listed else 0]) + struct.pack("<H", record) + bytes([len(encoded)]) + encoded
    offset = len(head) + 4 * len(records)
    table = bytearray()
    for record in records:
        table += struct.pack("<L", offset)
        offset += len(record)
    blob = head + bytes(table) + b"".join(records)
    with open(output + ".tmp", "wb") as out:
        out.write(blob)
    os.replace(output + ".tmp", output)
    print(f"pack_zones: {len(entries)} names, {len(records)} records, {len(blob)} bytes (tzdata {version})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
