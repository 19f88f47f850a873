#!/usr/bin/env python3
"""Derives the documents' font from a face of the system's Noto Sans CJK collection.

Qt's PDF writer maps each embedded glyph back to text (the ToUnicode map) by looking the glyph up in the
font's cmap in code-point order, so the lowest code point drawn with a glyph wins. Noto Sans CJK draws
the Kangxi radicals (U+2F00-U+2FDF), most of the CJK Radicals Supplement (U+2E80-U+2EFF), a few
Extension A ideographs and some punctuation with the very glyphs of common characters, so a PDF's 人 is
copied and searched as the radical ⼈ (U+2F08), 户 as ⼾, 网 as ⽹, 胶 as 㬵, the ideographic space as an
em space. This copy of the face maps those code points to nothing: a code point is dropped when a
higher code point of a preferred kind shares its glyph.

Glyphs that no code point maps to do not read back at all, and the face's default 'locl' feature puts
the Chinese forms of the digits 0-9 (and of …) in place of the mapped ones in a run of Latin text: an ID
number, a phone or a receipt number in a cell of its own would copy as nothing. This copy maps those
characters to their Chinese forms directly, as the feature would have made them.

Everything else of the font (outlines, metrics, layout tables) is copied byte for byte.

usage: derive-document-font.py COLLECTION.ttc SOURCE_FAMILY NEW_FAMILY OUTPUT.otf
"""

import sys

from fontTools.ttLib import TTCollection, TTFont

# How much a code point is preferred as the text of its glyph; a code point is dropped when a higher one
# sharing its glyph has a greater rank. Pairs of equal rank (two ideographs Noto draws alike) are left.
def rank(code_point):
    if 0x4E00 <= code_point <= 0x9FFF:  # CJK Unified Ideographs
        return 4
    if 0x3400 <= code_point <= 0x4DBF:  # Extension A: rarer variants, over the radicals
        return 3
    if 0xFF01 <= code_point <= 0xFF60 or 0xFFE0 <= code_point <= 0xFFE6:  # full-width forms
        return 2
    if 0x3000 <= code_point <= 0x303F:  # CJK Symbols and Punctuation (U+3000 over the em space)
        return 1
    return 0


def shadowing(cmap):
    """The code points that Qt would take, in place of the preferred ones, as the text of a glyph."""
    by_glyph = {}
    for code_point, glyph in cmap.items():
        if code_point < 0x10000:  # Qt's reverse lookup covers the BMP only
            by_glyph.setdefault(glyph, []).append(code_point)
    dropped = set()
    for code_points in by_glyph.values():
        best = max(rank(c) for c in code_points)
        preferred = max(c for c in code_points if rank(c) == best)
        dropped.update(c for c in code_points if c < preferred and rank(c) < best)
    return dropped


def localised_forms(font):
    """The single substitutions of the default 'locl' feature of every script, glyph for glyph."""
    gsub = font["GSUB"].table
    forms = {}
    for record in gsub.ScriptList.ScriptRecord:
        languages = record.Script.DefaultLangSys
        for index in languages.FeatureIndex if languages else []:
            feature = gsub.FeatureList.FeatureRecord[index]
            if feature.FeatureTag != "locl":
                continue
            for lookup_index in feature.Feature.LookupListIndex:
                lookup = gsub.LookupList.Lookup[lookup_index]
                for table in lookup.SubTable:
                    if lookup.LookupType == 7:  # extension
                        table = table.ExtSubTable
                    if table.LookupType == 1:
                        forms.update(table.mapping)
    return forms


def open_face(collection_path, face):
    # Lazily, with a made-up glyph order, so that the 16 MB CFF table is never parsed nor rebuilt: cmap and
    # GSUB refer to glyphs by number only.
    font = TTFont(collection_path, fontNumber=face, lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    font.setGlyphOrder([".notdef"] + [f"glyph{i:05d}" for i in range(1, font["maxp"].numGlyphs)])
    return font


def main(collection_path, source_family, family, output_path):
    collection = TTCollection(collection_path, lazy=True)
    faces = [i for i, face in enumerate(collection.fonts) if face["name"].getDebugName(1) == source_family]
    if not faces:
        sys.exit(f"{collection_path} has no face of the family {source_family}")
    font = open_face(collection_path, faces[0])
    # GSUB read from a second copy: the one saved keeps its own, untouched.
    forms = localised_forms(open_face(collection_path, faces[0]))

    cmap = font["cmap"]
    dropped = shadowing(cmap.getBestCmap())
    relocated = set()
    for table in cmap.tables:
        if table.format in (4, 12):
            for code_point in dropped & table.cmap.keys():
                del table.cmap[code_point]
            for code_point, glyph in table.cmap.items():
                if glyph in forms:
                    table.cmap[code_point] = forms[glyph]
                    relocated.add(code_point)

    name = font["name"]
    style = name.getDebugName(2)
    postscript = family.replace(" ", "") + "-" + style.replace(" ", "")
    for record in name.names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (4, 18):
            record.string = family if style == "Regular" else f"{family} {style}"
        elif record.nameID == 3:
            record.string = f"{postscript};derived from {name.getDebugName(3)}"
        elif record.nameID == 6:
            record.string = postscript
    font.save(output_path)
    print(f"{output_path}: {source_family} {style} without {len(dropped)} shadowing code points, "
          f"{len(relocated)} mapped to their Chinese forms")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
