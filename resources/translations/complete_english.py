#!/usr/bin/env python3
"""English is the source language: after `update_translations`, this fills every
unfinished entry of gridsafe_en.ts with its source text so the catalogue stays complete."""
import pathlib
import xml.etree.ElementTree as ET

path = pathlib.Path(__file__).with_name("gridsafe_en.ts")
tree = ET.parse(path)
filled = 0
for message in tree.iter("message"):
    source = message.find("source")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        continue
    if translation.get("type") == "unfinished" or not (translation.text or "").strip():
        translation.text = source.text
        translation.attrib.pop("type", None)
        filled += 1
header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
body = ET.tostring(tree.getroot(), encoding="unicode")
path.write_text(header + body + "\n", encoding="utf-8")
print(f"filled {filled} English entries")
